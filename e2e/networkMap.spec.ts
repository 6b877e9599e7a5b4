import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { type Actor, baseURL, werkgroepWith } from './fixtures/werkgroep';
import { NetworkMapPage } from './pages/NetworkMapPage';

const SHOTS = 'test-results/screenshots';

/** An initiative made over the API by `who`; returns its id. */
async function addInitiative(
  who: Actor,
  werkgroepId: string,
  body: Record<string, unknown>,
): Promise<string> {
  const res = await who.context.request.post(
    `${baseURL()}/api/werkgroepen/${werkgroepId}/netwerk/initiatives`,
    {
      data: body,
      headers: { origin: baseURL() },
    },
  );
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const square = (x: number, y: number, d: number) => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];
/** Two buurten as the CBS wijk- en buurtkaart gives them: a FeatureCollection in RD New. */
const cbsWijk = {
  type: 'FeatureCollection',
  crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
  features: [
    {
      type: 'Feature',
      properties: { buurtnaam: 'Noord' },
      geometry: { type: 'Polygon', coordinates: [square(136_000, 456_800, 900)] },
    },
    {
      type: 'Feature',
      properties: { buurtnaam: 'Zuid' },
      geometry: { type: 'Polygon', coordinates: [square(136_300, 455_900, 900)] },
    },
  ],
};

test('the map draws the outline and the initiatives without tiles; a click selects; a CBS file uploads', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, []);
  const fac = w.facilitator;
  // Two initiatives for the same people in the same buurt and season (a flagged overlap), one elsewhere, one without a place.
  const same = {
    themes: ['gezond'],
    targetGroups: ['ouderen'],
    buurten: ['Vollenhove-Noord'],
    period: { start: '2027-03-01', end: '2027-05-31' },
    status: 'gepland',
  };
  const soos = await addInitiative(fac, w.werkgroepId, {
    name: 'Ouderensoos',
    point: { lat: 52.1036, lon: 5.1143 },
    ...same,
  });
  await addInitiative(fac, w.werkgroepId, {
    name: 'Koffie-ochtend',
    point: { lat: 52.0947, lon: 5.1202 },
    ...same,
  });
  await addInitiative(fac, w.werkgroepId, {
    name: 'Moestuin',
    point: { lat: 52.1, lon: 5.123 },
    status: 'loopt',
  });
  await addInitiative(fac, w.werkgroepId, { name: 'Buurtkrant', status: 'idee' });

  const page = await fac.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const m = new NetworkMapPage(page);
  await m.goto(w.werkgroepId);
  await m.expectCounts({ points: 3, pairs: 1, polygons: 0, unplaced: 1 });
  await expect(m.map).toHaveAttribute('data-background', 'plain');
  await expect(m.map.getByRole('list', { name: 'Zonder plek op de kaart: 1' })).toBeVisible();
  await expect(m.map.getByText('De tabel toont hetzelfde en werkt met het toetsenbord.')).toBeVisible();

  // Without WebGL (as in this headless browser) the SVG draws; a click on a point selects it.
  const renderer = await m.map.getAttribute('data-renderer');
  if (renderer === 'svg') {
    await m.point(soos).click();
    await expect(m.map).toHaveAttribute('data-selected', soos);
    await expect(m.point(soos)).toHaveAttribute('aria-pressed', 'true');
  } else {
    await expect(m.map.locator('canvas.maplibregl-canvas')).toBeVisible();
    await m.map.getByRole('button', { name: 'Buurtkrant' }).click();
    await expect(m.map).not.toHaveAttribute('data-selected', '');
  }

  // A CBS file in RD: converted, merged, and live on the map.
  await m.uploadOutline('wijk-overvecht.geojson', cbsWijk);
  await expect(page.getByRole('status').filter({ hasText: 'De wijkgrens is opgeslagen.' })).toBeVisible();
  await m.expectCounts({ points: 3, pairs: 1, polygons: 2, unplaced: 1 });
  // A point is refused with the reason in words.
  await m.uploadOutline('punt.geojson', { type: 'Point', coordinates: [5.1, 52.1] });
  await expect(page.getByRole('alert')).toContainText('Een wijkgrens moet een vlak zijn.');

  // With WebGL the facilitator draws one too: three corners (one taken back and set again), saved.
  if (renderer === 'webgl') {
    await page.getByRole('button', { name: 'Wijkgrens tekenen' }).click();
    const canvas = m.map.locator('canvas.maplibregl-canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no map canvas');
    const corner = async (fx: number, fy: number, count: string) => {
      await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
      await expect(page.getByText(`${count} gezet`)).toBeVisible();
    };
    await corner(0.2, 0.2, '1 hoek');
    await corner(0.8, 0.25, '2 hoeken');
    await corner(0.85, 0.8, '3 hoeken');
    await page.getByRole('button', { name: 'Laatste hoek weg' }).click();
    await expect(page.getByText('2 hoeken gezet')).toBeVisible();
    await corner(0.5, 0.8, '3 hoeken');
    await page.getByRole('button', { name: 'Klaar en opslaan' }).click();
    await m.expectCounts({ points: 3, pairs: 1, polygons: 1, unplaced: 1 });
  }
  const polygons = renderer === 'webgl' ? 1 : 2;

  await expectNoViolations(page, 'network map');
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/network-map-laptop.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await m.goto(w.werkgroepId);
  await m.expectCounts({ points: 3, pairs: 1, polygons, unplaced: 1 });
  await expectNoViolations(page, 'network map on a phone');
  await page.screenshot({ path: `${SHOTS}/network-map-phone.png`, fullPage: true });

  // Removing it asks first.
  await page.getByRole('button', { name: 'Wijkgrens verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await m.expectCounts({ points: 3, pairs: 1, polygons: 0, unplaced: 1 });
  await fac.context.close();
});

