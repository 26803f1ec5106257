/**
 * One performance measure per name, read by `npm run bench:browser` (issue 7): the last one
 * replaces the one before, so none pile up on a reader's page or in a long-lived worker.
 */
export function measureOnce(name: string, start: number, end = performance.now()): void {
  performance.clearMeasures(name);
  performance.measure(name, { start, end });
}

/**
 * `work`, measured as `name` from now until it settles with a value (and only when `counts`
 * says the value is worth a measure: a capture that copied nothing is not a capture's figure).
 */
export async function timedOnce<T>(
  name: string,
  work: Promise<T>,
  counts: (value: T) => boolean = () => true,
): Promise<T> {
  const start = performance.now();
  const value = await work;
  if (counts(value)) measureOnce(name, start);
  return value;
}
