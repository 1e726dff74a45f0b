/**
 * Text from a file reaches a terminal only as text. A terminal acts on control characters:
 * escape sequences can clear the screen (ESC c), set the clipboard (OSC 52), move the cursor or
 * hide what follows; C1 controls do the same in one byte (0x9b is an 8-bit CSI); a carriage
 * return or a line break can overwrite or forge a line; bidirectional overrides and isolates
 * reorder what is shown, so that text reads differently from what it is. Each of these is shown
 * as a visible escape such as \u001b instead.
 */

// C0 controls, DEL, C1 controls, the Arabic letter mark, the left-to-right and right-to-left
// marks, the line and paragraph separators, and the bidirectional embeddings, overrides and
// isolates.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const ANY_UNSAFE = new RegExp(UNSAFE.source);

const shown = (c: string) =>
  c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Makes text from a file safe to print on one line of a terminal: every character above is
 * shown as an escape (a line break as \n), and very long text is cut. Used for every message that
 * quotes a file's contents or names a file.
 */
export function oneLine(text: string, max = 400): string {
  const safe = ANY_UNSAFE.test(text) ? text.replace(UNSAFE, shown) : text;
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

// An SGR (colour) sequence, or any unsafe character other than a line break (\n or \r\n) or a
// tab, which terminalText keeps: so a report of many lines is scanned once, with no call per line.
const UNSAFE_IN_LINES =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]|\r(?!\n)/;
const TERMINAL = new RegExp(`\u001b\\[[0-9;]*m|${UNSAFE_IN_LINES.source}`, 'g');

/**
 * Text of several lines bound for a terminal (a report or an outline on standard output, the
 * lines on standard error): line breaks (\n and \r\n) and tabs are kept, everything else above is
 * shown as an escape. `colours` are the exact colour sequences attune itself writes where colour
 * is on; they pass, and no other sequence does.
 */
export function terminalText(text: string, colours: ReadonlySet<string> = NONE): string {
  if (!UNSAFE_IN_LINES.test(text)) return text;
  return text.replace(TERMINAL, (m) => {
    if (m.length > 1) return colours.has(m) ? m : `\\u001b${m.slice(1)}`;
    return shown(m);
  });
}

const NONE: ReadonlySet<string> = new Set();
