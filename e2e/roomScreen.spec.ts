import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { roomScene, SECTION_TEXT } from './fixtures/roomScene';
import { castBallot } from './fixtures/werkgroep';
import { lowContrastTexts, ParticipantPage, ScreenPage } from './pages/MeetingPages';

const PROJECTOR = { width: 1920, height: 1080 };
/** Where the pictures go (SHOTS_DIR), and a word in their names (SHOTS_TAG, e.g. before/after). */
const shotsDir = process.env.SHOTS_DIR ?? 'test-results/screenshots';
const shotsTag = process.env.SHOTS_TAG ?? 'now';

test('the room screen at 1920×1080: a section, an open vote, a closed vote, and the console (screenshots to look at)', async ({
  browser,
  request,
}) => {
  const s = await roomScene(browser, request);
  const screen = await s.facilitator.context.newPage();
  await screen.setViewportSize(PROJECTOR);
  await screen.goto(s.paths.screen);
  await expect(screen.locator('.linked__text p').first()).toBeVisible();
  await expect(screen.locator('.join-panel__qr')).toBeVisible();
  await screen.screenshot({ path: `${shotsDir}/room-${shotsTag}-section.png` });

  await s.control({ action: 'next' });
  await expect(screen.locator('.result__table')).toBeVisible();
  await screen.screenshot({ path: `${shotsDir}/room-${shotsTag}-vote-open.png` });

  const desk = await s.facilitator.context.newPage();
  await desk.setViewportSize(PROJECTOR);
  await desk.goto(s.paths.console);
  await expect(desk.locator('.join-panel__qr')).toBeVisible();
  await desk.screenshot({ path: `${shotsDir}/room-${shotsTag}-console.png`, fullPage: true });

  await s.closeVote();
  await expect(screen.locator('.vote-status--closed')).toBeVisible();
  await screen.screenshot({ path: `${shotsDir}/room-${shotsTag}-vote-closed.png` });
  await s.facilitator.context.close();
});

test('an open vote on the room screen is a count in progress, not a result: "Gekozen" only once it is closed', async ({
  browser,
  request,
}) => {
  const s = await roomScene(browser, request);
  // Everyone has voted for the same place: closed, this would read "Gekozen".
  await castBallot(s.bram, s.werkgroepId, s.voteId, { kind: 'single', optionId: 'o1' });
  await s.control({ action: 'next' });
  const screen = await s.facilitator.context.newPage();
  await screen.setViewportSize(PROJECTOR);
  await screen.goto(s.paths.screen);
  const interim = screen.locator('.result__interim');
  await expect(interim).toHaveText('Stand tot nu toe (de stemming is nog open)');
  await expect(interim).toBeInViewport({ ratio: 1 });
  await expect(screen.locator('.result__outcome')).toContainText('Nu voorop: “Bij de Jan Campertschool”.');
  await expect(screen.locator('.screen')).not.toContainText(/Gekozen|Aangenomen|Verworpen/);
  // Big, and in the text's own colour: the back row must see that this is not the decision.
  const size = await interim.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  const title = await screen
    .locator('.screen__item-title')
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(40);
  expect(size).toBeLessThanOrEqual(title);
  expect((await lowContrastTexts(screen, 7)).filter((t) => t.includes('Stand tot nu toe'))).toEqual([]);

  await s.closeVote();
  await expect(screen.locator('.result__outcome')).toHaveText('Gekozen: “Bij de Jan Campertschool”.');
  await expect(interim).toHaveCount(0);
  // The vote's own page no longer speaks of an interim count that people see "while voting".
  const votePage = await s.facilitator.context.newPage();
  await votePage.goto(`/w/${s.werkgroepId}/stemmingen/${s.voteId}`);
  await expect(votePage.getByText('De stemming is gesloten. Dit is de uitslag.')).toBeVisible();
  await expect(votePage.getByText('Je ziet de stand tot nu toe terwijl er gestemd wordt.')).toHaveCount(0);
  await s.facilitator.context.close();
});

/** Writes a note on a board through its "Nieuwe notitie" dialog. */
async function addNote(page: Page, text: string) {
  await page.getByRole('button', { name: 'Nieuwe notitie', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe notitie' });
  await dialog.getByLabel('Tekst', { exact: true }).fill(text);
  await dialog.getByRole('button', { name: 'Notitie plaatsen' }).click();
  await expect(dialog).toBeHidden();
}

const sizeOf = (l: Locator) => l.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));

