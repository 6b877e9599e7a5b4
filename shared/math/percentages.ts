/**
 * Whole percentages of `counts` that add up to exactly 100 (the largest remainder method): every part gets its
 * rounded-down share, and the points left over go to the parts with the largest remainders. Ties go to the larger
 * count, then to the earlier part, so the same counts always give the same result. All zero (or empty) → all 0.
 */
export function percentages(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, n) => sum + Math.max(0, n), 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((n) => (Math.max(0, n) * 100) / total);
  const result = exact.map(Math.floor);
  let left = 100 - result.reduce((sum, n) => sum + n, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value), count: counts[index] ?? 0 }))
    .sort((a, b) => b.remainder - a.remainder || b.count - a.count || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    result[index] = (result[index] ?? 0) + 1;
    left--;
  }
  return result;
}
