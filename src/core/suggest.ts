/**
 * The closest candidate within a small edit distance (a third of the word's length, at least
 * 1), for "did you mean" hints; case is ignored.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  // Only a candidate closer than this counts; each one found tightens it.
  let limit = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    // A word and a much longer or shorter one are not the same word mistyped.
    if (Math.abs(c.length - word.length) > 3) continue;
    const d = editDistance(lower, c.toLowerCase(), limit);
    if (d < limit) {
      best = c;
      limit = d;
    }
  }
  return best;
}

/**
 * Levenshtein distance, or `limit` where it is `limit` or more: it stops as soon as no
 * alignment can come in under the limit, so comparing against many candidates stays cheap.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin >= limit) return limit;
    prev = cur;
  }
  return Math.min(prev[b.length] ?? limit, limit);
}
