import {
  type APIRequestContext,
  type Browser,
  expect,
  type Locator,
  type Page,
  test,
} from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { startMeeting } from './fixtures/meeting';
import { type Actor, baseURL, createWerkgroep, joinAs } from './fixtures/werkgroep';
import { lowContrastTexts, ScreenPage } from './pages/MeetingPages';

const PROJECTOR = { width: 1920, height: 1080 };
const LAPTOP = { width: 1280, height: 800 };
const shotsDir = process.env.SHOTS_DIR ?? 'test-results/screenshots';

/** A record added over the network API by `actor` (cookie and same-origin header, as the page sends). */
async function add(actor: Actor, werkgroepId: string, what: string, data: Record<string, unknown>) {
  const res = await actor.context.request.post(
    `${baseURL()}/api/werkgroepen/${werkgroepId}/netwerk/${what}`,
    {
      headers: { origin: baseURL() },
      data,
    },
  );
  if (!res.ok()) throw new Error(`add ${what} → ${res.status()}: ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/**
 * A small wijknetwerk: four parties (two in the wijkcoalitie), three initiatives, two of them for
 * the same people in the same buurt (the server flags that overlap).
 */
async function seedNetwork(facilitator: Actor, werkgroepId: string) {
  const party = (name: string, kind: string) =>
    add(facilitator, werkgroepId, 'parties', {
      name,
      kind,
      themes: ['gezond'],
      buurten: ['Vollenhove-Noord'],
    });
  const portaal = await party('Portaal', 'woningcorporatie');
  const welzijn = await party('Welzijn Vollenhove', 'zorg_welzijn');
  const bewoners = await party('Bewonersgroep Noord', 'bewonersinitiatief');
  await party('Sportclub Vitesse', 'sport');
  await add(facilitator, werkgroepId, 'relations', {
    fromPartyId: portaal,
    toPartyId: bewoners,
    kind: 'wijkcoalitie',
  });
  await add(facilitator, werkgroepId, 'relations', {
    fromPartyId: portaal,
    toPartyId: welzijn,
    kind: 'financiert',
  });
  const initiative = (name: string, leadPartyId: string, partnerPartyIds: string[] = []) =>
    add(facilitator, werkgroepId, 'initiatives', {
      name,
      leadPartyId,
      partnerPartyIds,
      themes: ['gezond'],
      targetGroups: ['ouderen'],
      buurten: ['Vollenhove-Noord'],
      status: 'loopt',
    });
  await initiative('Samen bewegen', welzijn, [bewoners]);
  await initiative('Fit na 65', bewoners);
  await add(facilitator, werkgroepId, 'initiatives', {
    name: 'Groene gevels',
    leadPartyId: portaal,
    themes: ['groen'],
  });
}

async function scene(browser: Browser, request: APIRequestContext) {
  const { werkgroepId, facilitatorInviteUrl } = await createWerkgroep(request, 'Werkgroep Vollenhove');
  const facilitator = await joinAs(browser, facilitatorInviteUrl, 'Fatima (procesbegeleider)');
  await seedNetwork(facilitator, werkgroepId);
  return { facilitator, werkgroepId };
}

/** A running meeting whose one agenda item shows the network as a graph, planned over the API. */
async function meetingOverApi(facilitator: Actor, werkgroepId: string, view: 'graaf' | 'kaart' = 'graaf') {
  const meeting = await startMeeting(facilitator, werkgroepId, {
    title: 'Wijkavond',
    date: '2026-12-10',
    agenda: [{ title: 'Wie doet wat in de wijk', minutes: 15, link: { kind: 'netwerk', view } }],
  });
  const base = `/w/${werkgroepId}/bijeenkomsten/${meeting.id}`;
  return { screen: `${base}/scherm`, participant: base };
}

/**
 * Where on the page cytoscape painted a colour (the middle of its pixels), read from its canvases:
 * nodes have no DOM of their own, and the test finds one as a person does, by what is drawn.
 */
async function spotOfColour(canvas: Locator, [r, g, b]: [number, number, number]) {
  const spot = await canvas.evaluate(
    (el, rgb) => {
      for (const c of el.querySelectorAll('canvas')) {
        const ctx = c.getContext('2d');
        if (!ctx || c.width === 0) continue;
        const data = ctx.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        let sx = 0;
        let sy = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2] && data[i + 3] === 255) {
            n++;
            sx += (i / 4) % c.width;
            sy += Math.floor(i / 4 / c.width);
          }
        if (n > 0) {
          const box = c.getBoundingClientRect();
          return {
            x: box.x + (sx / n) * (box.width / c.width),
            y: box.y + (sy / n) * (box.height / c.height),
          };
        }
      }
      return null;
    },
    [r, g, b] as const,
  );
  if (!spot) throw new Error(`nothing of rgb(${r}, ${g}, ${b}) on the canvas`);
  return spot;
}

/** The graph's canvas once it has drawn `n` nodes (the count is the component's own attribute). */
const drawn = (page: Page, selector: string, n: number) =>
  expect(page.locator(selector)).toHaveAttribute('data-node-count', String(n));

test('the room screen shows the wijknetwerk large: the graph, counts and the open overlap; axe passes', async ({
  browser,
  request,
}) => {
  const s = await scene(browser, request);
  const paths = await meetingOverApi(s.facilitator, s.werkgroepId);
  const page = await s.facilitator.context.newPage();
  await page.setViewportSize(PROJECTOR);
  await page.goto(paths.screen);
  await drawn(page, '.screen-graph__canvas', 7);
  const content = page.locator('.screen__content');
  await expect(content.locator('.network-screen__counts')).toHaveText(
    /4 partijen.*3 initiatieven.*1 open overlap/,
  );
  await expect(content.locator('.network-screen__pair')).toHaveText(
    /Fit na 65.*Samen bewegen|Samen bewegen.*Fit na 65/,
  );
  await expect(content).toHaveAttribute('data-fit', 'yes');
  // The screen's own promises: every text big enough for the back of the room, and 7:1 contrast.
  await expect.poll(() => new ScreenPage(page).typeSizeProblems()).toEqual([]);
  expect(await lowContrastTexts(page, 7)).toEqual([]);
  await expectNoViolations(page, 'room screen with the wijknetwerk');
  await page.screenshot({ path: `${shotsDir}/network-screen-1920.png` });

  // Live: a party added elsewhere appears on the screen without a reload.
  await add(s.facilitator, s.werkgroepId, 'parties', { name: 'Bibliotheek', kind: 'cultuur' });
  await drawn(page, '.screen-graph__canvas', 8);
  await expect(content.locator('.network-screen__counts')).toContainText('5 partijen');

  // A phone following the meeting: the same network, small, and the page scrolls past it.
  const phone = await s.facilitator.context.newPage();
  await phone.setViewportSize({ width: 360, height: 740 });
  await phone.goto(paths.participant);
  await drawn(phone, '.screen-graph__canvas', 8);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await phone.screenshot({ path: `${shotsDir}/network-phone-360.png`, fullPage: true });
});

test('on the console the graph is explored: a click on a node selects it; Tab passes the canvas by', async ({
  browser,
  request,
}) => {
  const s = await scene(browser, request);
  const page = await s.facilitator.context.newPage();
  await page.setViewportSize(LAPTOP);
  // Planned in the form: the agenda item shows the wijknetwerk.
  await page.goto(`/w/${s.werkgroepId}/bijeenkomsten`);
  await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
  await page.getByLabel('Naam van de bijeenkomst').fill('Wijkavond');
  const item = page.getByRole('group', { name: 'Punt 1' });
  await item.getByLabel('Onderwerp').fill('Wie doet wat in de wijk');
  await item.getByLabel('Laat zien op het scherm').selectOption({ label: 'Het wijknetwerk als tekening' });
  await page.getByRole('button', { name: 'Bijeenkomst plannen' }).last().click();
  await expect(page.getByText('“Wijkavond” is bewaard.')).toBeVisible();
  await page.getByRole('link', { name: 'Naar de console' }).click();
  await page.getByRole('button', { name: 'Bijeenkomst beginnen' }).click();
  const canvas = page.locator('.network-graph__canvas');
  await drawn(page, '.network-graph__canvas', 7);
  await expect(page.getByText('De tabel toont hetzelfde en werkt met het toetsenbord.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Naar de tabel' })).toHaveAttribute(
    'href',
    /\/netwerk\?weergave=tabel$/,
  );

  // Portaal is the only woningcorporatie: its fill colour is on the canvas nowhere else.
  const selected = page.locator('.network-screen__selected');
  await expect(selected).toHaveText(/Klik op een partij/);
  await canvas.scrollIntoViewIfNeeded();
  const portaal = await spotOfColour(canvas, [0x1d, 0x4f, 0x91]);
  await page.mouse.click(portaal.x, portaal.y);
  await expect(selected).toHaveText('Gekozen: Portaal');

  // Keyboard: from "Alles in beeld" the next Tab stop is outside the drawing.
  await page.getByRole('button', { name: 'Alles in beeld' }).focus();
  await page.keyboard.press('Tab');
  const inCanvas = await page.evaluate(
    () => document.activeElement?.closest('.network-graph__frame') !== null,
  );
  expect(inCanvas).toBe(false);
  await expectNoViolations(page, 'console with the wijknetwerk');
  await page.screenshot({ path: `${shotsDir}/network-console-1280.png`, fullPage: true });
});

test('the network page opens with the graph on a laptop: filters hide nodes, a click opens the record; axe passes', async ({
  browser,
  request,
}) => {
  const s = await scene(browser, request);
  const page = await s.facilitator.context.newPage();
  await page.setViewportSize(LAPTOP);
  await page.goto(`/w/${s.werkgroepId}/netwerk`);
  const canvas = page.locator('.network-graph__canvas');
  await drawn(page, '.network-graph__canvas', 7);
  await expectNoViolations(page, 'network page with the graph');
  await page.screenshot({ path: `${shotsDir}/network-page-graph-1280.png`, fullPage: true });

  await canvas.scrollIntoViewIfNeeded();
  const portaal = await spotOfColour(canvas, [0x1d, 0x4f, 0x91]);
  await page.mouse.click(portaal.x, portaal.y);
  await expect(page).toHaveURL(/[?&]open=/);
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Portaal');

  // A filter in the address (as the filter bar writes it): only "Groene gevels" is green.
  await page.goto(`/w/${s.werkgroepId}/netwerk?thema=groen`);
  await drawn(page, '.network-graph__canvas', 1);

  // The table shows the same as the graph: without a filter 4 parties + 3 initiatives (the 7 nodes),
  // with the filter only "Groene gevels".
  const rows = (section: string) => page.locator(`section[aria-labelledby="${section}"] tbody tr`);
  await page.goto(`/w/${s.werkgroepId}/netwerk?weergave=tabel`);
  await expect(rows('network-parties')).toHaveCount(4);
  await expect(rows('network-initiatives')).toHaveCount(3);
  await page.goto(`/w/${s.werkgroepId}/netwerk?weergave=tabel&thema=groen`);
  await expect(rows('network-parties')).toHaveCount(0);
  await expect(rows('network-initiatives')).toHaveText([/Groene gevels/]);

  // On a phone the graph is there when asked for (the table is the default), and nothing sticks out.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/w/${s.werkgroepId}/netwerk?weergave=netwerk`);
  await drawn(page, '.network-graph__canvas', 7);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: `${shotsDir}/network-page-graph-360.png`, fullPage: true });
});

