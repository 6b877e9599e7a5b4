import { expect, test } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { startMeeting } from './fixtures/meeting';
import { type Actor, castBallot, createVote, werkgroepWith } from './fixtures/werkgroep';
import {
  ConsolePage,
  ParticipantPage,
  parseClock,
  readTimers,
  ScreenPage,
  sidewaysOverflow,
  smallTargets,
} from './pages/MeetingPages';

const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1366, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };

test('a meeting in the room and at home: console, room screen and a phone follow the agenda, timer, hands and a vote', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const w = await werkgroepWith(browser, request, [
    { role: 'bewoner', name: 'Anna' },
    { role: 'ambtenaar', name: 'Dirk' },
  ]);
  const [anna, dirk] = w.people as [Actor, Actor];
  const voteId = await createVote(
    w.facilitator,
    w.werkgroepId,
    {
      question: 'Waar komt de moestuin?',
      options: ['Bij de school', 'In het park'],
      method: 'single',
      rule: 'gelijk_gewicht',
    },
    'draft',
  );
  const meetingsPath = `/w/${w.werkgroepId}/bijeenkomsten`;

  // The facilitator plans the meeting in the form: three items, the second shows the (draft) vote.
  const fac = await w.facilitator.context.newPage();
  await fac.setViewportSize(LAPTOP);
  await fac.goto(meetingsPath);
  await fac.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
  await fac.getByLabel('Naam van de bijeenkomst').fill('Bijeenkomst 3');
  await fac.getByLabel('Plaats', { exact: true }).fill('Buurthuis De Boog');
  const items = [
    { title: 'Welkom', minutes: '5', link: null },
    { title: 'Waar komt de moestuin?', minutes: '10', link: 'Waar komt de moestuin?' },
    { title: 'Rondvraag', minutes: '5', link: null },
  ];
  for (const [i, item] of items.entries()) {
    if (i > 0) await fac.getByRole('button', { name: 'Punt toevoegen' }).click();
    const group = fac.getByRole('group', { name: `Punt ${i + 1}` });
    await group.getByLabel('Onderwerp').fill(item.title);
    await group.getByLabel('Minuten').fill(item.minutes);
    if (item.link) await group.getByLabel('Laat zien op het scherm').selectOption({ label: item.link });
  }
  await expectNoViolations(fac);
  await fac.getByRole('button', { name: 'Bijeenkomst plannen' }).last().click();
  await expect(fac.getByText('“Bijeenkomst 3” is bewaard.')).toBeVisible();
  await fac.getByRole('link', { name: 'Naar de console' }).click();
  const desk = new ConsolePage(fac);
  await desk.button('Bijeenkomst beginnen').click();
  await expect(desk.itemTitle).toHaveText('Welkom');

  // The room screen, on the projector laptop (the facilitator's account, a window of its own).
  const screenPage = await w.facilitator.context.newPage();
  await screenPage.setViewportSize(PROJECTOR);
  await screenPage.goto(`${new URL(fac.url()).pathname.replace(/\/console$/, '')}/scherm`);
  const screen = new ScreenPage(screenPage);
  await expect(screen.itemTitle).toHaveText('Welkom');

  // Yara has no invite: she reads the code from the screen and joins on her phone.
  const code = await screen.joinCode();
  const yaraContext = await browser.newContext({ viewport: PHONE });
  const phone = await yaraContext.newPage();
  await phone.goto('/join');
  await phone.getByLabel('Code').fill(code.toLowerCase());
  await phone.getByRole('button', { name: 'Verder' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Doe mee met “Bijeenkomst 3”');
  await phone.getByLabel('Je naam').fill('Yara');
  await phone.getByRole('radio', { name: 'Bewoner', exact: true }).check();
  await phone.getByLabel(/Ik heb de privacyverklaring gelezen/).check();
  await phone.getByRole('button', { name: 'Meedoen' }).click();
  const yara = new ParticipantPage(phone);
  await expect(yara.itemTitle).toHaveText('Welkom');
  await yara.where('Thuis of elders');
  // A code proves nothing about who you are: she waits apart until the facilitator confirms her.
  await expect(screenPage.locator('.presence__group--guests')).toHaveText('1 wacht op bevestiging');
  await desk.button('Yara bevestigen').click();
  // The screen counts her as a resident at home; the console lists her as connected.
  await expect(screenPage.locator('.presence__group').first()).toContainText('1 bewoner');
  await expect(screenPage.locator('.presence__group').first()).toContainText('0 in de zaal, 1 op afstand');
  await expect(fac.locator('.connected__item', { hasText: 'Yara' })).toContainText('op afstand');

  // The facilitator starts the timer and moves on: the screen and the phone follow.
  await desk.button('Tijd starten').click();
  await desk.next();
  await expect(desk.itemTitle).toHaveText('Waar komt de moestuin?');
  await expect(screen.itemTitle).toHaveText('Waar komt de moestuin?');
  await expect(yara.itemTitle).toHaveText('Waar komt de moestuin?');
  await expect(desk.announcer).toHaveText('Nu: punt 2 van 3, Waar komt de moestuin?');
  await desk.button('Tijd starten').click();
  await expect(desk.button('Tijd pauzeren')).toBeVisible();
  await expect.poll(async () => parseClock(await desk.timer.textContent())).toBeLessThan(600);
  for (const other of [screen.timer, yara.timer]) {
    const [a, b] = await readTimers(desk.timer, other);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1);
  }

  // Two residents ask to speak, Yara first: both the console and the screen list them in that order.
  const annaPage = await anna.context.newPage();
  await annaPage.setViewportSize(PHONE);
  await annaPage.goto(new URL(phone.url()).pathname);
  const annaView = new ParticipantPage(annaPage);
  await annaView.where('In de zaal');
  await yara.hand.click();
  await expect(phone.getByText('Je bent nummer 1.')).toBeVisible();
  await annaView.hand.click();
  await expect(annaPage.getByText('Je bent nummer 2.')).toBeVisible();
  await expect(desk.hands).toHaveText(['Yara', 'Anna']);
  await expect(screen.hands).toHaveText(['Yara', 'Anna']);
  await expect(desk.announcer).toHaveText('Anna wil iets zeggen, nummer 2.');
  await desk.button('Yara heeft het woord gehad').click();
  await expect(screen.hands).toHaveText(['Anna']);
  await expect(yara.hand).toHaveAttribute('aria-pressed', 'false');

  // The vote of this item is opened from the console; Yara votes on her phone, Dirk elsewhere.
  await desk.button('Stemming openen').click();
  await phone.getByRole('radio', { name: 'In het park' }).check();
  await phone.getByRole('button', { name: 'Stem uitbrengen' }).click();
  await expect(phone.getByText('Je stem is bewaard.')).toBeVisible();
  await castBallot(dirk, w.werkgroepId, voteId, { kind: 'single', optionId: 'o1' });
  await expect(screenPage.getByRole('listitem').filter({ hasText: 'Bewoners' }).first()).toContainText(
    '1 van 2 gestemd',
  );
  await expect(screenPage.getByRole('listitem').filter({ hasText: 'Ambtenaren' }).first()).toContainText(
    '1 van 1 gestemd',
  );
  await expect(
    screenPage
      .getByRole('row', { name: /In het park/ })
      .getByRole('cell')
      .first(),
  ).toContainText('100%');
  await expect(
    screenPage
      .getByRole('row', { name: /Bij de school/ })
      .getByRole('cell')
      .nth(1),
  ).toContainText('100%');
  await expectNoViolations(screenPage);
  // The screen fits its text again when a font arrives or the content changes (next frame): wait for it to settle.
  await expect.poll(() => screen.typeSizeProblems()).toEqual([]);

  // "Iedereen naar mij": Yara looks around, comes back with one tap, and jumps along to the next item.
  await desk.button('Iedereen naar mij').click();
  await expect(phone.getByText(/laat iedereen meekijken/)).toBeVisible();
  await phone.getByRole('button', { name: /Rondvraag/ }).click();
  await expect(yara.itemTitle).toHaveText('Rondvraag');
  await phone.getByRole('button', { name: 'Terug naar waar de groep is' }).click();
  await expect(yara.itemTitle).toHaveText('Waar komt de moestuin?');
  await phone.getByRole('button', { name: /Welkom/ }).click();
  await expect(yara.itemTitle).toHaveText('Welkom');

  // Minutes during the item, then the vote closes with a decision; the next item pulls Yara along.
  await fac.getByLabel('Aantekeningen bij “Waar komt de moestuin?”').fill('Iedereen vindt het park mooi.');
  await expect(fac.getByText('Bewaard', { exact: true })).toBeVisible();
  await fac
    .getByLabel('Het besluit in eigen woorden (mag leeg blijven)')
    .fill('De moestuin komt in het park.');
  await desk.button('Stemming sluiten').click();
  await expect(screenPage.getByText('Gesloten')).toBeVisible();
  // A presenter's clicker sends PageDown: the console takes it as "next item".
  await fac.keyboard.press('PageDown');
  await expect(desk.itemTitle).toHaveText('Rondvraag');
  await expect(yara.itemTitle).toHaveText('Rondvraag');

  // Accessibility on the console and the phone (the screen was checked with the vote on it).
  await expectNoViolations(fac);
  await expectNoViolations(phone);

  // The end: the code stops working; the verslag has the minutes and the decision.
  await desk.button('Bijeenkomst afsluiten').click();
  await fac
    .getByRole('dialog', { name: 'Bijeenkomst afsluiten?' })
    .getByRole('button', { name: 'Ja, afsluiten' })
    .click();
  await expect(screen.itemTitle).toHaveText('Dank je wel voor het meedoen');
  expect((await request.get(`/api/join/${code}`)).status()).toBe(404);
  await fac.getByRole('link', { name: 'Verslag' }).click();
  await expect(fac.getByRole('heading', { level: 1 })).toHaveText('Verslag: Bijeenkomst 3');
  await expect(fac.getByText('Iedereen vindt het park mooi.')).toBeVisible();
  await expect(fac.getByRole('link', { name: 'Besluit 1: Waar komt de moestuin?' }).first()).toBeVisible();
  await expect(fac.getByText('De moestuin komt in het park.').first()).toBeVisible();
  await expectNoViolations(fac);
  await yaraContext.close();
});