// Needs the network page too (see above).
test('without WebGL (a cheap phone) the SVG map draws the same, and its points are buttons', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, []);
  const fac = w.facilitator;
  const id = await addInitiative(fac, w.werkgroepId, {
    name: 'Ouderensoos',
    point: { lat: 52.1036, lon: 5.1143 },
  });
  await addInitiative(fac, w.werkgroepId, {
    name: 'Moestuin',
    point: { lat: 52.1, lon: 5.123 },
    status: 'loopt',
  });
  const page = await fac.context.newPage();
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      kind: string,
      ...rest: unknown[]
    ) {
      return kind.startsWith('webgl') ? null : Reflect.apply(original, this, [kind, ...rest]);
    } as typeof original;
  });
  await page.setViewportSize({ width: 360, height: 740 });
  const m = new NetworkMapPage(page);
  await m.goto(w.werkgroepId);
  await expect(m.map).toHaveAttribute('data-renderer', 'svg');
  await m.expectCounts({ points: 2, pairs: 0, polygons: 0, unplaced: 0 });
  await m.map.getByRole('button', { name: 'Ouderensoos (Idee)' }).press('Enter');
  await expect(m.map).toHaveAttribute('data-selected', id);
  await m.point(id).click();
  await expect(m.point(id)).toHaveAttribute('aria-pressed', 'true');
  await expectNoViolations(page, 'SVG map');
  await page.screenshot({ path: `${SHOTS}/network-map-svg-phone.png`, fullPage: true });

  // Placing works here too: a click on the drawing; by keyboard the centre button (the middle of the wijk).
  await m.map.getByRole('button', { name: 'Plek veranderen' }).click();
  await expect(m.map.locator('.wa-network-map__place-hint')).toContainText('Deze kaart kan niet schuiven');
  await expectNoViolations(page, 'choosing a place on the SVG map');
  const svg = m.map.locator('svg.wa-network-map__svg');
  const box = await svg.boundingBox();
  if (!box) throw new Error('no SVG map');
  await svg.click({ position: { x: box.width * 0.2, y: box.height * 0.8 } });
  await expect(m.map.getByRole('status').filter({ hasText: 'Plek bewaard.' })).toBeVisible();
  await m.map.getByRole('button', { name: 'Plek veranderen' }).press('Enter');
  await m.map.getByRole('button', { name: 'Zet op het midden van de kaart' }).press('Enter');
  await expect(m.map.getByRole('status').filter({ hasText: 'Plek bewaard.' })).toBeVisible();
  await m.expectCounts({ points: 2, pairs: 0, polygons: 0, unplaced: 0 });
  await fac.context.close();
});

