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
