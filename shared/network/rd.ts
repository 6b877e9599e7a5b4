/**
 * Rijksdriehoeksmeting (EPSG:28992, "RD New") to WGS84, by the polynomial approximation of
 * Schreutelkamp and Strang van Hees (accurate to about a metre across the Netherlands): CBS and
 * PDOK publish wijk- and buurtgrenzen in RD, the map wants longitude and latitude.
 */

/** RD coordinates lie in this box (metres): x 0–300 km, y 300–625 km. */
export const RD_BOUNDS = { minX: 0, maxX: 300_000, minY: 300_000, maxY: 625_000 } as const;

/** Whether an (x, y) pair lies in the RD box; WGS84 longitude/latitude never does (y < 300 000). */
export const isRdPosition = (x: number, y: number): boolean =>
  x >= RD_BOUNDS.minX && x <= RD_BOUNDS.maxX && y >= RD_BOUNDS.minY && y <= RD_BOUNDS.maxY;

const X0 = 155_000;
const Y0 = 463_000;
const PHI0 = 52.1551744;
const LAMBDA0 = 5.38720621;

/** [p, q, K] terms: latitude += K · dX^p · dY^q (in arc seconds). */
const K: readonly (readonly [number, number, number])[] = [
  [0, 1, 3235.65389],
  [2, 0, -32.58297],
  [0, 2, -0.2475],
  [2, 1, -0.84978],
  [0, 3, -0.0655],
  [2, 2, -0.01709],
  [1, 0, -0.00738],
  [4, 0, 0.0053],
  [2, 3, -0.00039],
  [4, 1, 0.00033],
  [1, 1, -0.00012],
];
/** [p, q, L] terms: longitude += L · dX^p · dY^q (in arc seconds). */
const L: readonly (readonly [number, number, number])[] = [
  [1, 0, 5260.52916],
  [1, 1, 105.94684],
  [1, 2, 2.45656],
  [3, 0, -0.81885],
  [1, 3, 0.05594],
  [3, 1, -0.05607],
  [0, 1, 0.01199],
  [3, 2, -0.00256],
  [1, 4, 0.00128],
  [0, 2, 0.00022],
  [2, 0, -0.00022],
  [5, 0, 0.00026],
];

const sum = (terms: typeof K, dX: number, dY: number): number =>
  terms.reduce((acc, [p, q, c]) => acc + c * dX ** p * dY ** q, 0);

/** RD (x, y in metres) to WGS84 [longitude, latitude] in degrees, as GeoJSON orders a position. */
export function rdToWgs84(x: number, y: number): [number, number] {
  const dX = (x - X0) * 1e-5;
  const dY = (y - Y0) * 1e-5;
  return [LAMBDA0 + sum(L, dX, dY) / 3600, PHI0 + sum(K, dX, dY) / 3600];
}
