/**
 * Screenshots of the main screens at phone, laptop and projector sizes, for looking at what we
 * build (not a test), into test-results/screenshots/; the laptop shot of a document also becomes
 * the README's picture (docs/screenshot-document.png). Run against a running app started with an
 * ADMIN_TOKEN: `ADMIN_TOKEN=... npm run screenshots` (BASE_URL defaults to http://127.0.0.1:3000).
 */
import fs from 'node:fs';
import { type BrowserContext, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const adminToken = process.env.ADMIN_TOKEN ?? '';
const out = 'test-results/screenshots';
const sizes = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
];

async function post<T>(context: BrowserContext, path: string, data: unknown, token?: string): Promise<T> {
  const res = await context.request.post(`${base}${path}`, {
    data,
    headers: token ? { authorization: `Bearer ${token}` } : { origin: base },
  });
  if (!res.ok()) throw new Error(`${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}
const code = (url: string) => url.split('/').pop() ?? '';

type Browser = Awaited<ReturnType<typeof chromium.launch>>;
type Size = (typeof sizes)[number];

/** A werkgroep with its facilitator signed in; `join` adds a member in a context of their own. */
async function setUpWerkgroep(browser: Browser) {
  const facilitator = await browser.newContext();
  const created = await post<{ werkgroep: { id: string }; facilitatorInvite: { url: string } }>(
    facilitator,
    '/api/werkgroepen',
    { name: 'Werkgroep Overvecht', wijk: 'Overvecht', gemeente: 'Utrecht' },
    adminToken,
  );
  const w = created.werkgroep.id;
  await post(facilitator, `/api/invites/${code(created.facilitatorInvite.url)}/accept`, {
    displayName: 'Fatima',
    consent: true,
  });
  const join = async (role: string, name: string) => {
    const context = await browser.newContext();
    const invite = await post<{ url: string }>(facilitator, `/api/werkgroepen/${w}/invites`, { role });
    await post(context, `/api/invites/${code(invite.url)}/accept`, { displayName: name, consent: true });
    return context;
  };
  return { facilitator, w, join };
}
type Werkgroep = Awaited<ReturnType<typeof setUpWerkgroep>>;

/** A document with some text Bram (an official) typed; returns its page path. */
async function writeDocument({ facilitator, w, join }: Werkgroep) {
  const bram = await join('ambtenaar', 'Bram');
  const doc = await post<{ id: string }>(facilitator, `/api/werkgroepen/${w}/documents`, {
    title: 'Ambitiedocument Overvecht',
    kind: 'ambitiedocument',
  });
  const docPath = `/w/${w}/d/${doc.id}`;
  const bramPage = await bram.newPage();
  await bramPage.goto(`${base}${docPath}`);
  const editor = bramPage.getByRole('textbox', { name: 'Tekst bij Onze wijk nu' });
  await editor.click();
  await bramPage.keyboard.type(
    'Overvecht is een wijk met veel groen en veel verschillende mensen. Bewoners willen meer plekken om elkaar te ontmoeten.',
  );
  return docPath;
}

/** A parity-weighted vote, open, with a few ballots in; returns its id. */
async function openVote({ facilitator, w, join }: Werkgroep) {
  const vote = await post<{ id: string }>(facilitator, `/api/werkgroepen/${w}/votes`, {
    question: 'Waar komt de nieuwe moestuin?',
    explanation: 'De gemeente heeft twee plekken gevonden. Welke heeft jouw voorkeur?',
    options: ['Bij de Jan Campertschool', 'In het Gagelbos', 'Op het plein bij de bibliotheek'],
    method: 'single',
    rule: 'gelijk_gewicht',
    partnersAdvise: true,
  });
  await facilitator.request.patch(`${base}/api/werkgroepen/${w}/votes/${vote.id}`, {
    data: { status: 'open' },
    headers: { origin: base },
  });
  const ballot = async (role: string, name: string, optionId: string) => {
    const voter = await join(role, name);
    await post(voter, `/api/werkgroepen/${w}/votes/${vote.id}/ballot`, { kind: 'single', optionId });
    await voter.close();
  };
  await ballot('bewoner', 'Karim', 'o1');
  await ballot('bewoner', 'Lotte', 'o1');
  await ballot('bewoner', 'Mees', 'o2');
  await ballot('ambtenaar', 'Nadia', 'o2');
  await ballot('partner', 'Woonstichting', 'o3');
  return vote.id;
}

/** The welcome, werkgroep, document and vote screens at one size, as a resident and as the facilitator. */
async function shootSize(browser: Browser, g: Werkgroep, size: Size, docPath: string, votePath: string) {
  const { facilitator, w, join } = g;
  const anna = await join('bewoner', `Anna ${size.name}`);
  const page = await anna.newPage();
  await page.setViewportSize({ width: size.width, height: size.height });
  const visitor = await (await browser.newContext({ viewport: size })).newPage();
  await visitor.goto(base);
  await visitor.screenshot({ path: `${out}/welcome-${size.name}.png`, fullPage: true });
  await page.goto(`${base}/w/${w}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: `${out}/werkgroep-${size.name}.png`, fullPage: true });
  await page.goto(`${base}${docPath}`);
  await page.locator('.status').filter({ hasText: 'bewaard' }).waitFor();
  await page.getByRole('textbox', { name: 'Tekst bij Onze wijk nu' }).locator('p').first().waitFor();
  if (size.name === 'laptop') await page.screenshot({ path: 'docs/screenshot-document.png' });
  await page.screenshot({ path: `${out}/document-${size.name}.png`, fullPage: true });
  const fac = await facilitator.newPage();
  await fac.setViewportSize({ width: size.width, height: size.height });
  await fac.goto(`${base}/w/${w}`);
  await fac.getByRole('heading', { level: 1 }).waitFor();
  await fac.screenshot({ path: `${out}/werkgroep-facilitator-${size.name}.png`, fullPage: true });
  await page.goto(`${base}${votePath}`);
  await page.getByText('De cijfers per groep').first().waitFor(); // folded on a phone: the summary shows
  await page.screenshot({ path: `${out}/vote-resident-${size.name}.png`, fullPage: true });
  await fac.goto(`${base}${votePath}`);
  await fac.getByText('De cijfers per groep').first().waitFor();
  await fac.screenshot({ path: `${out}/vote-facilitator-${size.name}.png`, fullPage: true });
  await fac.goto(`${base}/w/${w}/stemmingen/nieuw`);
  await fac.getByRole('heading', { level: 1 }).waitFor();
  await fac.screenshot({ path: `${out}/vote-new-${size.name}.png`, fullPage: true });
  await fac.close();
  await anna.close();
}

/** Closes the vote with a decision and shoots the besluitenlijst at every size. */
async function shootDecisions({ facilitator, w }: Werkgroep, voteId: string) {
  await facilitator.request.patch(`${base}/api/werkgroepen/${w}/votes/${voteId}`, {
    data: {
      status: 'closed',
      decisionText:
        'De moestuin komt in het Gagelbos. De gemeente zoekt samen met de school een tweede plek.',
    },
    headers: { origin: base },
  });
  for (const size of sizes) {
    const page = await facilitator.newPage();
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(`${base}/w/${w}/besluiten`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.screenshot({ path: `${out}/decisions-${size.name}.png`, fullPage: true });
    await page.close();
  }
}

async function main() {
  if (!adminToken) throw new Error('Set ADMIN_TOKEN to the token the running server was started with.');
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const g = await setUpWerkgroep(browser);
  const docPath = await writeDocument(g);
  const voteId = await openVote(g);
  const votePath = `/w/${g.w}/stemmingen/${voteId}`;
  for (const size of sizes) await shootSize(browser, g, size, docPath, votePath);
  await shootDecisions(g, voteId);
  await browser.close();
  console.log(`screenshots in ${out}/`);
}

void main();
