/**
 * Wraps text to a width at spaces, so that a narrow terminal never breaks a word in two.
 * Continuation lines keep the line's indent, and under a "- " item line up with its text.
 * A word longer than the width is cut, as there is nothing better to do with it. Width is
 * counted in characters as people see them (grapheme clusters), not UTF-16 code units.
 */
export function wrap(text: string, width: number): string {
  const max = Math.max(20, width);
  return text
    .split('\n')
    .map((line) => wrapLine(line, max))
    .join('\n');
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const graphemes = (s: string) => Array.from(segmenter.segment(s), (g) => g.segment);
const widthOf = (s: string) => graphemes(s).length;

function wrapLine(line: string, width: number): string {
  if (widthOf(line) <= width) return line;
  const indent = /^(\s*(?:- )?)/.exec(line)?.[1] ?? '';
  const hanging = ' '.repeat(indent.length);
  const out: string[] = [];
  let current = indent;
  let empty = true;
  for (const word of line.slice(indent.length).split(/ +/)) {
    if (!word) continue;
    const candidate = empty ? current + word : `${current} ${word}`;
    if (widthOf(candidate) <= width) {
      current = candidate;
      empty = false;
      continue;
    }
    let prefix = empty ? current : hanging;
    if (!empty) out.push(current);
    let rest = graphemes(word);
    // A word wider than the line: cut it.
    while (prefix.length + rest.length > width) {
      const room = width - prefix.length;
      out.push(prefix + rest.slice(0, room).join(''));
      rest = rest.slice(room);
      prefix = hanging;
    }
    current = prefix + rest.join('');
    empty = rest.length === 0;
  }
  if (!empty) out.push(current);
  return out.join('\n');
}
