/** The bench's arithmetic: medians and side-by-side ratios (figures are compared, never taken alone). */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('The median of no values is undefined.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `subject / baseline`, refusing a baseline that cannot be divided by. */
export function ratio(subject: number, baseline: number): number {
  if (!(baseline > 0) || !Number.isFinite(subject)) {
    throw new Error(`Cannot compare ${subject} with a baseline of ${baseline}.`);
  }
  return subject / baseline;
}

/** Rounds for reports, so tables and JSON show the same figures. */
export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
