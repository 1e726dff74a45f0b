import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, suggest, suggester } from '../../src/core/suggest.js';

/** Levenshtein distance, the whole table: the definition the quick version must agree with. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      (rows[i] as number[])[j] = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (rows[i]?.[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return rows[a.length]?.[b.length] ?? 0;
}

/** The closest candidate within a third of the word's length (at least 1), the first on a tie. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let limit = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const other = c.toLowerCase();
    if (Math.abs(other.length - lower.length) >= Math.min(limit, 4)) continue;
    const d = distance(lower, other);
    if (d < limit) {
      best = c;
      limit = d;
    }
  }
  return best;
}

// Few letters (and one beyond ASCII), so that near misses are common.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'D', '-', 'é'), maxLength: 14 });

describe('suggest', () => {
  it('suggests the key meant', () => {
    expect(suggest('domians', ['title', 'domains', 'scales'])).toBe('domains');
    expect(suggest('xtra-00001', ['title', 'domains', 'scales'])).toBeUndefined();
  });

  it('property: the distance is Levenshtein, capped at the limit', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 1, max: 8 }), (a, b, limit) => {
        expect(editDistance(a, b)).toBe(distance(a, b));
        expect(editDistance(a, b, limit)).toBe(Math.min(distance(a, b), limit));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: the quick suggester gives what the whole table gives', () => {
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 12 }), (w, candidates) => {
        const near = suggester(candidates);
        expect(near(w)).toBe(closest(w, candidates));
      }),
      { numRuns: 3000 },
    );
  });
});
