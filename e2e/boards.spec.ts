import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { sidewaysOverflow } from './fixtures/overflow';
import { type Actor, baseURL, werkgroepWith } from './fixtures/werkgroep';

async function createBoard(actor: Actor, werkgroepId: string, title: string, template = 'blank') {
  const res = await actor.context.request.post(`${baseURL()}/api/werkgroepen/${werkgroepId}/boards`, {
    headers: { origin: baseURL() },
    data: { title, template },
  });
  expect(res.ok()).toBe(true);
  return `/w/${werkgroepId}/borden/${((await res.json()) as { id: string }).id}`;
}

/** Opens a board in its own tab, in the canvas or the list view, and waits until it is in sync. */
async function openBoard(actor: Actor, path: string, view: 'canvas' | 'list' = 'canvas'): Promise<Page> {
  const page = await actor.context.newPage();
  await page.addInitScript((v) => window.localStorage.setItem('wijkatelier.boardView', v), view);
  await page.goto(path);
  await expect(page.locator('.status')).toHaveText('Alles is bewaard', { timeout: 20_000 });
  return page;
}

/** Writes a note through the "Nieuwe notitie" dialog (keyboard only). */
async function addNote(page: Page, text: string, frame?: string) {
  await page.getByRole('button', { name: 'Nieuwe notitie', exact: true }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Nieuwe notitie' });
  await expect(dialog.getByLabel('Tekst', { exact: true })).toBeFocused();
  await page.keyboard.type(text);
  if (frame) await dialog.getByLabel('In vak', { exact: true }).selectOption({ label: frame });
  await dialog.getByRole('button', { name: 'Notitie plaatsen' }).press('Enter');
  await expect(dialog).toBeHidden();
}

/** A note on the canvas, found by its text (its name also says who wrote it and where it is). */
const note = (page: Page, text: string): Locator =>
  page.getByRole('button', { name: new RegExp(`^${text}\\.`) });
const rectOf = async (item: Locator) => (await item.getAttribute('data-rect'))?.split(',').map(Number) ?? [];

test('two members write notes at the same time and see each other’s; the facilitator sorts them by keyboard only; the list view shows the same', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, [
    { role: 'bewoner', name: 'Anna' },
    { role: 'ambtenaar', name: 'Bram' },
  ]);
  const [anna, bram] = w.people as [Actor, Actor];
  const path = await createBoard(anna, w.werkgroepId, 'Ideeën voor het park');
  const [annaPage, bramPage] = await Promise.all([openBoard(anna, path), openBoard(bram, path)]);

  await Promise.all([addNote(annaPage, 'Meer bankjes'), addNote(bramPage, 'Betere verlichting')]);
  for (const page of [annaPage, bramPage]) {
    await expect(note(page, 'Meer bankjes')).toHaveAccessibleName(/Van Anna \(Bewoners\)/);
    await expect(note(page, 'Betere verlichting')).toHaveAccessibleName(/Van Bram \(Ambtenaren\)/);
  }

  // The facilitator makes a frame and moves Anna's note into it, all with the keyboard.
  const fac = await openBoard(w.facilitator, path);
  await fac.getByRole('button', { name: 'Nieuw vak' }).press('Enter');
  await fac.keyboard.type('Ideeën');
  await fac.keyboard.press('Enter');
  const frame = fac.getByRole('button', { name: /^Vak: Ideeën/ });
  await expect(frame).toBeVisible();
  await note(fac, 'Meer bankjes').focus();
  await fac.keyboard.press('Enter');
  const dialog = fac.getByRole('dialog', { name: 'Notitie bewerken' });
  await dialog.getByLabel('Verplaats naar vak').selectOption({ label: 'Ideeën' });
  await dialog.getByRole('button', { name: 'Bewaren' }).press('Enter');
  await expect(
    fac.getByRole('status').filter({ hasText: 'De notitie staat nu in vak Ideeën.' }),
  ).toBeVisible();
  await expect(note(fac, 'Meer bankjes')).toBeFocused();
  for (const page of [fac, annaPage])
    await expect(note(page, 'Meer bankjes')).toHaveAccessibleName(/In vak Ideeën/);

  // Arrow keys move a note (Shift: further); out of the frame it is loose again.
  const bankjes = note(fac, 'Meer bankjes');
  const [x0 = 0, y0 = 0] = await rectOf(bankjes);
  await fac.keyboard.press('Shift+ArrowDown');
  await expect.poll(() => rectOf(bankjes)).toEqual([x0, y0 + 100, 180, 120]);
  await expect(bankjes).toBeFocused();

  // Moving the frame by keyboard carries its note along, on everyone's screen.
  const [fx = 0, fy = 0] = await rectOf(fac.locator('.frame'));
  await frame.focus();
  await fac.keyboard.press('Shift+ArrowRight');
  await fac.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => rectOf(fac.locator('.frame'))).toEqual([fx + 200, fy, 560, 640]);
  for (const page of [fac, annaPage]) {
    await expect.poll(() => rectOf(note(page, 'Meer bankjes'))).toEqual([x0 + 200, y0 + 100, 180, 120]);
    await expect(note(page, 'Meer bankjes')).toHaveAccessibleName(/In vak Ideeën/);
  }
  await expectNoViolations(annaPage);

  // The list view: the frame is a heading with its note, Bram's note is loose on the board.
  await annaPage.getByRole('button', { name: 'Lijst' }).click();
  const ideas = annaPage.getByRole('region', { name: 'Ideeën' });
  await expect(ideas.getByRole('heading', { level: 2, name: 'Ideeën' })).toBeVisible();
  await expect(ideas.getByRole('listitem')).toHaveText([/Meer bankjes/]);
  const loose = annaPage.getByRole('region', { name: 'Los op het bord' });
  await expect(loose.getByRole('listitem')).toHaveText([/Betere verlichting/]);
  await expectNoViolations(annaPage);
  // The choice is remembered on this device (a large screen starts with the canvas otherwise).
  const again = await anna.context.newPage();
  await again.goto(path);
  await expect(again.getByRole('button', { name: 'Lijst' })).toHaveAttribute('aria-pressed', 'true');
  await again.close();

  // Every action is in the list too: Bram edits his note's text and colour, then removes it.
  await bramPage.getByRole('button', { name: 'Lijst' }).click();
  await bramPage.getByRole('button', { name: 'Bewerken: Betere verlichting' }).click();
  const edit = bramPage.getByRole('dialog', { name: 'Notitie bewerken' });
  await edit.getByLabel('Tekst', { exact: true }).fill('Betere verlichting bij het pad');
  await edit.getByRole('radio', { name: 'Blauw' }).check();
  await edit.getByRole('button', { name: 'Bewaren' }).click();
  await expect(
    annaPage.getByRole('listitem').filter({ hasText: 'Betere verlichting bij het pad' }),
  ).toContainText('Blauw');
  await bramPage.getByRole('button', { name: 'Verwijderen: Betere verlichting bij het pad' }).click();
  await bramPage
    .getByRole('dialog', { name: 'Notitie verwijderen?' })
    .getByRole('button', { name: 'Verwijderen' })
    .click();
  await expect(loose.getByRole('listitem')).toHaveCount(0);
});

