/**
 * `npm run size:wire`: what a browser really downloads. Runs the built client (dist/client) on a real
 * server, opens the invite, document and room-screen pages in Chromium, each in a fresh browser
 * (empty cache, no service worker yet), and sums the bytes received per kind of file as Chromium's
 * network layer counts them (CDP Network.loadingFinished encodedDataLength: compressed body plus
 * response headers). The service worker's background download of the rest of the app for offline use
 * starts after the page has loaded and is not counted here.
 */
import { type CDPSession, chromium, type Page, request } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { startMeeting } from '../e2e/fixtures/meeting';
import {
  createDocument,
  createVote,
  E2E_ADMIN_TOKEN,
  inviteUrl,
  werkgroepWith,
} from '../e2e/fixtures/werkgroep';
import { startTestServer } from '../server/test/startTestServer';

type Kind = 'JavaScript' | 'CSS' | 'fonts' | 'HTML' | 'API (JSON)' | 'other';
const KINDS: Kind[] = ['JavaScript', 'CSS', 'fonts', 'HTML', 'API (JSON)', 'other'];

function kindOf(mime: string): Kind {
  if (/javascript/.test(mime)) return 'JavaScript';
  if (/css/.test(mime)) return 'CSS';
  if (/font|woff/.test(mime)) return 'fonts';
  if (/html/.test(mime)) return 'HTML';
  if (/json/.test(mime)) return 'API (JSON)';
  return 'other';
}

/** Bytes received per kind of file while `load` runs and the network then goes quiet. */
async function measure(page: Page, load: () => Promise<void>): Promise<Record<Kind, number>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const mimes = new Map<string, string>();
  const totals = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  cdp.on('Network.responseReceived', (e) => {
    mimes.set(e.requestId, e.response.mimeType);
    if (process.env.WIRE_VERBOSE) console.log(e.response.mimeType, e.response.url);
  });
  cdp.on('Network.loadingFinished', (e) => {
    totals[kindOf(mimes.get(e.requestId) ?? '')] += e.encodedDataLength;
  });
  await load();
  await page.waitForLoadState('networkidle');
  await cdp.detach();
  return totals;
}

const server = await startTestServer({ config: { clientDir: 'dist/client', adminToken: E2E_ADMIN_TOKEN } });
// The e2e fixtures address the server through E2E_PORT.
process.env.E2E_PORT = String(server.port);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const api = await request.newContext();
try {
  const w = await werkgroepWith(browser, api, [
    { role: 'bewoner', name: 'Anna' },
    { role: 'ambtenaar', name: 'Dirk' },
  ]);
  const documentId = await createDocument(w.facilitator, w.werkgroepId);
  const voteId = await createVote(w.facilitator, w.werkgroepId, {
    question: 'Waar komt de moestuin?',
    options: ['Bij de school', 'In het park', 'Achter de flat', 'Bij de kerk', 'Op het plein', 'Nergens'],
    method: 'single',
    rule: 'gelijk_gewicht',
  });
  const meeting = await startMeeting(w.facilitator, w.werkgroepId, {
    title: 'Bijeenkomst 5',
    date: '2026-12-17',
    agenda: [{ title: 'Waar komt de moestuin?', minutes: 10, link: { kind: 'vote', voteId } }],
  });
  const invite = new URL(await inviteUrl(w.facilitator, w.werkgroepId, 'bewoner')).pathname;
  const cookies = await w.facilitator.context.storageState();

  const pages: {
    name: string;
    path: string;
    viewport: { width: number; height: number };
    signedIn: boolean;
  }[] = [
    {
      name: 'invite link (phone, 390×844)',
      path: invite,
      viewport: { width: 390, height: 844 },
      signedIn: false,
    },
    {
      name: 'document (phone, 390×844)',
      path: `/w/${w.werkgroepId}/d/${documentId}`,
      viewport: { width: 390, height: 844 },
      signedIn: true,
    },
    {
      name: 'room screen (projector, 1920×1080)',
      path: `/w/${w.werkgroepId}/bijeenkomsten/${meeting.id}/scherm`,
      viewport: { width: 1920, height: 1080 },
      signedIn: true,
    },
  ];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`| page | ${KINDS.join(' | ')} | total |`);
  console.log(`|---|${KINDS.map(() => '---:').join('|')}|---:|`);
  for (const p of pages) {
    // A fresh browser context: nothing cached, no service worker, the session cookie only when signed in.
    const context = await browser.newContext({
      viewport: p.viewport,
      locale: 'nl-NL',
      ...(p.signedIn ? { storageState: cookies } : {}),
    });
    const page = await context.newPage();
    const totals = await measure(page, async () => {
      await page.goto(`${server.url}${p.path}`);
      await page.locator('main h1, .screen').first().waitFor();
    });
    const sum = KINDS.reduce((s, k) => s + totals[k], 0);
    console.log(`| ${p.name} | ${KINDS.map((k) => kb(totals[k])).join(' | ')} | ${kb(sum)} |`);
    await context.close();
  }
  console.log('\nBytes as received by Chromium (compressed bodies plus response headers), KB = 1024 bytes.');
} finally {
  await api.dispose();
  await browser.close();
  await server.cleanup();
}
