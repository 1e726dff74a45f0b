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

// Characters that start Markdown syntax somewhere (emphasis, links, code, headings, lists,
// tables, HTML, autolinks, Handlebars-looking braces). Escaped with a backslash, except those
// that HTML would read, which become entities so that raw HTML never renders.
const MD_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~:]/g;

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
    .replace(MD_PUNCTUATION, (c) => `\\${c}`);
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
