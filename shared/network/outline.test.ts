import { describe, expect, it } from 'vitest';
import { countOutline, OUTLINE_LIMITS, outlineBounds, wijkOutlineSchema } from './outline';
import { parseOutlineUpload } from './outlineUpload';
import { isRdPosition, rdToWgs84 } from './rd';

const r6 = (n: number) => Math.round(n * 1e6) / 1e6;
const square = (lon: number, lat: number, size = 0.01) => [
  [lon, lat],
  [r6(lon + size), lat],
  [r6(lon + size), r6(lat + size)],
  [lon, r6(lat + size)],
  [lon, lat],
];
const polygon = (lon = 5.1, lat = 52.1) => ({ type: 'Polygon', coordinates: [square(lon, lat)] });
const feature = (geometry: unknown) => ({ type: 'Feature', properties: { naam: 'Buurt' }, geometry });

describe('RD New to WGS84', () => {
  it('puts the RD origin (Amersfoort, 155000/463000) at 52.1552, 5.3872', () => {
    const [lon, lat] = rdToWgs84(155_000, 463_000);
    expect(lat).toBeCloseTo(52.1552, 4);
    expect(lon).toBeCloseTo(5.3872, 4);
  });
  it('puts the Martinitoren in Groningen (233883.131/582065.167) at 53.21938, 6.56820', () => {
    const [lon, lat] = rdToWgs84(233_883.131, 582_065.167);
    expect(lat).toBeCloseTo(53.21938, 4);
    expect(lon).toBeCloseTo(6.5682, 4);
  });
  it('tells RD positions from longitude/latitude', () => {
    expect(isRdPosition(136_000, 455_000)).toBe(true);
    expect(isRdPosition(5.1, 52.1)).toBe(false);
  });
});

describe('the kept outline', () => {
  it('is a MultiPolygon with closed rings inside longitude/latitude', () => {
    const ok = { type: 'MultiPolygon', coordinates: [[square(5.1, 52.1)]] };
    expect(wijkOutlineSchema.safeParse(ok).success).toBe(true);
    const open = { type: 'MultiPolygon', coordinates: [[square(5.1, 52.1).slice(0, 4)]] };
    expect(wijkOutlineSchema.safeParse(open).success).toBe(false);
    const far = { type: 'MultiPolygon', coordinates: [[square(190, 52.1)]] };
    expect(wijkOutlineSchema.safeParse(far).success).toBe(false);
  });
  it('has bounds and counts', () => {
    const o = wijkOutlineSchema.parse({ type: 'MultiPolygon', coordinates: [[square(5.1, 52.1)]] });
    expect(outlineBounds(o)).toEqual([5.1, 52.1, 5.11, 52.11]);
    expect(countOutline(o)).toEqual({ polygons: 1, rings: 1, vertices: 5 });
  });
});

describe('an uploaded outline', () => {
  it('takes a Polygon, a Feature or a MultiPolygon', () => {
    for (const input of [
      polygon(),
      feature(polygon()),
      { type: 'MultiPolygon', coordinates: [[square(5.1, 52.1)]] },
    ]) {
      const r = parseOutlineUpload(input);
      expect(r.ok && r.outline.coordinates).toEqual([[square(5.1, 52.1)]]);
    }
  });
  it('merges the polygons of a FeatureCollection into one MultiPolygon', () => {
    const r = parseOutlineUpload({
      type: 'FeatureCollection',
      features: [
        feature(polygon(5.1, 52.1)),
        feature({ type: 'MultiPolygon', coordinates: [[square(5.2, 52.1)], [square(5.3, 52.1)]] }),
      ],
    });
    expect(r.ok && r.outline.coordinates.length).toBe(3);
    expect(r.ok && r.fromRd).toBe(false);
  });
  it('converts RD coordinates (CBS files) to longitude/latitude, dropping heights', () => {
    const rd = [
      [155_000, 463_000, 0],
      [156_000, 463_000, 0],
      [156_000, 464_000, 0],
      [155_000, 463_000, 0],
    ];
    const r = parseOutlineUpload({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
      features: [feature({ type: 'Polygon', coordinates: [rd] })],
    });
    if (!r.ok) throw new Error(r.problem);
    expect(r.fromRd).toBe(true);
    const [lon, lat] = r.outline.coordinates[0]?.[0]?.[0] ?? [];
    expect(lon).toBeCloseTo(5.3872, 4);
    expect(lat).toBeCloseTo(52.1552, 4);
    expect(r.outline.coordinates[0]?.[0]?.[3]).toEqual(r.outline.coordinates[0]?.[0]?.[0]);
  });
  it('refuses what is not an area, open rings and unknown coordinates, saying why', () => {
    const problem = (input: unknown) => {
      const r = parseOutlineUpload(input);
      return r.ok ? 'ok' : `${r.code}:${r.problem}`;
    };
    expect(problem('nee')).toBe('outline_invalid:shape');
    expect(problem({ type: 'Point', coordinates: [5, 52] })).toBe('outline_invalid:geometry');
    expect(problem({ type: 'FeatureCollection', features: [] })).toBe('outline_invalid:empty');
    expect(problem({ type: 'Polygon', coordinates: [square(5, 52).slice(0, 4)] })).toBe(
      'outline_invalid:ring_open',
    );
    expect(
      problem({
        type: 'Polygon',
        coordinates: [
          [
            [5, 52],
            [5.1, 52],
            [5, 52],
          ],
        ],
      }),
    ).toBe('outline_invalid:ring_short');
    expect(problem({ type: 'Polygon', coordinates: [[['a', 1]]] })).toBe('outline_invalid:coordinates');
    expect(problem({ type: 'Polygon', coordinates: [square(900_000, 52)] })).toBe('outline_invalid:crs');
    const bowTie = [
      [5, 52],
      [5.01, 52.01],
      [5.01, 52],
      [5, 52.01],
      [5, 52],
    ];
    expect(problem({ type: 'Polygon', coordinates: [bowTie] })).toBe('outline_invalid:crossing');
    // Thousands of long edges would keep the server busy for minutes: refused as too large.
    const star = Array.from({ length: 20_000 }, (_, i) => {
      const a = (2 * Math.PI * i) / 20_000;
      const r = i % 2 === 0 ? 0.05 : 0.0001;
      return [5 + r * Math.cos(a), 52 + r * Math.sin(a)];
    });
    expect(problem({ type: 'Polygon', coordinates: [[...star, star[0]]] })).toBe(
      'outline_too_large:vertices',
    );
  });
  it('refuses an outline over the limits as too large', () => {
    const many = Array.from({ length: OUTLINE_LIMITS.vertices }, (_, i) => [5 + i * 1e-6, 52]);
    const ring = [...many, [5, 52.1], many[0]];
    const r = parseOutlineUpload({ type: 'Polygon', coordinates: [ring] });
    expect(!r.ok && [r.code, r.problem]).toEqual(['outline_too_large', 'vertices']);
    const polygons = Array.from({ length: OUTLINE_LIMITS.polygons + 1 }, () => [square(5, 52)]);
    const p = parseOutlineUpload({ type: 'MultiPolygon', coordinates: polygons });
    expect(!p.ok && p.problem).toBe('polygons');
  });
});
