/**
 * The closest candidate within a small edit distance (a third of the word's length, at least
 * 1), for "did you mean" hints; case is ignored. A list of candidates is prepared the first time
 * it is given and kept while it lives, so it must not be changed after.
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  // The same list asked again (a file with tens of thousands of unknown ids) is prepared once.
  let near = prepared.get(candidates);
  if (near === undefined) {
    near = suggester(candidates);
    prepared.set(candidates, near);
  }
  return near(word);
}

const prepared = new WeakMap<readonly string[], (word: string) => string | undefined>();

/**
 * `suggest` over a fixed list of candidates, prepared once: a file with tens of thousands of
 * unknown keys asks the same dozen candidates again and again.
 */
export function suggester(candidates: Iterable<string>): (word: string) => string | undefined {
  const list = [...candidates].map((c) => {
    const lower = c.toLowerCase();
    const tally = new Map<number, number>();
    for (let i = 0; i < lower.length; i++)
      tally.set(lower.charCodeAt(i), (tally.get(lower.charCodeAt(i)) ?? 0) + 1);
    return { c, lower, tally: [...tally] };
  });
  return (word) => {
    const lower = word.toLowerCase();
    const counts = countsOf(lower);
    let best: string | undefined;
    // Only a candidate closer than this counts; each one found tightens it.
    let limit = Math.max(1, Math.floor(word.length / 3)) + 1;
    for (const { c, lower: other, tally } of list) {
      // A word and a much longer or shorter one are not the same word mistyped.
      if (Math.abs(other.length - lower.length) >= Math.min(limit, 4)) continue;
      // Every edit leaves at least one character of the longer word unmatched, and no more
      // characters can match than the two words have in common: a cheap bound that rules out
      // most candidates before the distance itself is worked out.
      if (counts && Math.max(lower.length, other.length) - common(counts, tally) >= limit) continue;
      const d = editDistance(lower, other, limit);
      if (d < limit) {
        best = c;
        limit = d;
      }
    }
    return best;
  };
}

// The counts of the word being matched, reused from word to word (a new array per word costs more
// than all the rest), and cleared after each.
const wordCounts = new Uint8Array(128);

/** How often each character (below U+0080) occurs in a word; undefined for any other word. */
function countsOf(word: string): Uint8Array | undefined {
  if (word.length > 255) return undefined;
  wordCounts.fill(0);
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return undefined;
    wordCounts[code] = (wordCounts[code] ?? 0) + 1;
  }
  return wordCounts;
}

/** How many characters a candidate (as its characters and their counts) shares with the word. */
function common(counts: Uint8Array, tally: readonly (readonly [number, number])[]): number {
  let n = 0;
  // A character from U+0080 on is not in the word (countsOf gives no counts for such a word).
  for (const [code, times] of tally) if (code < 128) n += Math.min(times, counts[code] ?? 0);
  return n;
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
