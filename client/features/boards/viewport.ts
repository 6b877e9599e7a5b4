import { BOARD_LIMITS } from '../../../shared/schemas/board';
import type { Rect } from './model';

/**
 * The canvas's local view (never synced: everyone pans and zooms for themselves). A board point b is
 * shown at pan + b × zoom, by a CSS transform on the inner layer.
 */
export interface View {
  x: number;
  y: number;
  zoom: number;
}
export interface Size {
  w: number;
  h: number;
}

export const ZOOM_MIN = 0.25;
export const ZOOM_MAX = 2;
export const ZOOM_STEP = 1.25;
export const START_VIEW: View = { x: 24, y: 24, zoom: 1 };

const clampZoom = (z: number) => Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, Math.round(z * 100) / 100));

/** Keeps some of the board in sight: it cannot be pushed further than half a screen off. */
export function clampPan(view: View, size: Size): View {
  const span = BOARD_LIMITS.canvasSize * view.zoom;
  const clamp = (v: number, screen: number) => Math.min(screen / 2, Math.max(screen / 2 - span, v));
  return { ...view, x: clamp(view.x, size.w), y: clamp(view.y, size.h) };
}

/** Zooms by `factor` keeping the board point under `at` (screen px within the canvas) in place. */
export function zoomAt(view: View, factor: number, at: { x: number; y: number }, size: Size): View {
  const zoom = clampZoom(view.zoom * factor);
  const k = zoom / view.zoom;
  return clampPan({ zoom, x: at.x - (at.x - view.x) * k, y: at.y - (at.y - view.y) * k }, size);
}

export const panBy = (view: View, dx: number, dy: number, size: Size): View =>
  clampPan({ ...view, x: view.x + dx, y: view.y + dy }, size);

/** The board point shown at screen point `p` (px within the canvas). */
export const toBoard = (view: View, p: { x: number; y: number }) => ({
  x: (p.x - view.x) / view.zoom,
  y: (p.y - view.y) / view.zoom,
});

/** A note's text size in board units (`.note__text` in canvas.css) and the least it may be on screen. */
export const NOTE_TEXT_PX = 17;
export const MIN_TEXT_ON_SCREEN_PX = 14;
/**
 * The least zoom the board starts at: note text of at least MIN_TEXT_ON_SCREEN_PX on screen (0.83). The author
 * label, smaller on the board, grows as the zoom goes down to this (canvas.css) to stay as legible.
 */
export const READABLE_ZOOM = Math.ceil((MIN_TEXT_ON_SCREEN_PX / NOTE_TEXT_PX) * 100) / 100;

/**
 * Everything in sight, at most at 100% (larger would only blur a small board). When "everything" would mean
 * notes too small to read (a board of three frames on a laptop, any board on a phone): READABLE_ZOOM, from
 * the top left of the content, and the rest is a pan away.
 */
export function fitView(bounds: Rect | null, size: Size): View {
  if (!bounds || size.w === 0 || size.h === 0) return START_VIEW;
  const margin = 24;
  const fit = clampZoom(Math.min(1, (size.w - 2 * margin) / bounds.w, (size.h - 2 * margin) / bounds.h));
  if (fit < READABLE_ZOOM)
    return clampPan(
      { zoom: READABLE_ZOOM, x: margin - bounds.x * READABLE_ZOOM, y: margin - bounds.y * READABLE_ZOOM },
      size,
    );
  return clampPan(
    {
      zoom: fit,
      x: (size.w - bounds.w * fit) / 2 - bounds.x * fit,
      y: Math.max(margin, (size.h - bounds.h * fit) / 2) - bounds.y * fit,
    },
    size,
  );
}

/** Pans just enough to bring `rect` (board units) fully into sight, e.g. a note reached with Tab. */
export function reveal(view: View, rect: Rect, size: Size): View {
  const pad = 16;
  const left = view.x + rect.x * view.zoom;
  const top = view.y + rect.y * view.zoom;
  const right = left + rect.w * view.zoom;
  const bottom = top + rect.h * view.zoom;
  const dx = left < pad ? pad - left : right > size.w - pad ? size.w - pad - right : 0;
  const dy = top < pad ? pad - top : bottom > size.h - pad ? size.h - pad - bottom : 0;
  return dx === 0 && dy === 0 ? view : clampPan({ ...view, x: view.x + dx, y: view.y + dy }, size);
}

/** Arrow keys pan the canvas by this much (screen px); with Shift, four times as far. */
export const PAN_STEP = 60;

/**
 * What a key pressed on the canvas itself does to the view: arrows pan, + and - zoom around the
 * middle, 0 goes back to 100%; null for any other key.
 */
export function viewAfterKey(view: View, key: string, shift: boolean, size: Size): View | null {
  const step = shift ? PAN_STEP * 4 : PAN_STEP;
  const middle = { x: size.w / 2, y: size.h / 2 };
  switch (key) {
    case 'ArrowLeft':
      return panBy(view, step, 0, size);
    case 'ArrowRight':
      return panBy(view, -step, 0, size);
    case 'ArrowUp':
      return panBy(view, 0, step, size);
    case 'ArrowDown':
      return panBy(view, 0, -step, size);
    case '+':
    case '=':
      return zoomAt(view, ZOOM_STEP, middle, size);
    case '-':
      return zoomAt(view, 1 / ZOOM_STEP, middle, size);
    case '0':
      return zoomAt(view, 1 / view.zoom, middle, size);
    default:
      return null;
  }
}

/** The top-left corner (board units) of an item of `item` size centred in what the canvas shows. */
export function centredSpot(view: View, size: Size, item: Size): { x: number; y: number } {
  const middle = toBoard(view, { x: size.w / 2, y: size.h / 2 });
  return { x: middle.x - item.w / 2, y: middle.y - item.h / 2 };
}
