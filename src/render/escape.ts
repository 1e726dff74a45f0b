/**
 * Escaping for every string that comes from a framework, an answers file or a note, before it
 * meets Markdown, HTML or CSV. Templates never see unescaped text: the report's view is escaped
 * once, here, so a consultant's own template cannot forget to.
 */

const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => HTML[c] ?? c);
}

// Characters with a meaning in Markdown anywhere in a line: emphasis, code, links and images,
// tables, strikethrough, escapes. HTML's own characters become entities, so raw HTML never
// renders. Characters that matter only at the start of a line (headings, lists, quotes) are
// escaped only there: a value cannot start a line anywhere else, since line breaks are removed.
const MD_INLINE = /[\\`*_[\]|~]/g;
const MD_LINE_START = /^(\s*)(?:([#+=-])|(\d+)([.)])(?=\s|$))/;

/**
 * Text for one line of Markdown (a paragraph, a heading, a table cell): line breaks become
 * spaces, so a value can never start a new block (a heading, a list, a table row), and every
 * character with a meaning in Markdown or HTML is escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MD_INLINE, (c) => `\\${c}`)
    .replace(MD_LINE_START, (_m, space: string, mark?: string, digits?: string, dot?: string) =>
      mark !== undefined ? `${space}\\${mark}` : `${space}${digits ?? ''}\\${dot ?? ''}`,
    );
}

/**
 * Several lines of text as a Markdown block quote: each line escaped on its own, so the quote
 * keeps its line breaks but nothing in it becomes markup.
 */
export function markdownQuote(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => `> ${escapeMarkdown(line)}`.trimEnd())
    .join('\n');
}

/**
 * A spreadsheet cell: text that a spreadsheet would read as a formula (starting with =, +, -,
 * @, a tab or a carriage return) is prefixed with an apostrophe, as OWASP advises.
 */
export function csvSafe(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Text as a quoted CSS string (with its quotes): every character but letters, digits and spaces
 * becomes a hex escape, so nothing in it can end the string, the rule or the style element.
 * Control characters and line breaks become spaces; a running header has one line.
 */
export function cssString(text: string): string {
  const escaped = text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/[^A-Za-z0-9 ]/gu, (c) => `\\${(c.codePointAt(0) ?? 0x20).toString(16)} `);
  return `"${escaped}"`;
}
