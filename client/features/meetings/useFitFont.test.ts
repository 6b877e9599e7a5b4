import { describe, expect, it } from 'vitest';
import { largestFitting, screenUnit } from './useFitFont';

describe('largestFitting', () => {
  it('finds the largest size that fits, the floor when none does, the ceiling when all do', () => {
    expect(largestFitting(40, 64, (s) => s <= 51)).toBe(51);
    expect(largestFitting(40, 64, () => false)).toBe(40);
    expect(largestFitting(40, 64, () => true)).toBe(64);
    expect(largestFitting(40, 40, () => false)).toBe(40);
  });

  it('scales with the window: 1 at 1920×1080, the smaller side decides', () => {
    expect(screenUnit(1920, 1080)).toBe(1);
    expect(screenUnit(3840, 1080)).toBe(1);
    expect(screenUnit(1280, 720)).toBeCloseTo(2 / 3);
  });
});