// Needs the network page too (see above).
test('when the background style cannot load, the plain one takes over and says so', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, []);
  const fac = w.facilitator;
  await addInitiative(fac, w.werkgroepId, { name: 'Ouderensoos', point: { lat: 52.1036, lon: 5.1143 } });
  const page = await fac.context.newPage();
  // A configured style that is not there (this server answers 404 for it): as when PDOK is down.
  await page.route('**/api/kaartstijl', (route) =>
    route.fulfill({ json: { styleUrl: `${baseURL()}/geen-stijl.json` } }),
  );
  const m = new NetworkMapPage(page);
  await m.goto(w.werkgroepId);
  await expect(m.map.getByText('De achtergrondkaart kon niet laden.')).toBeVisible();
  await m.expectCounts({ points: 1, pairs: 0, polygons: 0, unplaced: 0 });
  if ((await m.map.getAttribute('data-renderer')) === 'webgl') {
    await expect(m.map).toHaveAttribute('data-background', 'failed');
    await expect(m.map.locator('canvas.maplibregl-canvas')).toBeVisible();
  }
  await fac.context.close();
});

/** Where initiative `id` is now, as the server has it (null: no place). */
async function pointOf(who: Actor, werkgroepId: string, id: string) {
  const res = await who.context.request.get(`${baseURL()}/api/werkgroepen/${werkgroepId}/netwerk`);
  expect(res.ok()).toBe(true);
  const view = (await res.json()) as {
    initiatives: { id: string; point: { lat: number; lon: number } | null }[];
  };
  return view.initiatives.find((i) => i.id === id)?.point ?? null;
}