test('silent round: a resident’s note stays hidden from the others until the facilitator reveals the residents’ notes', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, [
    { role: 'bewoner', name: 'Anna' },
    { role: 'ambtenaar', name: 'Bram' },
  ]);
  const [anna, bram] = w.people as [Actor, Actor];
  const path = await createBoard(w.facilitator, w.werkgroepId, 'Wat valt op?', 'goed_beter_ideeen');
  const fac = await openBoard(w.facilitator, path);
  const [annaPage, bramPage] = await Promise.all([
    openBoard(anna, path, 'list'),
    openBoard(bram, path, 'list'),
  ]);

  await fac.getByRole('button', { name: 'Stille ronde starten' }).click();
  for (const page of [annaPage, bramPage])
    await expect(page.getByText('Stille ronde: je notities zijn alleen voor jou zichtbaar')).toBeVisible();
  await addNote(annaPage, 'GEHEIM: een buurtmoestuin', 'Ideeën');
  await addNote(bramPage, 'Ambtelijk: subsidie aanvragen');
  await expect(annaPage.getByRole('listitem').filter({ hasText: 'GEHEIM' })).toContainText('Alleen voor jou');
  await expect(annaPage.locator('.status')).toHaveText('Alles is bewaard');
  await expect(bramPage.getByRole('listitem').filter({ hasText: 'Ambtelijk' })).toBeVisible();
  await expect(bramPage.getByText('GEHEIM')).toHaveCount(0);
  await expect(fac.getByText('GEHEIM')).toHaveCount(0);

  // Revealing the residents' notes shows Anna's, not yet Bram's.
  await fac.getByRole('button', { name: 'Bewoners', exact: true }).click();
  await expect(bramPage.getByRole('region', { name: 'Ideeën' }).getByRole('listitem')).toHaveText([/GEHEIM/]);
  await expect(note(fac, 'GEHEIM: een buurtmoestuin')).toHaveAccessibleName(/In vak Ideeën/);
  await expect(annaPage.getByRole('listitem').filter({ hasText: 'GEHEIM' })).not.toContainText(
    'Alleen voor jou',
  );
  await expect(annaPage.getByText('Ambtelijk')).toHaveCount(0);

  // Ending the round shows the rest.
  await fac.getByRole('button', { name: 'Stille ronde stoppen en alles laten zien' }).click();
  await expect(
    annaPage.getByRole('listitem').filter({ hasText: 'Ambtelijk: subsidie aanvragen' }),
  ).toBeVisible();
  await expect(annaPage.getByText('Stille ronde:')).toHaveCount(0);
});

