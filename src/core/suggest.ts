/**
 * The closest candidate within a small edit distance (a third of the word's length, at least
 * 1), for "did you mean" hints; case is ignored.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  return suggester(candidates)(word);
}

/**
 * `suggest` over a fixed list of candidates, prepared once: a file with tens of thousands of
 * unknown keys asks the same dozen candidates again and again.
 */
export function suggester(candidates: Iterable<string>): (word: string) => string | undefined {
  const list = [...candidates].map((c) => ({ c, lower: c.toLowerCase() }));
  return (word) => {
    const lower = word.toLowerCase();
    let best: string | undefined;
    // Only a candidate closer than this counts; each one found tightens it.
    let limit = Math.max(1, Math.floor(word.length / 3)) + 1;
    for (const { c, lower: other } of list) {
      // A word and a much longer or shorter one are not the same word mistyped.
      if (Math.abs(other.length - lower.length) >= Math.min(limit, 4)) continue;
      const d = editDistance(lower, other, limit);
      if (d < limit) {
        best = c;
        limit = d;
      }
    }
    return best;
  };
}

// Two rows of the distance table, reused from call to call and grown when a word is longer.
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/**
 * Levenshtein distance, or `limit` where it is `limit` or more: it stops as soon as no
 * alignment can come in under the limit, so comparing against many candidates stays cheap.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  if (b.length + 1 > prevRow.length) {
    prevRow = new Int32Array(2 * (b.length + 1));
    curRow = new Int32Array(2 * (b.length + 1));
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin >= limit) return limit;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[b.length] ?? limit, limit);
}
