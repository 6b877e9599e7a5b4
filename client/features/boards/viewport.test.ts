import { describe, expect, it } from 'vitest';
import {
  centredSpot,
  fitView,
  MIN_TEXT_ON_SCREEN_PX,
  NOTE_TEXT_PX,
  READABLE_ZOOM,
  reveal,
  toBoard,
  viewAfterKey,
  ZOOM_MAX,
  ZOOM_MIN,
  ZOOM_STEP,
  zoomAt,
} from './viewport';

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

  it('fits a board in sight when its notes stay legible (text of 14 px or more on screen)', () => {
    const fits = { x: 40, y: 40, w: 1060, h: 500 };
    const view = fitView(fits, size);
    expect(view.zoom).toBeCloseTo(0.9, 2);
    expect(toBoard(view, { x: 0, y: 0 }).x).toBeLessThanOrEqual(40);
    expect(toBoard(view, { x: size.w, y: size.h }).x).toBeGreaterThanOrEqual(40 + 1060);
    expect(fitView({ x: 40, y: 40, w: 400, h: 200 }, size).zoom).toBe(1);
  });

  it('never starts smaller than legible: a board too big for the screen starts at its top left', () => {
    expect(READABLE_ZOOM * NOTE_TEXT_PX).toBeGreaterThanOrEqual(MIN_TEXT_ON_SCREEN_PX);
    expect(MIN_TEXT_ON_SCREEN_PX).toBe(14);
    const wide = { x: 40, y: 40, w: 2000, h: 900 };
    for (const screen of [size, { w: 330, h: 440 }, { w: 1248, h: 600 }]) {
      const view = fitView(wide, screen);
      expect(view.zoom).toBe(READABLE_ZOOM);
      expect(toBoard(view, { x: 24, y: 24 })).toEqual({ x: 40, y: 40 });
    }
  });

  it('pans a focused note into sight only when it is not', () => {
    const view = { x: 0, y: 0, zoom: 1 };
    expect(reveal(view, { x: 10 + 16, y: 20, w: 180, h: 120 }, size)).toBe(view);
    const moved = reveal(view, { x: 1200, y: 20, w: 180, h: 120 }, size);
    expect(moved.x + (1200 + 180) * moved.zoom).toBeLessThanOrEqual(size.w - 16);
  });
});

describe('keys on the canvas', () => {
  const view = { x: 0, y: 0, zoom: 1 };
  it('arrows pan the other way than they point (the board moves under a fixed window), Shift four times as far', () => {
    expect(viewAfterKey(view, 'ArrowRight', false, size)).toEqual({ x: -60, y: 0, zoom: 1 });
    expect(viewAfterKey(view, 'ArrowDown', true, size)).toEqual({ x: 0, y: -240, zoom: 1 });
    expect(viewAfterKey({ ...view, x: -100 }, 'ArrowLeft', false, size)).toEqual({ x: -40, y: 0, zoom: 1 });
  });
  it('+ and - zoom around the middle, 0 goes back to 100%', () => {
    const zoomed = viewAfterKey(view, '+', false, size);
    expect(zoomed?.zoom).toBe(ZOOM_STEP);
    expect(toBoard(zoomed ?? view, { x: 500, y: 300 })).toEqual(toBoard(view, { x: 500, y: 300 }));
    expect(viewAfterKey(view, '-', false, size)?.zoom).toBe(0.8);
    expect(viewAfterKey(zoomed ?? view, '0', false, size)?.zoom).toBe(1);
  });
  it('other keys leave the view alone', () => {
    expect(viewAfterKey(view, 'a', false, size)).toBeNull();
    expect(viewAfterKey(view, 'Enter', false, size)).toBeNull();
  });
});

describe('centredSpot', () => {
  it('puts an item in the middle of what the canvas shows, in board units', () => {
    expect(centredSpot({ x: 0, y: 0, zoom: 1 }, size, { w: 100, h: 50 })).toEqual({ x: 450, y: 275 });
    expect(centredSpot({ x: -200, y: 100, zoom: 2 }, size, { w: 100, h: 50 })).toEqual({ x: 300, y: 75 });
  });
});
