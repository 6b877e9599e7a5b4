import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { startMeeting } from './fixtures/meeting';
import { baseURL, createVote, werkgroepWith } from './fixtures/werkgroep';
import { ConsolePage, ScreenPage } from './pages/MeetingPages';

const shots = 'test-results/screenshots';

/**
 * Issue 14, items 5 and 6, and issue 15: the projector's code alone made anyone a voting bewoner. Now
 * whoever joins by code says who they are, waits apart as a guest (also after a reload), and votes only
 * once the facilitator confirmed them, by keyboard too; someone refused is told so on their phone.
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
  await fac.setViewportSize({ width: 1280, height: 800 });
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
  // Each choice: the role, and one plain line saying what it means, read out with it.
  const ambtenaar = who.getByRole('radio', { name: 'Ambtenaar', exact: true });
  await expect(ambtenaar).toHaveAccessibleDescription('Je werkt bij de gemeente.');
  await expect(who.getByRole('radio', { name: 'Bewoner', exact: true })).toHaveAccessibleDescription(
    'Je woont in de wijk.',
  );
  await ambtenaar.check();
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
  // He reads the werkgroep's document but writes nothing yet, and is told why (not "observer").
  const doc = await yusufContext.newPage();
  await doc.goto(w.docPath);
  await expect(
    doc.getByText(
      'Je doet mee als gast. Je kunt hier meeschrijven zodra de procesbegeleider je heeft bevestigd.',
      {
        exact: false,
      },
    ),
  ).toBeVisible();
  await expect(doc.locator('[contenteditable="true"]')).toHaveCount(0);
  await doc.close();
  // A reload changes nothing: still the same guest, still waiting.
  await phone.reload();
  await expect(phone.getByText(/Je doet mee als gast\. De procesbegeleider bevestigt zo/)).toBeVisible();
  await expectNoViolations(phone);
  await phone.screenshot({ path: `${shots}/join-guest-phone.png`, fullPage: true });
  // The server refuses his ballot too, whatever the page shows.
  const forced = await yusufContext.request.post(
    `${baseURL()}/api/werkgroepen/${w.werkgroepId}/votes/${voteId}/ballot`,
    { headers: { origin: baseURL() }, data: { kind: 'single', optionId: 'o2' } },
  );
  expect(forced.status()).toBe(403);
  expect((await forced.json()).code).toBe('not_confirmed');

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

  // Someone the facilitator does not know joins too; refused by keyboard, and told so on their phone.
  const basContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const bas = await basContext.newPage();
  await bas.goto(`/join/${code}`);
  await bas.getByLabel('Je naam').fill('Bas');
  await bas.getByRole('radio', { name: 'Bewoner', exact: true }).check();
  await bas.getByLabel(/Ik heb de privacyverklaring gelezen/).check();
  await bas.getByRole('button', { name: 'Meedoen' }).click();
  await expect(bas.getByText(/Je doet mee als gast/)).toBeVisible();
  await expect(waiting.getByRole('listitem')).toHaveText([/Yusuf · zegt: ambtenaar/, /Bas · zegt: bewoner/]);
  await waiting.getByLabel('Rol voor Bas').focus();
  await fac.keyboard.press('Tab');
  await fac.keyboard.press('Tab');
  await expect(desk.button('Bas weigeren')).toBeFocused();
  await fac.keyboard.press('Enter');
  await expect(waiting).toContainText('Bas is geweigerd en doet niet meer mee.');
  await expect(waiting.getByRole('listitem')).toHaveText([/Yusuf · zegt: ambtenaar/]);
  await expect(bas.getByRole('heading', { level: 1 })).toHaveText(
    'Je doet niet (meer) mee met deze werkgroep',
  );
  await expectNoViolations(bas);
  await bas.screenshot({ path: `${shots}/join-refused-phone.png`, fullPage: true });
  await basContext.close();

  // The facilitator confirms Yusuf as he said, by keyboard: his rights change at once, on his phone too.
  const role = waiting.getByLabel('Rol voor Yusuf');
  await expect(role).toHaveValue('ambtenaar');
  await role.focus();
  await fac.keyboard.press('Tab');
  await expect(desk.button('Yusuf bevestigen')).toBeFocused();
  await fac.keyboard.press('Enter');
  await expect(waiting).toContainText('Yusuf is bevestigd als Ambtenaar.');
  // Focus stays in the panel, on what happened, not lost with the row that went away.
  await expect(waiting.getByRole('status')).toBeFocused();
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
