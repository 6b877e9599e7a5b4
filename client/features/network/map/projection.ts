import type { Bounds } from './mapModel';

export interface Projection {
  width: number;
  height: number;
  toScreen: (lon: number, lat: number) => [number, number];
  toLonLat: (x: number, y: number) => [number, number];
}

/**
 * An equirectangular projection of `bounds` into a width × height box with a margin: longitude is
 * shrunk by the cosine of the middle latitude, so a wijk keeps its shape (at wijk scale the error
 * against Web Mercator is far below a pixel). The SVG fallback draws with it.
 */
export function fitProjection(bounds: Bounds, width: number, height: number, margin = 24): Projection {
  const [w, s, e, n] = bounds;
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const spanX = (e - w) * k;
  const spanY = n - s;
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  const offX = (width - spanX * scale) / 2;
  const offY = (height - spanY * scale) / 2;
  return {
    width,
    height,
    toScreen: (lon, lat) => [offX + (lon - w) * k * scale, offY + (n - lat) * scale],
    toLonLat: (x, y) => [w + (x - offX) / (k * scale), n - (y - offY) / scale],
  };
}

/** The centre of `bounds` as [lon, lat]: the SVG map's middle (it is fitted around it). */
export function boundsCentre([w, s, e, n]: Bounds): [number, number] {
  return [(w + e) / 2, (s + n) / 2];
}

/**
 * Where a click at (clientX, clientY) falls on an SVG drawn with `p`, as [lon, lat]. `box` is the
 * element's box on the page (CSS pixels), which may be scaled against the drawing's own width.
 */
export function clickToLonLat(
  p: Projection,
  box: { left: number; top: number; width: number; height: number },
  clientX: number,
  clientY: number,
): [number, number] {
  const x = ((clientX - box.left) * p.width) / box.width;
  const y = ((clientY - box.top) * p.height) / box.height;
  return p.toLonLat(x, y);
}
