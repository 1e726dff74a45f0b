import fc from 'fast-check';
/* eslint-disable no-control-regex -- these tests are about control characters */
import { describe, expect, it } from 'vitest';
import { oneLine, terminalText } from '../../src/core/sanitize.js';

// What a terminal acts on, as the README lists it; \n and \t are checked separately.
const ACTS_ON =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const hostile = [
  '\u001bc', // reset the terminal
  '\u001b]52;c;ZXZpbA==\u0007', // set the clipboard
  '\u009b2J', // 8-bit CSI: clear the screen
  '\u0085', // C1 next line
  '\u202eevil', // right-to-left override
  '\u2066isolate\u2069',
  '\u200f\u061c',
  'a\rb',
  '\u2028\u2029',
  '\u007f',
];

describe('oneLine', () => {
  it.each(hostile)('shows %j as escapes, on one line', (text) => {
    const out = oneLine(text);
    expect(out).not.toMatch(ACTS_ON);
    expect(out).not.toMatch(/[\n\t]/);
    expect(out).toMatch(/\\u[0-9a-f]{4}/);
  });

  it('leaves ordinary text alone: accents, emoji (with joiners), right-to-left letters', () => {
    const text = 'Café, 👩‍👩‍👧 and مرحبا, שלום';
    expect(oneLine(text)).toBe(text);
  });

  it('shows a line break as \\n, so a file name cannot start a line of its own', () => {
    expect(oneLine('a.yaml\nx.yaml:1:1  error  forged')).toBe('a.yaml\\nx.yaml:1:1  error  forged');
  });
});

describe('terminalText', () => {
  const colours = new Set(['\u001b[31m', '\u001b[39m']);

  it('keeps line breaks, Windows line endings and tabs', () => {
    expect(terminalText('a\n\tb\r\nc')).toBe('a\n\tb\r\nc');
  });

  it.each(hostile)('shows %j as escapes', (text) => {
    expect(terminalText(text)).not.toMatch(ACTS_ON);
  });

  it("lets attune's own colours through, and no other sequence", () => {
    const out = terminalText('\u001b[31merror\u001b[39m \u001b[8mhidden\u001b[2J', colours);
    expect(out).toBe('\u001b[31merror\u001b[39m \\u001b[8mhidden\\u001b[2J');
    expect(terminalText('\u001b[31m')).toBe('\\u001b[31m');
  });

  it('property: each character is kept or escaped on its own, line breaks and tabs kept', () => {
    // The definition, one character (or colour sequence, or \r\n) at a time; terminalText
    // scans a text once and keeps line breaks without a call per line, to the same result.
    const definition = (text: string): string => {
      let out = '';
      for (let i = 0; i < text.length; i++) {
        const sgr = /^\u001b\[[0-9;]*m/.exec(text.slice(i));
        if (sgr) {
          out += colours.has(sgr[0]) ? sgr[0] : `\\u001b${sgr[0].slice(1)}`;
          i += sgr[0].length - 1;
        } else if (text.startsWith('\r\n', i)) {
          out += '\r\n';
          i++;
        } else {
          const c = text[i] as string;
          out += c === '\n' || c === '\t' ? c : oneLine(c);
        }
      }
      return out;
    };
    const pieces = fc.constantFrom(
      '\r',
      '\n',
      '\t',
      '\r\n',
      '\u001b[31m',
      '\u001b[2J',
      '\u001b',
      'a',
      'é',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'binary' }), pieces)).map((p) => p.join('')),
        (text) => {
          expect(terminalText(text, colours)).toBe(definition(text));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('property: whatever the text, nothing a terminal acts on is left', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = terminalText(text, colours);
        const withoutOurs = out.replaceAll('\u001b[31m', '').replaceAll('\u001b[39m', '');
        expect(withoutOurs.replaceAll('\r\n', '\n')).not.toMatch(/[\r\u001b]/);
        expect(withoutOurs).not.toMatch(ACTS_ON);
        expect(oneLine(text, Number.POSITIVE_INFINITY)).not.toMatch(/[\n\t]|[\u0000-\u001f]/);
      }),
      { numRuns: 500 },
    );
  });
});
