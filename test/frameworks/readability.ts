import { flesch } from 'flesch';
import { syllable } from 'syllable';

/**
 * The Flesch reading ease of a text, counted simply, so that anyone can redo the sums:
 * a sentence ends at `.`, `!` or `?` followed by a space or the end; a word is a run of letters,
 * digits and apostrophes (so "trauma-informed" counts as two words, as it reads); syllables come
 * from the `syllable` package, and a number counts one syllable per digit, as it is read aloud.
 * 70 or more reads easily for most people, young people included.
 */
export function readingEase(text: string): number {
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
  const words = text.split(/[^\p{L}\p{N}'’]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const syllables = words.reduce(
    (sum, w) => sum + (/^\p{N}+$/u.test(w) ? w.length : Math.max(1, syllable(w))),
    0,
  );
  return flesch({ sentence: Math.max(1, sentences), word: words.length, syllable: syllables });
}
