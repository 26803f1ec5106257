/** Order statistics the benchmarks print (issue 7): one definition for every script. */

/**
 * The q-quantile of `xs` by nearest rank: the smallest value with at least q of the values at or
 * below it (`sorted[ceil(q·n) − 1]`), so p95 of 20 values is the 19th. NaN when empty.
 */
export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  // Rounded first, so that a product like 0.07 × 100, which floats to 7.000000000000001, ranks 7.
  const rank = Math.ceil(Math.round(q * sorted.length * 1e9) / 1e9);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** The median: the middle value, or the mean of the two middle values of an even count. NaN when empty. */
export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