test('the room screen shows the wijk map without tiles: outline and points, the screen’s type and contrast rules; axe', async ({
  browser,
  request,
}) => {
  const s = await scene(browser, request);
  // A wijkgrens and two initiatives with a place (the e2e server runs with MAP_STYLE_URL=none: no tiles).
  const res = await s.facilitator.context.request.put(
    `${baseURL()}/api/werkgroepen/${s.werkgroepId}/netwerk/wijkgrens`,
    {
      headers: { origin: baseURL() },
      data: {
        type: 'Polygon',
        coordinates: [
          [
            [5.09, 52.08],
            [5.13, 52.08],
            [5.13, 52.1],
            [5.09, 52.1],
            [5.09, 52.08],
          ],
        ],
      },
    },
  );
  expect(res.ok(), await res.text()).toBe(true);
  for (const [name, lon] of [
    ['Buurtmoestuin', 5.1],
    ['Koffie op het plein', 5.12],
  ] as const)
    await add(s.facilitator, s.werkgroepId, 'initiatives', {
      name,
      point: { lat: 52.09, lon },
      status: 'gepland',
    });
  const paths = await meetingOverApi(s.facilitator, s.werkgroepId, 'kaart');
  const page = await s.facilitator.context.newPage();
  await page.setViewportSize(PROJECTOR);
  await page.goto(paths.screen);
  const map = page.locator('.screen__content .wa-network-map');
  await expect(map).toHaveAttribute('data-points', '2');
  await expect(map).toHaveAttribute('data-outline-polygons', '1');
  await expect(map).toHaveClass(/wa-network-map--meeting/);
  // Only the map: drawing the wijkgrens stays on the network page, even on the facilitator's account.
  await expect(map.getByRole('button', { name: /wijkgrens tekenen/i })).toHaveCount(0);
  await expect(page.locator('.screen__content .network-screen__counts')).toContainText('5 initiatieven');
  await expect.poll(() => new ScreenPage(page).typeSizeProblems()).toEqual([]);
  expect(await lowContrastTexts(page, 7)).toEqual([]);
  await expectNoViolations(page, 'room screen with the wijk map');
  await page.screenshot({ path: `${shotsDir}/network-screen-map-1920.png` });
});
