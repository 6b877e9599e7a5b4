import { describe, expect, it } from 'vitest';
import type { Position } from './outline';
import { ringCrossing, segmentsMeet } from './ringCrossing';

const close = (corners: Position[]): Position[] => [...corners, corners[0] as Position];

describe('a wijkgrens that crosses itself', () => {
  it('a square, a triangle and an L-shape do not cross', () => {
    expect(
      ringCrossing(
        close([
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ]),
      ),
    ).toBeNull();
    expect(
      ringCrossing(
        close([
          [0, 0],
          [2, 0],
          [1, 1],
        ]),
      ),
    ).toBeNull();
    expect(
      ringCrossing(
        close([
          [0, 0],
          [2, 0],
          [2, 1],
          [1, 1],
          [1, 2],
          [0, 2],
        ]),
      ),
    ).toBeNull();
  });
  it('a bow tie crosses, wherever it starts', () => {
    const tie: Position[] = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
    ];
    for (let k = 0; k < tie.length; k++)
      expect(ringCrossing(close([...tie.slice(k), ...tie.slice(0, k)]))).not.toBeNull();
  });
  it('a corner that touches another edge, or an edge that runs back over itself, counts as crossing', () => {
    expect(
      ringCrossing(
        close([
          [0, 0],
          [2, 0],
          [2, 2],
          [1, 0],
          [0, 2],
        ]),
      ),
    ).not.toBeNull();
    expect(
      ringCrossing(
        close([
          [0, 0],
          [3, 0],
          [3, 1],
          [2, 0],
          [1, 0],
          [0, 1],
        ]),
      ),
    ).not.toBeNull();
  });
  it('a point clicked twice is not a crossing', () => {
    expect(
      ringCrossing(
        close([
          [0, 0],
          [1, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ]),
      ),
    ).toBeNull();
  });
  it('a large outline without crossings (20,000 corners on a circle) passes, and one with a crossing is found', () => {
    const circle: Position[] = Array.from({ length: 20_000 }, (_, i) => {
      const a = (2 * Math.PI * i) / 20_000;
      return [5 + 0.02 * Math.cos(a), 52 + 0.01 * Math.sin(a)];
    });
    expect(ringCrossing(close(circle))).toBeNull();
    const crossed = [...circle];
    [crossed[100], crossed[101]] = [crossed[101] as Position, crossed[100] as Position];
    expect(ringCrossing(close(crossed))).not.toBeNull();
  });
  it('segments: crossing, touching at an end, collinear overlap, apart', () => {
    expect(segmentsMeet([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(segmentsMeet([0, 0], [2, 0], [2, 0], [3, 1])).toBe(true);
    expect(segmentsMeet([0, 0], [2, 0], [1, 0], [3, 0])).toBe(true);
    expect(segmentsMeet([0, 0], [1, 0], [2, 0], [3, 0])).toBe(false);
    expect(segmentsMeet([0, 0], [1, 1], [0, 1], [0.4, 0.6])).toBe(false);
  });
  it('a ring of thousands of long edges (a star with 10,000 spikes) is too complex to check, and says so at once', () => {
    const n = 20_000;
    const star: Position[] = Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n;
      const r = i % 2 === 0 ? 0.05 : 0.0001;
      return [5 + r * Math.cos(a), 52 + r * Math.sin(a)];
    });
    expect(ringCrossing(close(star))).toBe('too_complex');
  });
});
