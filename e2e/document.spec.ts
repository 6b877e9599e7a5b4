import { type APIRequestContext, type Browser, expect, test } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { type Actor, werkgroepWith } from './fixtures/werkgroep';
import { DocumentPage } from './pages/DocumentPage';

/** Each person has their own browser context (one context would also sync over BroadcastChannel). */
async function open(actor: Actor, path: string) {
  const doc = new DocumentPage(await actor.context.newPage());
  await doc.open(path);
  return doc;
}

async function twoPeople(browser: Browser, request: APIRequestContext) {
  const w = await werkgroepWith(browser, request, [
    { role: 'bewoner', name: 'Anna' },
    { role: 'ambtenaar', name: 'Bram' },
  ]);
  const [anna, bram] = w.people as [Actor, Actor];
  return { ...w, anna, bram };
}

test("two members type in the same document and see each other's text and caret", async ({
  browser,
  request,
}) => {
  const w = await twoPeople(browser, request);
  const anna = await open(w.anna, w.docPath);
  const bram = await open(w.bram, w.docPath);

  await anna.typeAtEnd('Samen voor Overvecht. ');
  await expect(bram.editor).toContainText('Samen voor Overvecht.');
  await bram.typeAtEnd('Meer groen in de wijk.');
  await expect(anna.editor).toContainText('Samen voor Overvecht. Meer groen in de wijk.');

  // Carets carry the member's name from the werkgroep (stamped by the server).
  await expect(anna.caretLabel('Bram')).toBeVisible();
  await expect(bram.caretLabel('Anna')).toBeVisible();
  await expect(anna.page.getByText('1 ander is hier')).toBeVisible();

  await anna.moveToEnd();
  await anna.page.keyboard.press('Enter');
  await anna.toolbarButton('Kop').click();
  await anna.page.keyboard.type('Groen');
  // (Anna's caret, with her name, sits inside the heading on Bram's screen.)
  await expect(bram.editor.locator('h2')).toHaveText(/^Groen/);

  await anna.page.reload();
  await anna.expectSaved();
  await expect(anna.editor).toContainText('Samen voor Overvecht. Meer groen in de wijk.');
  await expect(anna.editor.locator('h2')).toHaveText('Groen');

  await w.anna.context.close();
  await w.bram.context.close();
  const late = await open(w.facilitator, w.docPath);
  await expect(late.editor).toContainText('Samen voor Overvecht. Meer groen in de wijk.');
  await w.facilitator.context.close();
});

test('the toolbar works with the keyboard alone', async ({ browser, request }) => {
  const w = await twoPeople(browser, request);
  const doc = await open(w.anna, w.docPath);
  await doc.typeAtEnd('Belangrijk');
  await doc.page.keyboard.press('Shift+Home');
  await expect.poll(() => doc.page.evaluate(() => window.getSelection()?.toString())).toBe('Belangrijk');
  await doc.page.keyboard.press('Shift+Tab');
  await expect(doc.toolbarButton('Gewone tekst')).toBeFocused();
  await doc.page.keyboard.press('End');
  await expect(doc.toolbarButton('Opnieuw doen')).toBeFocused();
  await doc.page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await doc.page.keyboard.press('ArrowRight');
  await expect(doc.toolbarButton('Vet')).toBeFocused();
  await doc.page.keyboard.press('Enter');
  await expect(doc.editor.locator('strong')).toHaveText('Belangrijk');
  await expect(doc.editor).toBeFocused();
  await doc.page.keyboard.press('Shift+Tab');
  await expect(doc.toolbarButton('Vet')).toBeFocused();
  await doc.page.keyboard.press('ArrowRight');
  await expect(doc.toolbarButton('Schuin')).toBeFocused();
  await doc.page.keyboard.press('Home');
  await expect(doc.toolbarButton('Gewone tekst')).toBeFocused();
});

test('a link can be added through the link dialog', async ({ browser, request }) => {
  const w = await twoPeople(browser, request);
  const doc = await open(w.anna, w.docPath);
  await doc.editor.click();
  await doc.toolbarButton('Link').click();
  const dialog = doc.page.getByRole('dialog', { name: 'Link toevoegen' });
  await dialog.getByLabel('Webadres').fill('https://www.overvecht.nl');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(doc.editor.getByRole('link', { name: 'https://www.overvecht.nl' })).toBeVisible();
});

