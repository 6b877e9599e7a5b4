import { expect, test } from '@playwright/test';
import { inviteUrl, joinAs, removeMember, setRole, werkgroepWith } from './fixtures/werkgroep';

test('"Wie doet er mee" and "Leden" follow joins, role changes and removals without a reload, in two browsers', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, [{ role: 'bewoner', name: 'Anna' }]);
  const anna = w.people[0];
  if (!anna) throw new Error('no resident');
  // The facilitator's browser and Anna's, both on the werkgroep page.
  const facilitator = await w.facilitator.context.newPage();
  const resident = await anna.context.newPage();
  for (const page of [facilitator, resident]) await page.goto(`/w/${w.werkgroepId}`);
  const composition = (page: typeof facilitator) => page.getByRole('region', { name: 'Wie doet er mee' });
  const members = (page: typeof facilitator) => page.getByRole('region', { name: 'Leden' });
  const bramRow = (page: typeof facilitator) =>
    members(page).getByRole('listitem').filter({ hasText: 'Bram' });
  for (const page of [facilitator, resident]) {
    await expect(composition(page).getByText('Bewoners: 1')).toBeVisible();
    await expect(composition(page).getByText('Ambtenaren: 0')).toBeVisible();
  }
  await expect(facilitator.getByText('Er zijn nog geen bewoners of ambtenaren. Nodig ze uit.')).toHaveCount(
    0,
  );

  // Someone joins (in a third browser context).
  const bram = await joinAs(browser, await inviteUrl(w.facilitator, w.werkgroepId, 'ambtenaar'), 'Bram');
  for (const page of [facilitator, resident]) {
    await expect(composition(page).getByText('Ambtenaren: 1')).toBeVisible();
    await expect(bramRow(page)).toBeVisible();
  }
  await expect(members(facilitator).getByLabel('Rol van Bram')).toHaveValue('ambtenaar');

  // Their role changes (made elsewhere: over the API, as from another facilitator's screen).
  await setRole(w.facilitator, w.werkgroepId, bram.memberId, 'partner');
  for (const page of [facilitator, resident]) {
    await expect(composition(page).getByText('Ambtenaren: 0')).toBeVisible();
    await expect(composition(page).getByText(/partners 1/)).toBeVisible();
  }
  await expect(bramRow(resident)).toContainText('Partner');
  await expect(members(facilitator).getByLabel('Rol van Bram')).toHaveValue('partner');

  // They are removed.
  await removeMember(w.facilitator, w.werkgroepId, bram.memberId);
  for (const page of [facilitator, resident]) {
    await expect(bramRow(page)).toHaveCount(0);
    await expect(composition(page).getByText(/partners 0/)).toBeVisible();
  }
});
