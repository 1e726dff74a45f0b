import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/**
 * Text wrapped to a terminal's width at spaces, with wrap-ansi and string-width (as Inquirer
 * itself uses), so that a word is never broken in two and width is counted in columns as people
 * see them (a wide character takes two, a colour code none). Only a word wider than the whole
 * line is cut, as there is nothing better to do with it.
 */

/** Narrower than this, nothing reads well; the floor keeps a pathological width usable. */
const NARROWEST = 20;

/** The width of text in terminal columns. */
export const columns = (text: string): number => stringWidth(text);

/**
 * Wraps every line of `text` to `width`. A line's leading spaces, and a list marker after them
 * ("- ", "3. "), make a hanging indent: its wrapped lines start under its text.
 */
export function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const lead = /^( *(?:- |\d+\. )?)/.exec(line)?.[1] ?? '';
      return hang(lead, line.slice(lead.length), width);
    })
    .join('\n');
}

/**
 * `first` then `text`, wrapped to `width`, every line after the first indented by the width of
 * `first` (or by `rest`): a numbered choice whose label runs over lines up under its label.
 */
export function hang(
  first: string,
  text: string,
  width: number,
  rest: string = ' '.repeat(columns(first)),
): string {
  const room = Math.max(NARROWEST, width) - Math.max(columns(first), columns(rest));
  const lines = wrapAnsi(text, Math.max(NARROWEST / 2, room), { hard: true, trim: true }).split(
    '\n',
  );
  return lines.map((line, i) => (i === 0 ? first : rest) + line).join('\n');
}
