import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { castBallot, createVote, werkgroepWith } from './fixtures/werkgroep';
import { DocumentPage } from './pages/DocumentPage';

const PHONE = { width: 390, height: 844 };
const shots = process.env.SHOTS_DIR;

/** Whether the whole of `locator` lies in the first screen, without scrolling. */
async function expectInFirstScreen(page: Page, locator: Locator) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  const scrollY = await page.evaluate(() => window.scrollY);
  expect(scrollY).toBe(0);
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
}

test('on a phone the werkgroep menu folds, the toolbar is one row with the rest behind "Meer", and the first line of the document shows without scrolling', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, [{ role: 'bewoner', name: 'Anna' }]);
  const anna = w.people[0];
  if (!anna) throw new Error('no resident');
  // An open vote adds its notice to every page: the document must still start in the first screen.
  await createVote(w.facilitator, w.werkgroepId, {
    question: 'Waar komt de nieuwe moestuin?',
    options: ['Bij de school', 'In het park'],
    method: 'single',
    rule: 'gelijk_gewicht',
  });
  const page = await anna.context.newPage();
  await page.setViewportSize(PHONE);
  const doc = new DocumentPage(page);
  await doc.open(w.docPath);

  // The werkgroep's sections are behind a menu button that says whether it is open.
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  const sections = page.getByRole('navigation', { name: 'Werkgroep Overvecht' });
  await expect(sections.getByRole('link', { name: 'Stemmingen' })).toBeHidden();

  // The first line of the document, typed in and then read without scrolling after a fresh load.
  await doc.editor.click();
  await page.keyboard.type('Overvecht heeft veel groen.');
  await doc.expectSaved();
  await page.reload();
  await doc.expectSaved();
  await expectInFirstScreen(page, doc.editor.locator('p').first());
  if (shots) await page.screenshot({ path: `${shots}/phone-after-document-390.png` });

  // The facilitator's page has more tools (versions, export): its first line is in view too.
  const facilitatorPage = await w.facilitator.context.newPage();
  await facilitatorPage.setViewportSize(PHONE);
  const facilitatorDoc = new DocumentPage(facilitatorPage);
  await facilitatorDoc.open(w.docPath);
  await expectInFirstScreen(facilitatorPage, facilitatorDoc.editor.locator('p').first());
  if (shots) await facilitatorPage.screenshot({ path: `${shots}/phone-after-document-facilitator-390.png` });
  await facilitatorPage.close();

  // Writing: the toolbar keeps one row; the rest of its actions are in the "Meer" menu.
  await doc.editor.click();
  const toolbar = page.getByRole('toolbar', { name: 'Opmaak' });
  const buttons = toolbar.locator(':scope > button, :scope > .more-menu > button');
  const tops = await buttons.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
  expect(new Set(tops).size).toBe(1);
  const more = toolbar.getByRole('button', { name: 'Meer' });
  await expect(more).toHaveAttribute('aria-haspopup', 'menu');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expectInFirstScreen(page, doc.editor.locator('p').first());

  // By keyboard only: into the toolbar, to "Meer", open it, choose "Genummerde lijst".
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.getByRole('button', { name: 'Vet' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const list = page.getByRole('menu', { name: 'Meer' });
  for (const name of ['Gewone tekst', 'Titel', 'Kop', 'Tussenkop', 'Genummerde lijst', 'Tabel invoegen'])
    await expect(list.getByRole('menuitemcheckbox', { name, exact: true })).toBeVisible();
  await expect(list.getByRole('menuitem', { name: 'Opnieuw doen' })).toBeVisible();
  if (shots) await page.screenshot({ path: `${shots}/phone-after-document-menu-390.png` });
  await expectNoViolations(page, 'toolbar menu open on a phone');
  await page.keyboard.press('Escape');
  await expect(more).toBeFocused();
  await expect(list).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('menuitemcheckbox', { name: 'Gewone tekst' })).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('menuitemcheckbox', { name: 'Genummerde lijst' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await expect(doc.editor.locator('ol')).toHaveCount(1);

  // The werkgroep menu by keyboard: open it, every section is reachable, Escape folds it.
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('Jij bent Anna, Bewoner')).toBeVisible();
  for (const name of ['Werkgroep', 'Documenten', 'Borden', 'Stemmingen', 'Besluiten', 'Bijeenkomsten']) {
    await page.keyboard.press('Tab');
    await expect(sections.getByRole('link', { name, exact: true })).toBeFocused();
  }
  if (shots) await page.screenshot({ path: `${shots}/phone-after-menu-open-390.png` });
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await menu.click();
  await sections.getByRole('link', { name: 'Stemmingen' }).click();
  await expect(page).toHaveURL(/\/stemmingen$/);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expectNoViolations(page, 'votes list on a phone');

  // Narrower phones: the toolbar's row still fits, nothing scrolls sideways.
  await page.goto(w.docPath);
  for (const width of [360, 320]) {
    await page.setViewportSize({ width, height: 740 });
    await doc.editor.click();
    await expect(toolbar.getByRole('button', { name: 'Meer' })).toBeVisible();
    const fits = await toolbar.evaluate((el) => ({
      toolbar: el.scrollWidth <= el.clientWidth,
      page: document.documentElement.scrollWidth <= window.innerWidth,
    }));
    expect(fits, `at ${width}px`).toEqual({ toolbar: true, page: true });
  }

  // On a laptop nothing folds: the sections are in view and there is no menu button.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(menu).toBeHidden();
  await expect(sections.getByRole('link', { name: 'Documenten' })).toBeVisible();
  await page.goto(w.docPath);
  await doc.editor.click();
  await expect(toolbar.getByRole('button', { name: 'Meer' })).toHaveCount(0);
  await expect(toolbar.getByRole('button', { name: 'Genummerde lijst' })).toBeVisible();
});