test('a locked frame and a locked board cannot be changed by a resident; the timer counts down for everyone', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, [{ role: 'bewoner', name: 'Anna' }]);
  const [anna] = w.people as [Actor];
  const path = await createBoard(anna, w.werkgroepId, 'Thema’s', 'vijf_themas');
  const annaPage = await openBoard(anna, path);
  await addNote(annaPage, 'Geveltuintjes', 'Groen');
  const fac = await openBoard(w.facilitator, path);
  // The third frame is a pan away at the legible zoom the board starts at: the keyboard reaches it.
  await fac.getByRole('button', { name: 'Vak Groen op slot' }).press('Enter');
  await expect(fac.getByRole('button', { name: 'Vak Groen op slot' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // On the canvas the note is no longer a button for Anna; Enter opens nothing.
  const locked = annaPage.getByRole('group', { name: /^Geveltuintjes\..*Alleen lezen/ });
  await expect(locked).toBeVisible();
  await expect(note(annaPage, 'Geveltuintjes')).toHaveCount(0);
  await expect(annaPage.getByText('Op slot: alleen de procesbegeleider kan dit wijzigen.')).toBeVisible();
  await locked.focus();
  await annaPage.keyboard.press('Enter');
  await annaPage.keyboard.press('Delete');
  await expect(annaPage.getByRole('dialog')).toHaveCount(0);
  // A new note cannot go into the locked frame either.
  await annaPage.getByRole('button', { name: 'Nieuwe notitie', exact: true }).click();
  const dialog = annaPage.getByRole('dialog', { name: 'Nieuwe notitie' });
  await expect(dialog.getByRole('option', { name: 'Groen (op slot)' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  // In the list: no edit buttons in the locked frame; the facilitator still edits there.
  await annaPage.getByRole('button', { name: 'Lijst' }).click();
  const groen = annaPage.getByRole('region', { name: /Groen/ });
  await expect(groen.getByRole('listitem')).toHaveText([/Geveltuintjes/]);
  await expect(groen.getByRole('button')).toHaveCount(0);
  await note(fac, 'Geveltuintjes').focus();
  await fac.keyboard.press('Enter');
  await fac.getByLabel('Tekst', { exact: true }).fill('Geveltuintjes in elke straat');
  await fac.getByRole('button', { name: 'Bewaren' }).click();
  await expect(groen.getByRole('listitem')).toHaveText([/Geveltuintjes in elke straat/]);

  // A locked board: Anna reads, and cannot add.
  await fac.getByRole('button', { name: 'Bord op slot zetten' }).click();
  await expect(
    annaPage.getByText('Dit bord is op slot: alleen de procesbegeleider kan dit wijzigen.'),
  ).toBeVisible();
  await expect(annaPage.getByRole('button', { name: 'Nieuwe notitie', exact: true })).toHaveCount(0);
  await fac.getByRole('button', { name: 'Bord van slot halen' }).click();
  await expect(annaPage.getByRole('button', { name: 'Nieuwe notitie', exact: true })).toBeVisible();

  // The timer: started by the facilitator, seen counting down by Anna; paused; removed.
  await fac.getByLabel('Minuten').fill('2');
  await fac.getByRole('button', { name: 'Klok starten' }).click();
  const timer = annaPage.getByRole('timer', { name: 'Tijd over' });
  await expect(timer).toHaveText(/^(2:00|1:5\d)$/);
  await fac.getByRole('button', { name: 'Klok pauzeren' }).click();
  await expect(annaPage.getByText('gepauzeerd')).toBeVisible();
  await fac.getByRole('button', { name: 'Klok weghalen' }).click();
  await expect(timer).toHaveCount(0);
  await expectNoViolations(fac);
});

test('phones: the list view by default, nothing sideways at 320 and 360 px, touch targets of 44 px; observers read only', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, [
    { role: 'bewoner', name: 'Anna' },
    { role: 'observer', name: 'Olga' },
  ]);
  const [anna, olga] = w.people as [Actor, Actor];
  const path = await createBoard(anna, w.werkgroepId, 'Wie is er actief in Overvecht?', 'wie_is_actief');
  const page = await anna.context.newPage();
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 740 });
    await page.goto(path);
    await expect(page.getByRole('button', { name: 'Lijst' })).toHaveAttribute('aria-pressed', 'true');
    if (width === 320) await addNote(page, 'De voedselbank in de Gagelhof', 'Organisaties en verenigingen');
    await expect(page.getByRole('listitem').filter({ hasText: 'voedselbank' })).toBeVisible();
    for (const view of ['Lijst', 'Bord']) {
      await page.getByRole('button', { name: view }).click();
      const { overflow, culprits } = await sidewaysOverflow(page);
      expect(overflow, `${view} at ${width}px: ${culprits.join('; ')}`).toBeLessThanOrEqual(0);
      // Targets outside the canvas (inside it they grow and shrink with the zoom).
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            '.board-page button, .board-page a[href], .board-page input',
          ),
        ]
          .filter((el) => el.offsetParent !== null && !el.closest('.board-layer'))
          // A radio button's target is its whole label.
          .map((el) => el.closest('label') ?? el)
          .map((el) => ({ el: el.textContent?.trim() || el.tagName, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width < 44 || r.height < 44)
          .map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`),
      );
      expect(small, `${view} at ${width}px`).toEqual([]);
    }
    await page.getByRole('button', { name: 'Lijst' }).click();
  }
  await expectNoViolations(page);

  const olgaPage = await openBoard(olga, path, 'list');
  await expect(olgaPage.getByText('Je kunt dit bord bekijken, maar niet wijzigen.')).toBeVisible();
  await expect(olgaPage.getByRole('listitem').filter({ hasText: 'voedselbank' })).toBeVisible();
  await expect(olgaPage.getByRole('button', { name: /Nieuwe notitie|Bewerken|Verwijderen/ })).toHaveCount(0);
});

test('a dot round on the notes, counted per group; the winning frame becomes a section of the ambitiedocument', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, [
    { role: 'bewoner', name: 'Anna' },
    { role: 'ambtenaar', name: 'Bram' },
  ]);
  const [anna, bram] = w.people as [Actor, Actor];
  const path = await createBoard(anna, w.werkgroepId, 'Wat vinden we?', 'goed_beter_ideeen');
  const annaPage = await openBoard(anna, path, 'list');
  await addNote(annaPage, 'Een moestuin bij de school', 'Ideeën');
  await addNote(annaPage, 'Waterspeelplaats', 'Ideeën');
  await addNote(annaPage, 'Te weinig licht in de tunnel', 'Wat kan beter');

  // The facilitator starts a round with three dots each.
  const fac = await openBoard(w.facilitator, path, 'list');
  await expect(fac.getByRole('listitem').filter({ hasText: 'Waterspeelplaats' })).toBeVisible();
  await fac.getByLabel('Stippen per persoon').fill('3');
  await fac.getByRole('button', { name: 'Stippenronde starten' }).click();

  // Anna and Bram spread their dots with the + buttons (no dragging); five cannot be placed.
  const dots = async (page: Page, plan: Record<string, number>) => {
    for (const [text, n] of Object.entries(plan)) {
      for (let i = 0; i < n; i++)
        await page.getByRole('button', { name: `Eén stip meer voor “${text}”` }).click();
    }
    await page.getByRole('button', { name: 'Stippen plakken' }).click();
    await expect(page.getByText('Je stem is bewaard.')).toBeVisible();
  };
  await expect(
    annaPage.getByText('Verdeel 3 stippen over de notities die jij het belangrijkst vindt.'),
  ).toBeVisible();
  await dots(annaPage, { 'Een moestuin bij de school': 2, Waterspeelplaats: 1 });
  const bramPage = await openBoard(bram, path, 'list');
  await dots(bramPage, { 'Een moestuin bij de school': 1, 'Te weinig licht in de tunnel': 2 });
  await expect(
    bramPage.getByRole('button', { name: 'Eén stip meer voor “Waterspeelplaats”' }),
  ).toBeDisabled();

  // Every screen shows the count per group; the moestuin has most dots over both groups.
  for (const page of [annaPage, bramPage, fac]) {
    const row = page.getByRole('row', { name: /Een moestuin bij de school/ });
    await expect(row).toContainText('Nu voorop');
    await expect(row.getByRole('cell').nth(0)).toContainText('2 stippen');
    await expect(row.getByRole('cell').nth(1)).toContainText('1 stip');
  }
  await fac.getByRole('button', { name: 'Stippenronde sluiten' }).click();
  await expect(annaPage.getByRole('button', { name: 'Stippen plakken' })).toHaveCount(0);
  await expectNoViolations(fac);

  // The winning frame goes into the ambitiedocument as a new section, with a link back to the board.
  await fac.getByLabel('Wat wil je overzetten?').selectOption({ label: 'Vak: Ideeën' });
  await fac.getByRole('radio', { name: 'Als nieuw deel van het document' }).check();
  await fac.getByRole('button', { name: 'Overzetten' }).click();
  await expect(fac.getByText('Het staat in het document.')).toBeVisible();
  await fac.getByRole('link', { name: 'Open het document' }).click();
  const section = fac.getByRole('textbox', { name: 'Tekst bij Ideeën' });
  await expect(section.getByRole('listitem')).toHaveText(['Een moestuin bij de school', 'Waterspeelplaats']);
  await expect(section.getByRole('link', { name: 'Uit het bord “Wat vinden we?”' })).toHaveAttribute(
    'href',
    new RegExp(`${path}$`),
  );
});

/** Every note text and author label on the canvas, as big as it is on screen: font size × the canvas zoom. */
const textOnScreen = (page: Page) =>
  page.locator('.board-layer .note__text, .board-layer .note__author').evaluateAll((els) =>
    els.map((el) => {
      const layer = el.closest('.board-layer');
      const scale = layer ? new DOMMatrixReadOnly(getComputedStyle(layer).transform).a : 1;
      return { text: el.textContent ?? '', px: Number.parseFloat(getComputedStyle(el).fontSize) * scale };
    }),
  );

/** Whether an item on the canvas is wholly inside the canvas's visible area. */
async function shownWhole(page: Page, item: Locator): Promise<boolean> {
  const box = await item.boundingBox();
  const canvas = await page.locator('.board-viewport').boundingBox();
  if (!box || !canvas) return false;
  return (
    box.x >= canvas.x &&
    box.y >= canvas.y &&
    box.x + box.width <= canvas.x + canvas.width &&
    box.y + box.height <= canvas.y + canvas.height
  );
}

test('board notes are legible at the default zoom: fitted when that leaves text of 14 px or more, else zoomed in no further than that', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, [{ role: 'bewoner', name: 'Anna' }]);
  const [anna] = w.people as [Actor];
  // Three frames 640 × 900 side by side: fitted into a laptop screen, notes would be about 10 px.
  const big = await createBoard(anna, w.werkgroepId, 'Wat gaat goed in Overvecht?', 'goed_beter_ideeen');
  const page = await openBoard(anna, big);
  await addNote(page, 'Het buurthuis', 'Wat gaat goed');
  await addNote(page, 'Meer licht in de tunnel', 'Wat kan beter');
  await page.reload();
  await expect(note(page, 'Het buurthuis')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/board-legible-1280.png' });
  const sizes = await textOnScreen(page);
  expect(sizes.length).toBeGreaterThanOrEqual(4);
  for (const s of sizes) expect(s.px, `"${s.text}" on screen`).toBeGreaterThanOrEqual(14);
  // It starts where the board's content starts: the first frame's title and note are in sight.
  expect(await shownWhole(page, page.locator('.frame__title', { hasText: 'Wat gaat goed' }))).toBe(true);
  expect(await shownWhole(page, note(page, 'Het buurthuis'))).toBe(true);

  // A board that fits at a legible size is shown whole.
  const small = await createBoard(anna, w.werkgroepId, 'Twee ideeën');
  const smallPage = await openBoard(anna, small);
  await addNote(smallPage, 'Bankjes');
  await addNote(smallPage, 'Bomen');
  await smallPage.reload();
  expect(await shownWhole(smallPage, note(smallPage, 'Bankjes'))).toBe(true);
  expect(await shownWhole(smallPage, note(smallPage, 'Bomen'))).toBe(true);
  for (const s of await textOnScreen(smallPage))
    expect(s.px, `"${s.text}" on screen`).toBeGreaterThanOrEqual(14);
});
