import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { startMeeting } from './fixtures/meeting';
import { baseURL, createVote, werkgroepWith } from './fixtures/werkgroep';
import { ConsolePage, ScreenPage } from './pages/MeetingPages';

const shots = 'test-results/screenshots';

/**
 * Issue 14, items 5 and 6: the projector's code alone made anyone a voting bewoner. Now whoever joins
 * by code says who they are, waits apart as a guest, and votes only once the facilitator confirmed them.
 */
test('a phone joins by code as ambtenaar, waits apart and cannot vote; the facilitator confirms it on the console; then it votes and counts as ambtenaar', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const w = await werkgroepWith(browser, request, [
    { role: 'bewoner', name: 'Anna' },
    { role: 'ambtenaar', name: 'Dirk' },
  ]);
  const voteId = await createVote(w.facilitator, w.werkgroepId, {
    question: 'Waar komt de moestuin?',
    options: ['Bij de school', 'In het park'],
    method: 'single',
    rule: 'gelijk_gewicht',
  });
  const meeting = await startMeeting(w.facilitator, w.werkgroepId, {
    title: 'Bijeenkomst 5',
    date: '2026-12-17',
    agenda: [{ title: 'Waar komt de moestuin?', minutes: 10, link: { kind: 'vote', voteId } }],
  });
  const base = `/w/${w.werkgroepId}/bijeenkomsten/${meeting.id}`;
  const fac = await w.facilitator.context.newPage();
  await fac.setViewportSize({ width: 1366, height: 768 });
  await fac.goto(`${base}/console`);
  const desk = new ConsolePage(fac);
  const waiting = fac.getByRole('region', { name: 'Wacht op bevestiging' });
  await expect(waiting).toContainText('Niemand wacht.');
  const screenPage = await w.facilitator.context.newPage();
  await screenPage.setViewportSize({ width: 1920, height: 1080 });
  await screenPage.goto(`${base}/scherm`);
  const code = await new ScreenPage(screenPage).joinCode();

  // Yusuf works for the municipality; he has no invite and types the code from the screen.
  const yusufContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const phone = await yusufContext.newPage();
  await phone.goto(`/join/${code}`);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Doe mee met “Bijeenkomst 5”');
  await phone.getByLabel('Je naam').fill('Yusuf');
  const who = phone.getByRole('group', { name: 'Wie ben je?' });
  await expect(who.getByRole('radio')).toHaveCount(3);
  await who.getByRole('radio', { name: 'Ik werk bij de gemeente (ambtenaar)' }).check();
  await phone.getByLabel(/Ik heb de privacyverklaring gelezen/).check();
  await expectNoViolations(phone);
  fs.mkdirSync(shots, { recursive: true });
  await phone.screenshot({ path: `${shots}/join-code-phone.png`, fullPage: true });
  await phone.getByRole('button', { name: 'Meedoen' }).click();

  // He follows the meeting as a guest: told so in plain words, no ballot, no hand to raise.
  await expect(
    phone.getByText(/Je doet mee als gast\. De procesbegeleider bevestigt zo dat je ambtenaar bent\./),
  ).toBeVisible();
  await expect(
    phone.getByText('Je kunt meestemmen zodra de procesbegeleider je heeft bevestigd.'),
  ).toBeVisible();
  await expect(phone.getByRole('radio', { name: 'In het park' })).toHaveCount(0);
  await expect(phone.getByRole('button', { name: 'Ik wil iets zeggen' })).toHaveCount(0);
  await expectNoViolations(phone);
  await phone.screenshot({ path: `${shots}/join-guest-phone.png`, fullPage: true });
  // The server refuses his ballot too, whatever the page shows.
  const forced = await yusufContext.request.post(
    `${baseURL()}/api/werkgroepen/${w.werkgroepId}/votes/${voteId}/ballot`,
    { headers: { origin: baseURL() }, data: { kind: 'single', optionId: 'o2' } },
  );
  expect(forced.status()).toBe(403);

  // Apart everywhere: waiting on the console, on the room screen, and outside the werkgroep's parity.
  await expect(waiting.getByRole('listitem')).toHaveText([/Yusuf · zegt: ambtenaar/]);
  await expect(screenPage.locator('.presence__group--guests')).toHaveText('1 wacht op bevestiging');
  await expect(screenPage.locator('.presence__group').nth(1)).toContainText('0 ambtenaren');
  await expect(fac.locator('.connected__item', { hasText: 'Yusuf' })).toContainText(
    'Gast, wacht op bevestiging',
  );
  await expectNoViolations(fac);
  await fac.screenshot({ path: `${shots}/join-guest-console-laptop.png`, fullPage: true });
  await screenPage.screenshot({ path: `${shots}/join-guest-screen-projector.png` });
  const werkgroepPage = await w.facilitator.context.newPage();
  await werkgroepPage.goto(`/w/${w.werkgroepId}`);
  const composition = werkgroepPage.getByRole('region', { name: 'Wie doet er mee' });
  await expect(composition).toContainText('Ambtenaren: 1');
  await expect(composition).toContainText('1 persoon wacht op bevestiging');

  // The facilitator confirms him as he said: his rights change at once, on his phone too.
  await expect(waiting.getByLabel('Rol voor Yusuf')).toHaveValue('ambtenaar');
  await desk.button('Yusuf bevestigen').click();
  await expect(waiting).toContainText('Yusuf is bevestigd als Ambtenaar.');
  await expect(waiting).toContainText('Niemand wacht.');
  await expect(phone.getByText(/Je doet mee als gast/)).toHaveCount(0);
  await phone.getByRole('radio', { name: 'In het park' }).check();
  await phone.getByRole('button', { name: 'Stem uitbrengen' }).click();
  await expect(phone.getByText('Je stem is bewaard.')).toBeVisible();

  // He counts as an official now: in the vote, in the room and in the werkgroep.
  await expect(screenPage.getByRole('listitem').filter({ hasText: 'Ambtenaren' }).first()).toContainText(
    '1 van 2 gestemd',
  );
  await expect(screenPage.locator('.presence__group').nth(1)).toContainText('1 ambtenaar');
  await expect(screenPage.locator('.presence__group--guests')).toHaveCount(0);
  await werkgroepPage.reload();
  await expect(composition).toContainText('Ambtenaren: 2');
  await expect(composition).not.toContainText('wacht op bevestiging');
  await yusufContext.close();
});