test('the room screen gives the item’s content the screen: 40 px or more, fitted to 1920×1080, 7:1 contrast; timer and code step aside', async ({
  browser,
  request,
}) => {
  const s = await roomScene(browser, request);
  const boardPage = await s.anna.context.newPage();
  await boardPage.goto(s.boardPath);
  for (const text of [
    'Een buurtbarbecue op het plein',
    'Samen de geveltuintjes water geven als het heet is',
    'Een filmavond in het park',
    'Speelstraat op woensdagmiddag',
  ])
    await addNote(boardPage, text);

  const page = await s.facilitator.context.newPage();
  await page.setViewportSize(PROJECTOR);
  await page.goto(s.paths.screen);
  const screen = new ScreenPage(page);
  const timer = page.locator('.screen__timer .meeting-timer__time');
  const code = page.locator('.join-panel__code');
  const content = page.locator('.screen__content');

  // Item 1, a section: its text large, as large as the box allows (a short text gets more than 40).
  await expect(content.locator('.linked__text p').first()).toHaveText(SECTION_TEXT[0] as string);
  await expect(content).toHaveAttribute('data-fit', 'yes');
  // The screen fits its text again when a font arrives or the content changes (next frame): wait for it to settle.
  await expect.poll(() => screen.typeSizeProblems()).toEqual([]);
  expect(await sizeOf(content.locator('.linked__text p').first())).toBeGreaterThan(40);
  expect(await lowContrastTexts(page, 7)).toEqual([]);
  const withContent = { timer: await sizeOf(timer), code: await sizeOf(code) };

  // Item 2, the open vote; item 3, the board's notes: the same promises.
  await s.control({ action: 'next' });
  await expect(content.locator('.result__table')).toBeVisible();
  await expect(content).toHaveAttribute('data-fit', 'yes');
  // The screen fits its text again when a font arrives or the content changes (next frame): wait for it to settle.
  await expect.poll(() => screen.typeSizeProblems()).toEqual([]);
  expect(await lowContrastTexts(page, 7)).toEqual([]);
  await s.control({ action: 'next' });
  await expect(content.locator('.linked__note')).toHaveCount(4);
  await expect(content).toHaveAttribute('data-fit', 'yes');
  await page.screenshot({ path: `${shotsDir}/room-${shotsTag}-board.png` });
  // The screen fits its text again when a font arrives or the content changes (next frame): wait for it to settle.
  await expect.poll(() => screen.typeSizeProblems()).toEqual([]);
  expect(await lowContrastTexts(page, 7)).toEqual([]);

  // Item 4 shows nothing: the timer and the code get their full size back.
  await s.control({ action: 'next' });
  await expect(screen.itemTitle).toHaveText('Rondvraag');
  await expect(content).toHaveCount(0);
  // The screen fits its text again when a font arrives or the content changes (next frame): wait for it to settle.
  await expect.poll(() => screen.typeSizeProblems()).toEqual([]);
  expect(await sizeOf(timer)).toBeGreaterThan(withContent.timer);
  expect(await sizeOf(code)).toBeGreaterThan(withContent.code);
  await s.facilitator.context.close();
});

