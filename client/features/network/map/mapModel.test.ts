import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FilteredNetwork } from '../../../../shared/network/filters';
import type { InitiativeRecord } from '../../../../shared/network/initiative';
import type { NetworkView } from '../../../../shared/network/network';
import type { WijkOutline } from '../../../../shared/network/outline';
import { MapSvg } from './MapSvg';
import { drawingData } from './mapLayers';
import { mapModel, mapSources } from './mapModel';
import { fitProjection } from './projection';

const initiative = (id: string, point: { lat: number; lon: number } | null): InitiativeRecord => ({
  id,
  name: `Initiatief ${id}`,
  description: '',
  themes: [],
  targetGroups: [],
  buurten: [],
  point,
  period: { start: null, end: null },
  leadPartyId: null,
  partnerPartyIds: [],
  funding: [],
  status: 'loopt',
  sectionId: null,
  createdBy: 'm1',
  createdAt: 1,
  updatedAt: 1,
});
const outline: WijkOutline = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [5.1, 52.1],
        [5.12, 52.1],
        [5.12, 52.11],
        [5.1, 52.11],
        [5.1, 52.1],
      ],
    ],
  ],
};
const initiatives = [
  initiative('a', { lon: 5.105, lat: 52.105 }),
  initiative('b', { lon: 5.115, lat: 52.106 }),
  initiative('c', null),
  initiative('d', { lon: 5.2, lat: 52.2 }),
];
const overlaps = [
  { a: 'a', b: 'b', reasons: [] },
  { a: 'a', b: 'c', reasons: [] },
];
const view: NetworkView = {
  parties: [],
  initiatives,
  relations: [],
  overlapMarks: [],
  overlaps,
  changes: [],
  outline,
};
const shown: FilteredNetwork = { parties: [], initiatives, relations: [], overlaps };
const props = { view, shown, selectedId: 'b', onSelect: () => {} };

describe('the map model', () => {
  it('places initiatives with a point, lists the others, joins flagged pairs with both points', () => {
    const m = mapModel(props);
    expect(m.points.map((p) => [p.id, p.flagged, p.selected])).toEqual([
      ['a', true, false],
      ['b', true, true],
      ['d', false, false],
    ]);
    expect(m.unplaced.map((i) => i.id)).toEqual(['c']);
    expect(m.pairs.map(({ a, b }) => [a.id, b.id])).toEqual([['a', 'b']]);
    // Fitted to the outline and every point.
    for (const [i, v] of [5.1, 52.1, 5.2, 52.2].entries()) expect(m.bounds?.[i]).toBeCloseTo(v);
  });
  it('has no bounds when nothing has a place, and a minimum area around one point', () => {
    const none = {
      ...props,
      view: { ...view, outline: null },
      shown: { ...shown, initiatives: [initiatives[2] as InitiativeRecord] },
    };
    expect(mapModel(none).bounds).toBeNull();
    const one = { ...none, shown: { ...shown, initiatives: [initiatives[0] as InitiativeRecord] } };
    const [w, s, e, n] = mapModel(one).bounds ?? [0, 0, 0, 0];
    expect(e - w).toBeCloseTo(0.008);
    expect(n - s).toBeCloseTo(0.008);
  });
  it('gives MapLibre the same features, the selected point last (on top)', () => {
    const src = mapSources(mapModel(props));
    expect(src.outline.features).toHaveLength(1);
    expect(src.pairs.features).toHaveLength(1);
    expect(src.points.features.map((f) => f.properties.id)).toEqual(['a', 'd', 'b']);
    expect(
      drawingData([
        [5, 52],
        [5.1, 52],
        [5.1, 52.1],
      ]).features,
    ).toHaveLength(4);
  });
});

describe('the SVG fallback', () => {
  it('projects the bounds into the box, keeping the shape, and back', () => {
    const p = fitProjection([5.1, 52.1, 5.2, 52.2], 800, 520);
    const [x, y] = p.toScreen(5.15, 52.15);
    expect(x).toBeCloseTo(400);
    expect(y).toBeCloseTo(260);
    const [lon, lat] = p.toLonLat(x, y);
    expect(lon).toBeCloseTo(5.15);
    expect(lat).toBeCloseTo(52.15);
  });
  it('draws the outline, the pair line and a button per point, the selected one pressed', () => {
    const html = renderToStaticMarkup(
      createElement(MapSvg, {
        model: mapModel(props),
        label: 'Kaart',
        pointLabel: (p) => p.name,
        onSelect: () => {},
      }),
    );
    expect(html.match(/data-outline=""/g)).toHaveLength(1);
    expect(html.match(/data-pair=""/g)).toHaveLength(1);
    expect(html.match(/role="button"/g)).toHaveLength(3);
    expect(html).toMatch(/data-point="b"[^>]*aria-pressed="true"/);
    expect(html).toContain('aria-label="Initiatief a"');
  });
});
