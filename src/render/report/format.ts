/**
 * How numbers are shown: scores to one decimal place, rounded half up only at output
 * (PRODUCT.md, scoring rule 9), and a dash where there is no score.
 */
import { round1 } from '../../core/round.js';

export { round1 };

export const NO_SCORE = '–';

export function score(value: number | null | undefined): string {
  return value === null || value === undefined ? NO_SCORE : round1(value).toFixed(1);
}

export function signed(value: number | null | undefined): string {
  if (value === null || value === undefined) return NO_SCORE;
  const r = round1(value);
  return r > 0 ? `+${r.toFixed(1)}` : r < 0 ? `−${Math.abs(r).toFixed(1)}` : '0.0';
}

/** Every non-integer number in a JSON value rounded to one decimal place. */
export function roundForJson(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? round1(value) : value;
}

/** A date for people, in a locale: 23 November 2026, 23 Tachwedd 2026. */
export function longDate(iso: string, locale = 'en-GB'): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
}
