/**
 * Scores are rounded to one decimal place, half up, only where they are published (PRODUCT.md,
 * scoring rule 9): in every output, and in the scores an earlier assessment is compared by.
 */
export function round1(value: number): number {
  // First drop floating-point noise (62.449999999999996 is 62.45), then round half up.
  const clean = Number(value.toPrecision(12));
  return Math.round(clean * 10 + 1e-7) / 10;
}