test('"Wie is er" counts everyone connected to the werkgroep and says where; the parity uses that count; nobody yet is an empty bar', async ({
  browser,
  request,
}) => {
  const s = await roomScene(browser, request);
  const page = await s.facilitator.context.newPage();
  await page.setViewportSize(PROJECTOR);
  await page.goto(s.paths.screen);
  const presence = page.locator('.screen__presence');
  // Only the screen itself (a device, not a person): nobody to compare, and it says so.
  await expect(presence.locator('.presence__bar--empty')).toBeVisible();
  await expect(presence.locator('.presence__side')).toHaveCount(0);
  await expect(presence).toContainText('Nog geen bewoners of ambtenaren verbonden: de balk is leeg.');

  // Anna follows the meeting in the room; Bram, the official, reads the document on his laptop.
  const anna = await s.anna.context.newPage();
  await anna.goto(s.paths.participant);
  await new ParticipantPage(anna).where('In de zaal');
  const bram = await s.bram.context.newPage();
  await bram.goto(s.docPath);
  const [bewoners, ambtenaren] = [
    presence.locator('.presence__group').nth(0),
    presence.locator('.presence__group').nth(1),
  ];
  await expect(bewoners).toContainText('1 bewoner');
  await expect(bewoners).toContainText('1 op de bijeenkomst: 1 in de zaal, 0 op afstand');
  await expect(ambtenaren).toContainText('1 ambtenaar');
  await expect(ambtenaren).toContainText('1 in een document');
  // One of each: balanced, no warning, a bar split in two.
  await expect(presence.locator('.presence__warning')).toHaveCount(0);
  await expect(presence.locator('.presence__side')).toHaveCount(2);
  // The screen fits its text again when a font arrives or the content changes (next frame): wait for it to settle.
  await expect.poll(() => new ScreenPage(page).typeSizeProblems()).toEqual([]);
  await page.screenshot({ path: `${shotsDir}/room-${shotsTag}-presence.png` });

  // Bram moves to the vote: the screen follows him there; when he leaves, the warning comes.
  await bram.goto(`/w/${s.werkgroepId}/stemmingen/${s.voteId}`);
  await expect(ambtenaren).toContainText('1 bij een stemming');
  await bram.close();
  await expect(ambtenaren).toContainText('0 ambtenaren');
  await expect(presence.locator('.presence__warning')).toHaveText(
    'Let op: er zijn veel minder ambtenaren dan bewoners.',
  );

  // The werkgroep page's own parity bars: with nobody but the facilitator present, empty and said.
  const home = await s.facilitator.context.newPage();
  await anna.close();
  await home.goto(`/w/${s.werkgroepId}`);
  const here = home.getByRole('figure', { name: 'Nu aanwezig' });
  await expect(here.locator('.parity__bar--empty')).toBeVisible();
  await expect(here).toContainText('Nog geen bewoners of ambtenaren: de balk is leeg.');
  await s.facilitator.context.close();
});

test('the join address is the one the server knows others use; the console warns when it is this computer only', async ({
  browser,
  request,
}) => {
  const s = await roomScene(browser, request);
  // The e2e server listens on 127.0.0.1 only: its join address is a loopback one.
  const desk = await s.facilitator.context.newPage();
  await desk.goto(s.paths.console);
  const warning = desk.locator('.join-panel__warning');
  await expect(warning).toContainText(
    `Let op: het adres 127.0.0.1:${new URL(desk.url()).port}/join werkt alleen op deze computer.`,
  );
  await expectNoViolations(desk);
  // The screen never shows the warning (it is for the facilitator, not the room).
  const screen = await s.facilitator.context.newPage();
  await screen.goto(s.paths.screen);
  await expect(screen.locator('.join-panel__how')).toBeVisible();
  await expect(screen.locator('.join-panel__warning')).toHaveCount(0);

  // A server that knows its LAN address (HOST 0.0.0.0) or PUBLIC_URL: that address, no warning.
  const lan = { origin: 'http://192.168.1.20:3000', source: 'lan', loopback: false };
  for (const page of [desk, screen]) {
    await page.route('**/api/join-address', (route) => route.fulfill({ json: lan }));
    await page.reload();
    await expect(page.locator('.join-panel__how')).toHaveText(
      'Doe mee: ga naar 192.168.1.20:3000/join en typ deze code',
    );
  }
  await expect(warning).toHaveCount(0);
  await s.facilitator.context.close();
});

test('"Bijeenkomst afsluiten" asks first, in a dialog that works by keyboard; "Nee" keeps the meeting running', async ({
  browser,
  request,
}) => {
  const s = await roomScene(browser, request);
  const desk = await s.facilitator.context.newPage();
  await desk.goto(s.paths.console);
  const end = desk.getByRole('button', { name: 'Bijeenkomst afsluiten', exact: true });
  const dialog = desk.getByRole('dialog', { name: 'Bijeenkomst afsluiten?' });
  const codeWorks = async () => (await request.get(`/api/join/${s.meeting.joinCode}`)).status();

  // By keyboard: the dialog opens with "Nee" focused, so Enter keeps the meeting; Escape closes too.
  await end.focus();
  await desk.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('De code werkt dan meteen niet meer');
  await expect(dialog.getByRole('button', { name: 'Nee, doorgaan' })).toBeFocused();
  await expectNoViolations(desk);
  await desk.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(end).toBeFocused();
  await desk.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await desk.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(end).toBeFocused();
  expect(await codeWorks()).toBe(200);
  await expect(desk.getByText('Bezig', { exact: true })).toBeVisible();

  // Tab to "Ja, afsluiten" and press it: now the meeting ends and the code stops working.
  await desk.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Nee, doorgaan' })).toBeFocused();
  await desk.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Ja, afsluiten' })).toBeFocused();
  await desk.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect.poll(codeWorks).toBe(404);
  await s.facilitator.context.close();
});
