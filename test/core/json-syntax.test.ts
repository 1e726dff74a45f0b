import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../src/core/json-syntax.js';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonSyntaxError', () => {
  it.each([
    ['{"a":}', 5, 'unexpected “}”; a value is needed here'],
    ['{"a":1', 6, 'the line ends too soon; “,” or “}” is needed here'],
    ['{a:1}', 1, 'unexpected “a”; a key in double quotes is needed here'],
    ['{"a":1,}', 7, 'unexpected “}”; a key in double quotes is needed here'],
    ['[1,2,,]', 5, 'unexpected “,”; a value is needed here'],
    ['{"a":1} x', 8, 'unexpected “x” after the end of the JSON value'],
    ['"abc', 4, 'a string is not closed with "'],
    ['"a\\x"', 2, '“\\x” is not an escape JSON has'],
    ['"\\u12"', 1, '\\u must be followed by four hexadecimal digits'],
    ['"a\tb"', 2, 'a control character inside a string must be escaped'],
    ['tru', 0, 'unexpected “t”; a value is needed here'],
    ['01', 1, 'unexpected “1” after the end of the JSON value'],
    ['', 0, 'the line ends too soon; a value is needed here'],
    ['['.repeat(300), 257, 'nested more than 256 levels deep'],
  ])('%j: at %i, %s', (text, offset, message) => {
    expect(parses(text)).toBe(false);
    expect(jsonSyntaxError(text)).toEqual({ offset, message });
  });

  it('finds nothing wrong in what JSON.parse reads', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'small' }), (text) => {
        expect(jsonSyntaxError(text)).toBeUndefined();
      }),
    );
  });

  it('agrees with JSON.parse on mutated JSON, and points inside the text', () => {
    const mutated = fc
      .tuple(
        fc.json({ depthSize: 'small' }),
        fc.nat(),
        fc.nat(5),
        fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '\n', 'x', '{', '[', '-', '.', 'e'),
      )
      .map(([text, at, remove, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + remove);
      });
    fc.assert(
      fc.property(mutated, (text) => {
        const error = jsonSyntaxError(text);
        expect(error === undefined).toBe(parses(text));
        if (error) expect(error.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});