test('typed offline: kept on the device through a reload, sent when back online', async ({
  browser,
  request,
}) => {
  const w = await twoPeople(browser, request);
  const home = await open(w.anna, w.docPath);
  const room = await open(w.bram, w.docPath);
  await home.waitForOfflineReady();
  await home.typeAtEnd('Eerste zin. ');
  await expect(room.editor).toContainText('Eerste zin.');
  await home.expectSaved();

  await w.anna.context.setOffline(true);
  await expect(home.status).toHaveText(/Geen verbinding/);
  await home.typeAtEnd('Getypt zonder verbinding.');
  await expect(home.editor).toContainText('Getypt zonder verbinding.');
  await expect(room.editor).not.toContainText('Getypt zonder verbinding.');
  // "Kept on this device" is said once the browser's copy has the text, not before.
  await expect(home.status).toHaveText(/blijven op dit apparaat/);

  // Reload while still offline: the app comes from the service worker, the text from IndexedDB.
  await home.waitForLocalWrites();
  await home.page.reload();
  await expect(home.editor).toContainText('Eerste zin. Getypt zonder verbinding.');
  await expect(home.status).toHaveText(/Geen verbinding/);

  await w.anna.context.setOffline(false);
  await home.expectSaved();
  await expect(room.editor).toContainText('Eerste zin. Getypt zonder verbinding.', { timeout: 20_000 });
});

test('the save state goes from saving to saved after typing', async ({ browser, request }) => {
  const w = await twoPeople(browser, request);
  const doc = await open(w.anna, w.docPath);
  await doc.typeAtEnd('Een zin die bewaard moet worden.');
  await doc.expectSaved();
});

test('a table ("Wie doet wat") is shared like the rest of the text', async ({ browser, request }) => {
  const w = await twoPeople(browser, request);
  const anna = await open(w.anna, w.docPath);
  const bram = await open(w.bram, w.docPath);
  await anna.editor.click();
  await anna.toolbarButton('Tabel invoegen').click();
  await anna.page.keyboard.type('Wie');
  await anna.page.keyboard.press('Tab');
  await anna.page.keyboard.type('Wat');
  await anna.toolbarButton('Rij erbij').click();
  await expect(bram.editor.locator('table th')).toHaveCount(3);
  await expect(bram.editor.locator('table th').first()).toHaveText('Wie');
  await expect(bram.editor.locator('table tr')).toHaveCount(4);
});

