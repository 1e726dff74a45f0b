/**
 * Makes text from a file safe to print on one line of a terminal: control characters
 * (including escape sequences and bidirectional overrides) are shown as \u escapes, and very
 * long text is cut. Used for every message that quotes a file's contents.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function oneLine(text: string, max = 400): string {
  const safe = text.replace(UNSAFE, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}
