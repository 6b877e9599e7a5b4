import { test } from '@playwright/test';
import { startMeeting } from './fixtures/meeting';
import { type Actor, castBallot, createVote, werkgroepWith } from './fixtures/werkgroep';

test('look screen', async ({ browser, request }) => {
  const w = await werkgroepWith(browser, request, [{ role: 'bewoner', name: 'Anna' }, { role: 'ambtenaar', name: 'Bram' }]);
  const [anna, bram] = w.people as [Actor, Actor];
  const voteId = await createVote(w.facilitator, w.werkgroepId, {
    question: 'Welke plek kiezen we voor de nieuwe moestuin in de wijk?',
    options: ['Bij de school aan de Tigrisdreef', 'In het Gagelpark', 'Op het Zamenhofplein', 'Achter het buurthuis', 'Bij de flat aan de Donaudreef', 'Op het dak van de parkeergarage'],
    method: 'single',
    rule: 'gelijk_gewicht',
  });
  const meeting = await startMeeting(w.facilitator, w.werkgroepId, {
    title: 'Bijeenkomst 3: groen in de wijk', date: '2026-12-03', startTime: '19:30', place: 'Buurthuis De Boog',
    agenda: [{ title: 'Waar komt de nieuwe moestuin? We kiezen samen een plek', minutes: 15, link: { kind: 'vote', voteId } }],
  });
  await castBallot(anna, w.werkgroepId, voteId, { kind: 'single', optionId: 'o2' });
  await castBallot(bram, w.werkgroepId, voteId, { kind: 'single', optionId: 'o5' });
  const page = await w.facilitator.context.newPage();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/w/${w.werkgroepId}/bijeenkomsten/${meeting.id}/scherm`);
  await page.locator('.result__table').waitFor();
  await page.waitForTimeout(500);
  const h = await page.evaluate('document.documentElement.scrollHeight');
  console.log('scrollHeight', h);
  await page.screenshot({ path: '/tmp/look/screen-6.png' });
});