test('on a phone the ballot of a vote comes first and its details fold', async ({ browser, request }) => {
  const w = await werkgroepWith(browser, request, [
    { role: 'bewoner', name: 'Anna' },
    { role: 'ambtenaar', name: 'Bram' },
  ]);
  const [anna, bram] = w.people;
  if (!anna || !bram) throw new Error('people missing');
  const voteId = await createVote(w.facilitator, w.werkgroepId, {
    question: 'Waar komt de nieuwe moestuin?',
    explanation: 'De gemeente heeft drie plekken gevonden. Welke heeft jouw voorkeur?',
    options: ['Bij de school', 'In het Gagelbos', 'Op het plein bij de bibliotheek', 'Achter het buurthuis'],
    method: 'single',
    rule: 'gelijk_gewicht',
  });
  await castBallot(bram, w.werkgroepId, voteId, { kind: 'single', optionId: 'o2' });
  const page = await anna.context.newPage();
  await page.setViewportSize(PHONE);
  await page.goto(`/w/${w.werkgroepId}/stemmingen/${voteId}`);
  const ballot = page.getByRole('region', { name: 'Jouw stem' });
  await expectInFirstScreen(page, ballot.getByRole('button', { name: 'Stem uitbrengen' }));
  await expectInFirstScreen(page, ballot.getByRole('radio', { name: 'Achter het buurthuis' }));
  // The details are there, folded: the result table and how the vote works.
  const table = page.getByRole('table');
  await expect(table).toBeHidden();
  await page.getByText('De cijfers per groep', { exact: true }).click();
  await expect(table).toBeVisible();
  await expect(page.getByText('Hoe we tellen', { exact: true })).toBeHidden();
  await page.getByText('Hoe werkt deze stemming?', { exact: true }).click();
  await expect(page.getByText('Hoe we tellen', { exact: true })).toBeVisible();
  await expectNoViolations(page, 'vote page on a phone');
  if (shots) await page.screenshot({ path: `${shots}/phone-after-vote-390.png`, fullPage: true });

  // On a laptop the details are open from the start.
  const wide = await anna.context.newPage();
  await wide.setViewportSize({ width: 1280, height: 800 });
  await wide.goto(`/w/${w.werkgroepId}/stemmingen/${voteId}`);
  await expect(wide.getByRole('table')).toBeVisible();
});
