import type * as MapLibre from 'maplibre-gl';
import { PLAIN_BACKGROUND } from './mapModel';

export type MapLibreModule = typeof MapLibre;

let loading: Promise<MapLibreModule> | null = null;

/**
 * MapLibre GL JS, loaded only when a map is shown (it is a large chunk), with its CSS. Its worker is
 * served from our own origin as a module (no blob: worker, so the CSP keeps `worker-src 'self'`).
 */
export function loadMapLibre(): Promise<MapLibreModule> {
  loading ??= Promise.all([
    import('maplibre-gl'),
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
    import('maplibre-gl/dist/maplibre-gl.css'),
  ]).then(([ml, worker]) => {
    ml.setWorkerUrl(new URL(worker.default, window.location.href).href);
    return ml;
  });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** Whether this browser can draw WebGL (cheap phones and some headless browsers cannot). */
export function hasWebGl(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** The built-in style: only a plain background; the map's own layers go on top. */
export const plainStyle = (): MapLibre.StyleSpecification => ({
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': PLAIN_BACKGROUND } }],
});

/** How long a style may take to load before the plain one takes over. */
export const STYLE_TIMEOUT_MS = 8000;
