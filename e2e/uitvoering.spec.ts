import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { expectNoViolations } from './fixtures/axe';
import { sidewaysOverflow } from './fixtures/overflow';
import { type Actor, baseURL, werkgroepWith } from './fixtures/werkgroep';
import { UitvoeringPage } from './pages/UitvoeringPage';

const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };
const PROJECTOR = { width: 1920, height: 1080 };
const SHOTS = 'test-results/screenshots';
const origin = () => ({ origin: baseURL() });

async function post<T>(actor: Actor, path: string, data: unknown): Promise<T> {
  const res = await actor.context.request.post(`${baseURL()}${path}`, { headers: origin(), data });
  if (!res.ok()) throw new Error(`${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A phone photo: 3000×2000, with where it was taken (GPS) in its EXIF. */
const phonePhoto = () =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#4a8f3c' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'Telefoon' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 6/1 0/1' } })
    .toBuffer();

const AMBITIONS = ['Veilig over straat', 'Groen en koel', 'Gezond opgroeien'];
const PLAN = [
  {
    title: 'Speeltuin Zambesidreef opknappen',
    theme: 'Leefbaar',
    section: 0,
    start: '2027-03-01',
    end: '2027-09-30',
    lead: true,
  },
  { title: 'Meer licht in de tunnel', theme: 'Veilig', section: 0, start: '2027-01-15', end: '2027-04-30' },
  { title: 'Buurtpreventie-app', theme: 'Veilig', section: 0, start: '2027-05-01', end: '2027-12-31' },
  {
    title: 'Geveltuinen langs de Amazonedreef',
    theme: 'Groen',
    section: 1,
    start: '2027-04-01',
    end: '2027-06-30',
    lead: true,
  },
  { title: 'Honderd nieuwe bomen', theme: 'Groen', section: 1, start: '2027-10-01', end: '2028-03-31' },
  {
    title: 'Gratis sport op woensdag',
    theme: 'Gezond',
    section: 2,
    start: '2027-02-01',
    end: '2027-12-31',
    lead: true,
  },
  { title: 'Gezonde lunch op school', theme: 'Gezond', section: 2, start: '2027-08-20', end: '2028-06-30' },
  {
    title: 'Taalcafé in de bibliotheek',
    theme: 'Gelijke kansen',
    section: 2,
    start: '2027-01-10',
    end: '2027-12-20',
  },
] as const;

test('a facilitator builds a plan of 8 acties; a partner posts an update with a photo from a phone; everyone sees it live', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const w = await werkgroepWith(browser, (await browser.newContext()).request, [
    { role: 'partner', name: 'Pieter' },
    { role: 'bewoner', name: 'Bea' },
  ]);
  const [partner, bewoner] = w.people as [Actor, Actor];
  // The document's ambitions, a party the partner speaks for, and two afspraken of the wijkakkoord.
  for (const title of AMBITIONS)
    await post(w.facilitator, `/api/documents/${w.documentId}/sections`, { title });
  await post(w.facilitator, `/api/werkgroepen/${w.werkgroepId}/netwerk/parties`, {
    name: 'Buurtteam Overvecht',
    kind: 'zorg_welzijn',
    memberIds: [partner.memberId],
  });
  for (const what of ['Elke buurt een plek om te spelen', 'Groen in elke straat'])
    await post(w.facilitator, `/api/werkgroepen/${w.werkgroepId}/akkoord/afspraken`, { what });

  const fac = new UitvoeringPage(await w.facilitator.context.newPage());
  const pieter = new UitvoeringPage(await partner.context.newPage());
  const bea = new UitvoeringPage(await bewoner.context.newPage());
  await fac.page.setViewportSize(LAPTOP);
  await pieter.page.setViewportSize(PHONE);
  await bea.page.setViewportSize(PHONE);
  await bea.goto(w.werkgroepId);
  await expect(bea.page.getByText('Er staan nog geen acties in het plan.')).toBeVisible();
  await expect(bea.page.getByText('Dit is je eerste bezoek aan het plan.')).toBeVisible();
  await fac.goto(w.werkgroepId);
  await expect(fac.heading).toBeVisible();

  // The form, to look at.
  await fac.page.getByRole('button', { name: 'Nieuwe actie' }).click();
  fs.mkdirSync(SHOTS, { recursive: true });
  await fac.page.screenshot({ path: `${SHOTS}/uitvoering-form.png`, fullPage: true });
  await fac.page.getByRole('button', { name: 'Annuleren' }).click();
  for (const [i, a] of PLAN.entries())
    await fac.addActie({
      title: a.title,
      theme: a.theme,
      section: `${AMBITIONS[a.section]} (Ambitiedocument Overvecht)`,
      afspraak:
        i < 4 ? (i % 2 === 0 ? '1. Elke buurt een plek om te spelen' : '2. Groen in elke straat') : undefined,
      lead: 'lead' in a ? 'Buurtteam Overvecht' : undefined,
      start: a.start,
      end: a.end,
      milestone: i === 0 ? { day: '2027-05-15', label: 'Ontwerp klaar' } : undefined,
      nietBeloven: i === 0 ? 'Geen voetbalkooi: daar is geen plek voor.' : undefined,
      publish: i === 0,
    });
  // Live: the resident on her phone sees all eight without reloading, per theme in order of start.
  await expect(bea.acties).toHaveCount(8);
  const veilig = bea.page.getByRole('region', { name: /^Veilig/ });
  await expect(veilig.getByRole('heading', { level: 3 })).toHaveText([
    'Meer licht in de tunnel',
    'Buurtpreventie-app',
  ]);
  await expect(fac.page.getByRole('region', { name: 'Planning op een tijdlijn' })).toBeVisible();
  await expectNoViolations(fac.page, 'uitvoering (facilitator, laptop)');

  // The partner speaks for the lead party: he may post on its acties, not on others.
  await pieter.goto(w.werkgroepId);
  await expect(pieter.acties).toHaveCount(8);
  await pieter.openDetails('Meer licht in de tunnel');
  await expect(
    pieter.actie('Meer licht in de tunnel').getByRole('button', { name: 'Bericht plaatsen' }),
  ).toHaveCount(0);
  const photo = { name: 'speeltuin.jpg', buffer: await phonePhoto(), alt: 'Nieuwe schommel in de speeltuin' };
  await pieter.postUpdate(
    'Speeltuin Zambesidreef opknappen',
    'De schommels staan er. Volgende week de bankjes.',
    photo,
  );
  expect((await sidewaysOverflow(pieter.page)).overflow).toBe(0);
  fs.mkdirSync(SHOTS, { recursive: true });
  await pieter.page.screenshot({ path: `${SHOTS}/uitvoering-phone-details.png`, fullPage: true });
  await expectNoViolations(pieter.page, 'uitvoering (partner, phone, details open)');

  // The resident sees the update live in the list, with the photo and its description.
  const speeltuin = bea.actie('Speeltuin Zambesidreef opknappen');
  await expect(speeltuin.getByText('De schommels staan er. Volgende week de bankjes.')).toBeVisible();
  const img = speeltuin.getByRole('img', { name: photo.alt });
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1600);
  // The next visit says what changed since the last one (kept on the server).
  const visited = () =>
    bea.page.waitForResponse(
      (r) => r.url().endsWith('/uitvoering/bezoek') && r.request().method() === 'POST',
    );
  let marked = visited();
  await bea.page.reload();
  await marked;
  await expect(
    bea.page.getByRole('link', { name: 'Nieuwe actie: Speeltuin Zambesidreef opknappen' }),
  ).toBeVisible();
  await expect(bea.page.getByText('En nog 1 verandering.')).toBeVisible();
  await expect(
    bea.page.getByRole('link', { name: 'Nieuw bericht bij Speeltuin Zambesidreef opknappen' }),
  ).toBeVisible();
  marked = visited();
  await bea.page.reload();
  await marked;
  await expect(
    bea.page.getByText('Er is niets veranderd sinds je laatste bezoek', { exact: false }),
  ).toBeVisible();
  await fac.page.reload();
  await expect(
    fac.page.getByRole('link', { name: 'Nieuw bericht bij Speeltuin Zambesidreef opknappen' }),
  ).toBeVisible();
  expect((await sidewaysOverflow(bea.page)).overflow).toBe(0);
  await expectNoViolations(bea.page, 'uitvoering (bewoner, phone)');

  // An agenda item points at the actie (chosen in the agenda editor); the room screen shows its status and
  // latest update in big type, and follows a change of status live.
  const plan = await w.facilitator.context.newPage();
  await plan.setViewportSize(LAPTOP);
  await plan.goto(`/w/${w.werkgroepId}/bijeenkomsten`);
  await plan.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
  await plan.getByLabel('Naam van de bijeenkomst').fill('Werkgroep maart');
  const item = plan.getByRole('group', { name: 'Punt 1' });
  await item.getByLabel('Onderwerp').fill('Hoe gaat het met de speeltuin?');
  await item.getByLabel('Minuten').fill('10');
  await item
    .getByLabel('Laat zien op het scherm')
    .selectOption({ label: 'Speeltuin Zambesidreef opknappen' });
  await plan.getByRole('button', { name: 'Bijeenkomst plannen' }).last().click();
  await plan.getByRole('link', { name: 'Naar de console' }).click();
  await plan.getByRole('button', { name: 'Bijeenkomst beginnen' }).click();
  const screen = await w.facilitator.context.newPage();
  await screen.setViewportSize(PROJECTOR);
  await screen.goto(`${new URL(plan.url()).pathname.replace(/\/console$/, '')}/scherm`);
  const linked = screen.locator('.linked--actie');
  await expect(linked.getByText('Speeltuin Zambesidreef opknappen')).toBeVisible();
  await expect(linked.locator('[data-status]')).toHaveText('Gepland');
  await expect(linked.getByText('De schommels staan er. Volgende week de bankjes.')).toBeVisible();
  await pieter.openDetails('Speeltuin Zambesidreef opknappen');
  await pieter
    .actie('Speeltuin Zambesidreef opknappen')
    .getByRole('button', { name: 'Actie aanpassen' })
    .click();
  const edit = pieter.page.getByRole('form', { name: 'Speeltuin Zambesidreef opknappen aanpassen' });
  await edit.getByLabel('Stand van zaken').selectOption({ label: 'Vertraagd' });
  await edit.getByRole('button', { name: 'Actie opslaan' }).click();
  // A delayed actie says why: the form asks, the same rule as the server's.
  await expect(edit.getByText('Schrijf op waarom het vertraagd of gestopt is.')).toBeVisible();
  await edit
    .getByLabel('Waarom is het vertraagd of gestopt?')
    .fill('De leverancier is te laat met de bankjes.');
  await edit.getByRole('button', { name: 'Actie opslaan' }).click();
  await expect(edit).toHaveCount(0);
  await expect(linked.locator('[data-status]')).toHaveText('Vertraagd');
  await expect(linked.getByText('De leverancier is te laat met de bankjes.', { exact: false })).toBeVisible();
  await expectNoViolations(screen, 'room screen with an actie');
  fs.mkdirSync(SHOTS, { recursive: true });
  await screen.screenshot({ path: `${SHOTS}/uitvoering-screen.png` });

  // Screenshots to look at, and the A3 print.
  fs.mkdirSync(SHOTS, { recursive: true });
  await bea.page.screenshot({ path: `${SHOTS}/uitvoering-phone.png`, fullPage: true });
  await fac.page.screenshot({ path: `${SHOTS}/uitvoering-laptop.png`, fullPage: true });
  await fac.page.emulateMedia({ media: 'print' });
  await expect(fac.page.getByRole('region', { name: 'Planning op een tijdlijn' })).toBeVisible();
  const pdf = await fac.page.pdf({
    path: `${SHOTS}/uitvoering-a3.pdf`,
    preferCSSPageSize: true,
    printBackground: true,
  });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  await fac.page.screenshot({ path: `${SHOTS}/uitvoering-print.png`, fullPage: true });
});