test('the console, a phone and the room screen fit phone, laptop and projector (screenshots to look at)', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const w = await werkgroepWith(browser, request, [
    { role: 'bewoner', name: 'Anna' },
    { role: 'ambtenaar', name: 'Dirk' },
  ]);
  const [anna] = w.people as [Actor];
  const voteId = await createVote(w.facilitator, w.werkgroepId, {
    question: 'Waar komt de nieuwe moestuin in Overvecht?',
    options: ['Bij de Jan Campertschool', 'In het Gagelbos', 'Op het plein bij de bibliotheek'],
    method: 'single',
    rule: 'gelijk_gewicht',
  });
  const meeting = await startMeeting(w.facilitator, w.werkgroepId, {
    title: 'Bijeenkomst 3: groen in de wijk',
    date: '2026-12-03',
    startTime: '19:30',
    place: 'Buurthuis De Boog',
    agenda: [
      {
        title: 'Waar komt de nieuwe moestuin? We kiezen samen een plek',
        minutes: 15,
        link: { kind: 'vote', voteId },
      },
      { title: 'Rondvraag', minutes: 5 },
    ],
  });
  await castBallot(anna, w.werkgroepId, voteId, { kind: 'single', optionId: 'o2' });
  const base = `/w/${w.werkgroepId}/bijeenkomsten/${meeting.id}`;
  const annaPage = await anna.context.newPage();
  await annaPage.goto(base);
  await new ParticipantPage(annaPage).where('In de zaal');
  await new ParticipantPage(annaPage).hand.click();

  // `content`: what shows once the live parts (QR code, ballot, result table) have arrived.
  const shots = [
    { who: w.facilitator, name: 'console', path: `${base}/console`, content: '.join-panel__qr' },
    { who: anna, name: 'participant', path: base, content: '.linked--vote fieldset' },
    { who: w.facilitator, name: 'screen', path: `${base}/scherm`, content: '.result__table' },
  ];
  for (const size of [
    { name: 'phone', ...PHONE },
    { name: 'laptop', ...LAPTOP },
    { name: 'projector', ...PROJECTOR },
  ]) {
    for (const shot of shots) {
      const page = await shot.who.context.newPage();
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(shot.path);
      await expect(page.locator(shot.content).first()).toBeVisible();
      await page.screenshot({
        path: `test-results/screenshots/meeting-${shot.name}-${size.name}.png`,
        fullPage: true,
      });
      if (shot.name !== 'screen' || size.name !== 'phone')
        expect(await sidewaysOverflow(page), `${shot.name} at ${size.name}`).toBeLessThanOrEqual(0);
      if (size.name === 'phone' && shot.name === 'participant') {
        expect(await smallTargets(page, 44)).toEqual([]);
        await page.setViewportSize({ width: 320, height: 640 });
        expect(await sidewaysOverflow(page), 'participant at 320').toBeLessThanOrEqual(0);
      }
      await page.close();
    }
  }
});

