import { describe, expect, it } from 'vitest';
import { uses } from '../../src/cli/repeated.js';

describe('each use of --compare, kept apart', () => {
  it.each([
    [['report', 'now', '--compare', 'a', 'b'], ['a', 'b'], [['a', 'b']]],
    [
      ['report', 'now', '--compare', 'a', '--compare', 'b'],
      ['a', 'b'],
      [['a'], ['b']],
    ],
    [
      ['report', '--compare=a', '--by', 'unit', '--compare', 'b', 'c', 'now'],
      ['a', 'b', 'c', 'now'],
      [['a'], ['b', 'c', 'now']],
    ],
    [['report', 'now'], [], []],
  ])('%j', (args, all, expected) => {
    expect(uses(args, '--compare', all)).toEqual(expected);
  });

  it('keeps the values as one use where the arguments do not give them back', () => {
    // An abbreviation commander accepts, or values after `--`: as commander gave them.
    expect(uses(['report', '--comp', 'a', '--compare', 'b'], '--compare', ['a', 'b'])).toEqual([
      ['a', 'b'],
    ]);
  });
});
