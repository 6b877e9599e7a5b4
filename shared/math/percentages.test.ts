import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentages } from './percentages';

describe('percentages (largest remainder)', () => {
  it('5 and 3 words make 63% and 37%, not 63% and 38%', () => {
    expect(percentages([5, 3])).toEqual([63, 37]);
  });

  it('thirds add to 100', () => {
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
  });

  it('nothing counted gives all zeros', () => {
    expect(percentages([0, 0])).toEqual([0, 0]);
    expect(percentages([])).toEqual([]);
  });

  it('always adds to 100, each part within one point of its exact share, order kept', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 8 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        const shares = percentages(counts);
        expect(shares).toHaveLength(counts.length);
        if (total === 0) {
          expect(shares.every((s) => s === 0)).toBe(true);
          return;
        }
        expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
        counts.forEach((n, i) => {
          const exact = (n * 100) / total;
          const s = shares[i] ?? -1;
          expect(Number.isInteger(s)).toBe(true);
          expect(s).toBeGreaterThanOrEqual(Math.floor(exact));
          expect(s).toBeLessThanOrEqual(Math.ceil(exact));
          if (n === 0) expect(s).toBe(0);
        });
        // A larger count never gets a smaller share.
        counts.forEach((a, i) => {
          counts.forEach((b, j) => {
            if (a > b) expect(shares[i] ?? 0).toBeGreaterThanOrEqual(shares[j] ?? 0);
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