test('comments: a resident asks the municipality about a passage, an official replies, it is resolved', async ({
  browser,
  request,
}) => {
  const w = await twoPeople(browser, request);
  const anna = await open(w.anna, w.docPath);
  // Bram's page lives two months ahead, so the question Anna asks now is overdue there.
  const bramPage = await w.bram.context.newPage();
  await bramPage.clock.setFixedTime(new Date(Date.now() + 60 * 86_400_000));
  const bram = new DocumentPage(bramPage);
  await bram.open(w.docPath);
  await anna.typeAtEnd('We willen meer bankjes op het plein.');
  // Select "bankjes op het plein." (21 characters) with the keyboard.
  for (let i = 0; i < 21; i++) await anna.page.keyboard.press('Shift+ArrowLeft');
  await anna.toolbarButton('Opmerking').click();
  const dialog = anna.page.getByRole('dialog', { name: 'Opmerking plaatsen' });
  await expect(dialog.getByText('“bankjes op het plein.”')).toBeVisible();
  await dialog.getByLabel('Je opmerking').fill('Wanneer komen de bankjes?');
  await dialog.getByLabel('Dit is een vraag aan de gemeente').check();
  // A date gone by is refused in plain words, and the date picker starts at today.
  const due = dialog.getByLabel('Antwoord graag vóór');
  await due.fill('2020-01-31');
  await expect(dialog.getByText('Deze datum is al voorbij. Kies vandaag of een dag daarna.')).toBeVisible();
  await expect(due).toHaveAttribute('aria-invalid', 'true');
  await anna.page.screenshot({ path: 'test-results/screenshots/comment-due-in-past-1280.png' });
  await dialog.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(dialog).toBeVisible();
  expect(await due.evaluate((el: HTMLInputElement) => el.validationMessage)).toBe(
    'Deze datum is al voorbij. Kies vandaag of een dag daarna.',
  );
  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  expect(await due.getAttribute('min')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await due.fill(inAWeek);
  await expect(due).toHaveAttribute('aria-invalid', 'false');
  await dialog.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(dialog).toBeHidden();

  // Bram sees the thread, the marked words, and the overdue question in the summary.
  const thread = bram.page.locator('.thread').first();
  await expect(thread).toContainText('Wanneer komen de bankjes?');
  await expect(thread).toContainText('te laat');
  await expect(bram.editor.locator('.comment-mark--question')).toHaveText('bankjes op het plein.');
  await expect(bram.page.getByText('Open vragen aan de gemeente: 1, waarvan te laat: 1')).toBeVisible();
  // Anna, today, sees it open but not overdue.
  await expect(anna.page.getByText('Open vragen aan de gemeente: 1, waarvan te laat: 0')).toBeVisible();

  await thread.getByLabel('Reageren').fill('In het voorjaar komen ze.');
  await thread.getByRole('button', { name: 'Versturen' }).click();
  await expect(anna.page.locator('.thread').first()).toContainText('In het voorjaar komen ze.');
  await anna.page.locator('.thread').first().getByRole('button', { name: 'Afhandelen' }).click();
  await expect(bram.page.getByText('Open vragen aan de gemeente')).toHaveCount(0);
  await expect(bram.editor.locator('.comment-mark')).toHaveCount(0);
  await expect(bram.page.getByRole('button', { name: 'Afgehandelde opmerkingen (1)' })).toBeVisible();
});

test('who wrote what: the text is coloured by role group, with each group’s share per section', async ({
  browser,
  request,
}) => {
  const w = await twoPeople(browser, request);
  const anna = await open(w.anna, w.docPath);
  const bram = await open(w.bram, w.docPath);
  await anna.typeAtEnd('Meer groen op het plein. ');
  await expect(bram.editor).toContainText('Meer groen op het plein.');
  // 5 words against 3: 62.5% and 37.5%, which plain rounding showed as 63% + 38% = 101%.
  await bram.typeAtEnd('Budget twee jaar.');
  await expect(anna.editor).toContainText('Budget twee jaar.');
  await anna.expectSaved();

  await anna.page.getByRole('button', { name: 'Laat zien wie wat schreef' }).click();
  await expect(anna.page.getByText('Woorden in dit deel: Bewoners 63%, Ambtenaren 37%')).toBeVisible();
  await expect(anna.editor.locator('[data-group="bewoners"]').first()).toContainText('Meer groen');
  await expect(anna.editor.locator('[data-group="ambtenaren"]').first()).toContainText('Budget');
  await expect(anna.editor).toHaveAttribute('contenteditable', 'false');
  await anna.page.getByRole('button', { name: 'Terug naar schrijven' }).click();
  await expect(anna.editor.locator('[data-group]')).toHaveCount(0);
  await expect(anna.editor).toHaveAttribute('contenteditable', 'true');
  await anna.typeAtEnd(' Nog een zin.');
  await expect(bram.editor).toContainText('Nog een zin.');
});

test('versions: the facilitator saves one, the text changes, it is compared and restored', async ({
  browser,
  request,
}) => {
  const w = await twoPeople(browser, request);
  const fac = await open(w.facilitator, w.docPath);
  const anna = await open(w.anna, w.docPath);
  await anna.typeAtEnd('Meer groen op het plein.');
  await fac.expectSaved();
  await expect(fac.editor).toContainText('Meer groen op het plein.');

  await fac.page.locator('summary', { hasText: 'Versies' }).click();
  await fac.page.getByLabel('Naam van de versie').fill('na bijeenkomst 3');
  await fac.page.getByRole('button', { name: 'Versie opslaan' }).click();
  await expect(fac.page.getByText('Versie “na bijeenkomst 3” is opgeslagen.')).toBeVisible();

  await anna.typeAtEnd(' En bankjes.');
  await expect(fac.editor).toContainText('En bankjes.');
  await fac.page.getByRole('button', { name: 'Vergelijk met nu' }).click();
  const compared = fac.page.locator('.version-view');
  await expect(compared.locator('.editor__content .ychange--added[data-group="bewoners"]')).toHaveText(
    ' En bankjes.',
  );
  await expect(compared.getByText('Verschil tussen versie “na bijeenkomst 3”')).toBeVisible();
  await fac.page.getByRole('button', { name: 'Terug naar het document' }).click();

  fac.page.once('dialog', (d) => void d.accept());
  await fac.page.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(anna.editor).not.toContainText('En bankjes.');
  await expect(anna.editor).toContainText('Meer groen op het plein.');
  // Anna (a resident) can view and compare, not save or restore.
  await anna.page.locator('summary', { hasText: 'Versies' }).click();
  await expect(anna.page.getByRole('button', { name: 'Bekijken' }).first()).toBeVisible();
  await expect(anna.page.getByRole('button', { name: 'Terugzetten' })).toHaveCount(0);
  await expect(anna.page.getByRole('button', { name: 'Versie opslaan' })).toHaveCount(0);
});

test('versions: "Vergelijk met nu" shows a section added since as added and one removed since as removed', async ({
  browser,
  request,
}) => {
  const w = await twoPeople(browser, request);
  const fac = await open(w.facilitator, w.docPath);
  const addSection = async (title: string, text: string) => {
    await fac.page.getByLabel('Titel van een nieuw deel').fill(title);
    await fac.page.getByRole('button', { name: 'Deel toevoegen' }).click();
    const editor = fac.page.getByRole('textbox', { name: `Tekst bij ${title}` });
    await editor.click();
    await fac.page.keyboard.type(text);
    await expect(editor).toContainText(text);
    await fac.expectSaved();
  };
  await fac.typeAtEnd('Meer groen op het plein.');
  await addSection('Verkeer', 'Drempels in de straat.');

  await fac.page.locator('summary', { hasText: 'Versies' }).click();
  await fac.page.getByLabel('Naam van de versie').fill('voor de zomer');
  await fac.page.getByRole('button', { name: 'Versie opslaan' }).click();
  await expect(fac.page.getByText('Versie “voor de zomer” is opgeslagen.')).toBeVisible();

  // After the version: "Verkeer" is removed (over the API: the page has no button for it) and "Spelen" added.
  const detail = await (await fac.page.request.get(`/api/documents/${w.documentId}`)).json();
  const verkeer = (detail.document.sections as { id: string; title: string }[]).find(
    (s) => s.title === 'Verkeer',
  );
  const removed = await fac.page.request.delete(`/api/documents/${w.documentId}/sections/${verkeer?.id}`, {
    headers: { origin: new URL(fac.page.url()).origin },
  });
  expect(removed.status()).toBe(204);
  await expect(fac.page.getByRole('textbox', { name: 'Tekst bij Verkeer' })).toHaveCount(0);
  await addSection('Spelen', 'Een speeltuin bij de school.');

  await fac.page.getByRole('button', { name: 'Vergelijk met nu' }).click();
  const compared = fac.page.locator('.version-view');
  const section = (title: string) => compared.getByRole('region', { name: title });
  await expect(compared.locator('.doc-section__title')).toHaveText([
    'Eerste deel',
    'Verkeer (Weggehaald)',
    'Spelen (Erbij gekomen)',
  ]);
  await expect(section('Spelen').locator('.ychange--added')).toHaveText('Een speeltuin bij de school.');
  await expect(section('Verkeer').locator('.ychange--removed')).toHaveText('Drempels in de straat.');
  await expect(section('Eerste deel').locator('.ychange')).toHaveCount(0);
  await expect(section('Eerste deel')).toContainText('Meer groen op het plein.');
  await fac.page.screenshot({ path: 'test-results/screenshots/version-compare-1280.png', fullPage: true });
  await expectNoViolations(fac.page, 'comparison with an added and a removed section');
});

test('the editor page passes axe (WCAG 2.1 AA) with comments, the authorship view and a comparison open', async ({
  browser,
  request,
}) => {
  const w = await twoPeople(browser, request);
  const fac = await open(w.facilitator, w.docPath);
  const anna = await open(w.anna, w.docPath);
  await anna.typeAtEnd('Meer groen op het plein.');
  await anna.page.keyboard.press('Shift+Home');
  await anna.toolbarButton('Opmerking').click();
  const dialog = anna.page.getByRole('dialog', { name: 'Opmerking plaatsen' });
  await expectNoViolations(anna.page, 'comment dialog');
  await dialog.getByLabel('Je opmerking').fill('Waar precies?');
  await dialog.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(fac.page.locator('.thread')).toContainText('Waar precies?');
  await expectNoViolations(fac.page, 'threads');
  await fac.page.getByRole('button', { name: 'Laat zien wie wat schreef' }).click();
  await expect(fac.page.getByText(/Woorden in dit deel/)).toBeVisible();
  await expectNoViolations(fac.page, 'authorship view');
  await fac.page.getByRole('button', { name: 'Terug naar schrijven' }).click();
  await fac.page.locator('summary', { hasText: 'Versies' }).click();
  await fac.page.getByLabel('Naam van de versie').fill('eerste');
  await fac.page.getByRole('button', { name: 'Versie opslaan' }).click();
  await fac.page.getByRole('button', { name: 'Vergelijk met nu' }).click();
  await expect(fac.page.locator('.version-view')).toBeVisible();
  await expectNoViolations(fac.page, 'version comparison');
});
