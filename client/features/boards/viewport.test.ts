import { describe, expect, it } from 'vitest';
import { fitView, READABLE_ZOOM, reveal, toBoard, ZOOM_MAX, ZOOM_MIN, zoomAt } from './viewport';

const size = { w: 1000, h: 600 };

describe('canvas view', () => {
  it('zooms around the pointer: the board point under it stays under it, within 25%–200%', () => {
    const view = { x: 40, y: 30, zoom: 1 };
    const at = { x: 500, y: 300 };
    const before = toBoard(view, at);
    const zoomed = zoomAt(view, 1.25, at, size);
    expect(toBoard(zoomed, at).x).toBeCloseTo(before.x, 0);
    expect(toBoard(zoomed, at).y).toBeCloseTo(before.y, 0);
    expect(zoomAt(view, 100, at, size).zoom).toBe(ZOOM_MAX);
    expect(zoomAt(view, 0.001, at, size).zoom).toBe(ZOOM_MIN);
  });

  it('fits a board in sight, but never smaller than readable on a phone', () => {
    const wide = { x: 40, y: 40, w: 2000, h: 900 };
    expect(fitView(wide, size).zoom).toBeCloseTo(0.48, 2);
    const phone = fitView(wide, { w: 330, h: 440 });
    expect(phone.zoom).toBe(READABLE_ZOOM);
    expect(toBoard(phone, { x: 24, y: 24 })).toEqual({ x: 40, y: 40 });
  });

  it('pans a focused note into sight only when it is not', () => {
    const view = { x: 0, y: 0, zoom: 1 };
    expect(reveal(view, { x: 10 + 16, y: 20, w: 180, h: 120 }, size)).toBe(view);
    const moved = reveal(view, { x: 1200, y: 20, w: 180, h: 120 }, size);
    expect(moved.x + (1200 + 180) * moved.zoom).toBeLessThanOrEqual(size.w - 16);
  });
});