// Needs the network page too (see above).
test('the facilitator gives an initiative its place: by a click, by keyboard (crosshair and centre button); live for others', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, [{ role: 'bewoner', name: 'Anna' }]);
  const [fac, anna] = [w.facilitator, w.people[0] as Actor];
  await addInitiative(fac, w.werkgroepId, { name: 'Ouderensoos', point: { lat: 52.1036, lon: 5.1143 } });
  await addInitiative(fac, w.werkgroepId, { name: 'Moestuin', point: { lat: 52.1, lon: 5.123 } });
  const krant = await addInitiative(fac, w.werkgroepId, { name: 'Buurtkrant' });
  const feest = await addInitiative(fac, w.werkgroepId, { name: 'Wijkfeest' });

  const other = new NetworkMapPage(await anna.context.newPage());
  await other.goto(w.werkgroepId);
  await other.expectCounts({ points: 2, pairs: 0, polygons: 0, unplaced: 2 });
  const page = await fac.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const m = new NetworkMapPage(page);
  await m.goto(w.werkgroepId);
  const renderer = await m.map.getAttribute('data-renderer');
  const drawing = m.map.locator(
    renderer === 'webgl' ? 'canvas.maplibregl-canvas' : 'svg.wa-network-map__svg',
  );

  // By a click: open the one without a place from the list under the map, choose, click the map.
  await m.map.getByRole('button', { name: 'Buurtkrant' }).click();
  await expect(m.map.getByText('Buurtkrant heeft nog geen plek op de kaart.')).toBeVisible();
  await m.map.getByRole('button', { name: 'Plek op de kaart kiezen' }).click();
  await expect(m.map).toHaveAttribute('data-choosing', krant);
  await expect(m.map.locator('.wa-network-map__place-hint')).toBeFocused();
  await expect(m.map.locator('.wa-network-map__place-hint')).toContainText('Kies de plek van Buurtkrant.');
  await expect(m.map.locator('.wa-network-map__crosshair')).toBeVisible();
  await expectNoViolations(page, 'choosing a place on the map');
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/network-map-place-laptop.png`, fullPage: true });
  const box = await drawing.boundingBox();
  if (!box) throw new Error('no map drawing');
  await drawing.click({ position: { x: box.width * 0.5, y: box.height * 0.15 } });
  await expect(m.map.getByRole('status').filter({ hasText: 'Plek bewaard.' })).toBeVisible();
  await m.expectCounts({ points: 3, pairs: 0, polygons: 0, unplaced: 1 });
  await expect(m.map).not.toHaveAttribute('data-choosing', /./);
  await expect(m.map.getByRole('button', { name: 'Plek veranderen' })).toBeFocused();
  await other.expectCounts({ points: 3, pairs: 0, polygons: 0, unplaced: 1 });
  expect(await pointOf(fac, w.werkgroepId, krant)).not.toBeNull();

  // By keyboard, from the details: the link starts choosing; pan with the arrow keys, then the centre button.
  await m.map.getByRole('button', { name: 'Wijkfeest' }).click();
  const side = page.getByRole('region', { name: 'Details' });
  await expect(side.getByText('Heeft nog geen plek op de kaart.')).toBeVisible();
  await side.getByRole('button', { name: 'Kies een plek op de kaart' }).click();
  await expect(m.map).toHaveAttribute('data-choosing', feest);
  await drawing.focus();
  if (renderer === 'webgl') for (let n = 0; n < 3; n++) await page.keyboard.press('ArrowRight');
  await m.map.getByRole('button', { name: 'Zet op het midden van de kaart' }).focus();
  await page.keyboard.press('Enter');
  await expect(m.map.getByRole('status').filter({ hasText: 'Plek bewaard.' })).toBeVisible();
  await m.expectCounts({ points: 4, pairs: 0, polygons: 0, unplaced: 0 });
  await other.expectCounts({ points: 4, pairs: 0, polygons: 0, unplaced: 0 });
  const placed = await pointOf(fac, w.werkgroepId, feest);
  expect(placed).not.toBeNull();
  // With MapLibre the arrow keys moved the map east first: the place is east of the one clicked above.
  const clicked = await pointOf(fac, w.werkgroepId, krant);
  if (renderer === 'webgl' && placed && clicked) expect(placed.lon).toBeGreaterThan(clicked.lon);

  // Escape stops choosing; a refusal by the server is said in words and nothing is "saved".
  await m.map.getByRole('button', { name: 'Plek veranderen' }).click();
  await expect(m.map).toHaveAttribute('data-choosing', feest);
  await page.keyboard.press('Escape');
  await expect(m.map).not.toHaveAttribute('data-choosing', /./);
  await page.route('**/netwerk/initiatives/*', (route) =>
    route.request().method() === 'PATCH'
      ? route.continue({ postData: JSON.stringify({ point: { lat: 100, lon: 5.1 } }) })
      : route.continue(),
  );
  await m.map.getByRole('button', { name: 'Plek veranderen' }).click();
  await m.map.getByRole('button', { name: 'Zet op het midden van de kaart' }).click();
  await expect(m.map.getByRole('alert')).toHaveText(
    'Niet alle gegevens kloppen. Die plek ligt niet op de kaart. Kies een andere plek.',
  );
  await expect(m.map.getByText('Plek bewaard.')).toHaveCount(0);
  await expect(m.map).toHaveAttribute('data-choosing', feest);
  await page.unroute('**/netwerk/initiatives/*');

  // On a phone, while choosing; then the place taken away again.
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(m.map.locator('.wa-network-map__crosshair')).toBeVisible();
  await expectNoViolations(page, 'choosing a place on a phone');
  await page.screenshot({ path: `${SHOTS}/network-map-place-phone.png`, fullPage: true });
  await m.map.getByRole('button', { name: 'Stoppen met kiezen' }).click();
  await m.map.getByRole('button', { name: 'Plek weghalen' }).click();
  await expect(m.map.getByRole('status').filter({ hasText: 'Plek weggehaald.' })).toBeVisible();
  await m.expectCounts({ points: 3, pairs: 0, polygons: 0, unplaced: 1 });
  await other.expectCounts({ points: 3, pairs: 0, polygons: 0, unplaced: 1 });
  await fac.context.close();
  await anna.context.close();
});