test('the room screen fits 1920×1080 with a six-option vote: the best options, and the join code in view', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, [
    { role: 'bewoner', name: 'Anna' },
    { role: 'ambtenaar', name: 'Bram' },
  ]);
  const [anna, bram] = w.people as [Actor, Actor];
  const voteId = await createVote(w.facilitator, w.werkgroepId, {
    question: 'Welke plek kiezen we voor de nieuwe moestuin in de wijk?',
    options: [
      'Bij de school aan de Tigrisdreef',
      'In het Gagelpark',
      'Op het Zamenhofplein',
      'Achter het buurthuis',
      'Bij de flat aan de Donaudreef',
      'Op het dak van de parkeergarage',
    ],
    method: 'single',
    rule: 'gelijk_gewicht',
  });
  const meeting = await startMeeting(w.facilitator, w.werkgroepId, {
    title: 'Bijeenkomst 3: groen in de wijk',
    date: '2026-12-03',
    startTime: '19:30',
    place: 'Buurthuis De Boog',
    agenda: [
      {
        title: 'Waar komt de nieuwe moestuin? We kiezen samen een plek',
        minutes: 15,
        link: { kind: 'vote', voteId },
      },
    ],
  });
  await castBallot(anna, w.werkgroepId, voteId, { kind: 'single', optionId: 'o2' });
  await castBallot(bram, w.werkgroepId, voteId, { kind: 'single', optionId: 'o5' });
  const page = await w.facilitator.context.newPage();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/w/${w.werkgroepId}/bijeenkomsten/${meeting.id}/scherm`);
  const rows = page.locator('.result__table tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('In het Gagelpark');
  await expect(page.getByText('En nog 3 keuzes met minder steun.')).toBeVisible();
  // Read from the back: the vote at 40 px or more, fitted, nothing cut off.
  // The screen fits its text again when a font arrives or the content changes (next frame): wait for it to settle.
  await expect.poll(() => new ScreenPage(page).typeSizeProblems()).toEqual([]);
  // Nothing below the fold: a projector cannot scroll, and the code is how people join.
  expect(await page.evaluate('document.documentElement.scrollHeight')).toBeLessThanOrEqual(1080);
  const qr = await page.locator('.join-panel__qr').boundingBox();
  expect((qr?.y ?? 2000) + (qr?.height ?? 0)).toBeLessThanOrEqual(1080);
  await expect(page.getByText(meeting.joinCode, { exact: true })).toBeInViewport({ ratio: 1 });
  await w.facilitator.context.close();
});

test('the agenda of a running meeting can change: the console and the screen follow, the current item stays', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, []);
  const meeting = await startMeeting(w.facilitator, w.werkgroepId, {
    title: 'Bijeenkomst 4',
    date: '2026-12-10',
    startTime: '19:30',
    place: 'Buurthuis De Boog',
    agenda: [
      { title: 'Welkom', minutes: 5 },
      { title: 'Rondvraag', minutes: 5 },
    ],
  });
  const screen = await w.facilitator.context.newPage();
  await screen.goto(`/w/${w.werkgroepId}/bijeenkomsten/${meeting.id}/scherm`);
  await expect(screen.getByText('Punt 1 van 2')).toBeVisible();

  const fac = await w.facilitator.context.newPage();
  await fac.goto(`/w/${w.werkgroepId}/bijeenkomsten`);
  await fac.getByRole('button', { name: 'Wijzigen' }).click();
  await fac.getByRole('button', { name: 'Punt toevoegen' }).click();
  const added = fac.getByRole('group', { name: 'Punt 3' });
  await added.getByLabel('Onderwerp').fill('Pauze met koffie');
  await added.getByLabel('Minuten').fill('10');
  await expectNoViolations(fac);
  await fac.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  await expect(fac.getByText('“Bijeenkomst 4” is bewaard.')).toBeVisible();

  await expect(screen.getByText('Punt 1 van 3')).toBeVisible();
  await expect(screen.getByRole('heading', { name: 'Welkom' })).toBeVisible();
  const desk = await w.facilitator.context.newPage();
  await desk.goto(`/w/${w.werkgroepId}/bijeenkomsten/${meeting.id}/console`);
  await expect(desk.getByText('Pauze met koffie')).toBeVisible();
  await w.facilitator.context.close();
});
