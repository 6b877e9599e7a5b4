import { type Browser, expect, type Page, test } from '@playwright/test';
import { sidewaysOverflow } from './fixtures/overflow';
import {
  type Actor,
  createDocument,
  E2E_ADMIN_TOKEN,
  inviteUrl,
  removeMember,
  setRole,
  werkgroepWith,
} from './fixtures/werkgroep';
import { DocumentPage } from './pages/DocumentPage';

/** Opens an invite link in a fresh context and joins with only a name and consent. */
async function joinThroughLink(browser: Browser, url: string, name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(url).pathname);
  await page.getByLabel('Je naam').fill(name);
  await page.getByLabel('Ik heb de privacyverklaring gelezen en ga ermee akkoord.').check();
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]+$/);
  return page;
}

async function makeInvite(page: Page, role: string): Promise<string> {
  const panel = page.getByRole('region', { name: 'Uitnodigen' });
  const links = panel.getByTestId('invite-url');
  const before = await links.count();
  await panel.getByLabel('Rol').selectOption({ label: role });
  await panel.getByRole('button', { name: 'Link maken' }).click();
  // Every link made stays listed, the newest first.
  await expect(links).toHaveCount(before + 1);
  await expect(
    panel.getByRole('img', { name: `QR-code met de uitnodigingslink (${role})` }).first(),
  ).toBeVisible();
  return (await links.first().textContent()) ?? '';
}

test('admin creates a werkgroep; the facilitator invites a resident and an official, who join with only a name', async ({
  browser,
}) => {
  const admin = await (await browser.newContext()).newPage();
  await admin.goto('/beheer');
  await admin.getByLabel('Beheertoken').fill(E2E_ADMIN_TOKEN);
  await admin.getByRole('button', { name: 'Aanmelden' }).click();
  await admin.getByLabel('Naam van de werkgroep').fill('Werkgroep Batau');
  await admin.getByLabel('Wijk').fill('Batau');
  await admin.getByLabel('Gemeente').fill('Nieuwegein');
  await admin.getByRole('button', { name: 'Werkgroep maken' }).click();
  const facilitatorLink = (await admin.getByTestId('invite-url').textContent()) ?? '';
  expect(facilitatorLink).toMatch(/\/uitnodiging\//);

  const facilitator = await joinThroughLink(browser, facilitatorLink, 'Fatima');
  await expect(facilitator.getByRole('heading', { level: 1 })).toHaveText('Werkgroep Batau');
  await expect(facilitator.getByText('Jij bent Fatima, Procesbegeleider')).toBeVisible();
  // No residents or officials yet: the facilitator is warned.
  await expect(facilitator.getByText('Er zijn nog geen bewoners of ambtenaren. Nodig ze uit.')).toBeVisible();

  const residentLink = await makeInvite(facilitator, 'Bewoner');
  const officialLink = await makeInvite(facilitator, 'Ambtenaar');
  const resident = await joinThroughLink(browser, residentLink, 'Anna');
  const official = await joinThroughLink(browser, officialLink, 'Bram');
  await expect(resident.getByText('Jij bent Anna, Bewoner')).toBeVisible();
  await expect(official.getByText('Jij bent Bram, Ambtenaar')).toBeVisible();

  await facilitator.reload();
  const composition = facilitator.getByRole('region', { name: 'Wie doet er mee' });
  await expect(composition.getByText('Bewoners: 1')).toBeVisible();
  await expect(composition.getByText('Ambtenaren: 1')).toBeVisible();
  await expect(composition.getByText('De verhouding is goed.')).toBeVisible();
  // Who is here now: both, live.
  const presence = facilitator.getByRole('region', { name: 'Nu aanwezig' });
  await expect(presence.getByText('Nu online: bewoners 1, ambtenaren 1.')).toBeVisible();
  await expect(presence.getByText('Anna')).toBeVisible();

  // The resident sees no management controls.
  await expect(resident.getByRole('region', { name: 'Uitnodigen' })).toHaveCount(0);
  await expect(resident.getByRole('button', { name: /verwijderen/ })).toHaveCount(0);
});

test('an observer reads along but cannot type', async ({ browser, request }) => {
  const w = await werkgroepWith(browser, request, [{ role: 'observer', name: 'Olga' }]);
  const observer = new DocumentPage(await (w.people[0] as Actor).context.newPage());
  await observer.page.goto(w.docPath);
  await expect(observer.page.getByText('Je kijkt mee als waarnemer. Je kunt hier niet typen.')).toBeVisible();
  await expect(observer.editor).toHaveAttribute('contenteditable', 'false');
  await expect(observer.page.getByRole('toolbar', { name: 'Opmaak' })).toHaveCount(0);
  const writer = new DocumentPage(await w.facilitator.context.newPage());
  await writer.open(w.docPath);
  await writer.typeAtEnd('Alleen de leden typen.');
  await expect(observer.editor).toContainText('Alleen de leden typen.');
});

test('a member made observer goes read-only at once; a removed member is disconnected at once', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, [
    { role: 'bewoner', name: 'Anna' },
    { role: 'bewoner', name: 'Kees' },
  ]);
  const [anna, kees] = w.people as [Actor, Actor];
  const annaDoc = new DocumentPage(await anna.context.newPage());
  const keesDoc = new DocumentPage(await kees.context.newPage());
  await annaDoc.open(w.docPath);
  await keesDoc.open(w.docPath);
  await annaDoc.typeAtEnd('Anna schrijft mee.');

  await setRole(w.facilitator, w.werkgroepId, anna.memberId, 'observer');
  await expect(annaDoc.page.getByText('Je kijkt mee als waarnemer. Je kunt hier niet typen.')).toBeVisible();
  await expect(annaDoc.editor).toHaveAttribute('contenteditable', 'false');

  await removeMember(w.facilitator, w.werkgroepId, kees.memberId);
  await expect(keesDoc.page.getByRole('alert')).toContainText('Je doet niet (meer) mee met deze werkgroep');
  await expect(keesDoc.editor).toHaveCount(0);
  // And a new document created afterwards is not open to him.
  const other = await createDocument(w.facilitator, w.werkgroepId, 'Wijkperspectief');
  await keesDoc.page.goto(`/w/${w.werkgroepId}/d/${other}`);
  await expect(keesDoc.page.getByRole('alert')).toContainText('Je doet niet (meer) mee met deze werkgroep');
});

test('werkgroep pages fit a 360 px phone and a 1920 px projector', async ({ browser, request }) => {
  const w = await werkgroepWith(browser, request, [{ role: 'bewoner', name: 'Anna' }]);
  const page = await w.facilitator.context.newPage();
  for (const size of [
    { width: 360, height: 740 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    for (const path of [`/w/${w.werkgroepId}`, `/w/${w.werkgroepId}/documenten`, w.docPath]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const { overflow, culprits } = await sidewaysOverflow(page);
      expect(overflow, `${path} at ${size.width}: ${culprits.join('; ')}`).toBeLessThanOrEqual(0);
    }
  }
});

test('a withdrawn invite link says so and what to do', async ({ browser, request }) => {
  const w = await werkgroepWith(browser, request, []);
  const url = await inviteUrl(w.facilitator, w.werkgroepId, 'bewoner');
  const page = await (await browser.newContext()).newPage();
  await page.goto(new URL(url).pathname);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Doe mee met Werkgroep Overvecht');
  await expect(page.getByText('Je doet mee als: Bewoner.')).toBeVisible();

  const facilitatorPage = await w.facilitator.context.newPage();
  await facilitatorPage.goto(`/w/${w.werkgroepId}`);
  const invites = facilitatorPage.getByRole('region', { name: 'Uitnodigen' });
  await invites
    .getByRole('listitem')
    .filter({ hasText: 'Bewoner: werkt' })
    .getByRole('button', { name: 'Intrekken' })
    .click();
  await expect(invites.getByText(/Bewoner: ingetrokken/)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze uitnodiging werkt niet meer');
  await expect(
    page.getByText('Deze uitnodiging is ingetrokken. Vraag de procesbegeleider om een nieuwe link.'),
  ).toBeVisible();
});

test('an ambitiedocument from the template: guiding questions, and a settled section the resident cannot edit', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, [{ role: 'bewoner', name: 'Anna' }]);
  const anna = w.people[0] as Actor;
  const page = await anna.context.newPage();
  await page.goto(`/w/${w.werkgroepId}/documenten`);
  await page.getByLabel('Titel van het nieuwe document').fill('Ambities Overvecht');
  await page.getByLabel('Soort document').selectOption({ label: "Ambitiedocument (met de vijf thema's)" });
  await page.getByRole('button', { name: 'Document maken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ambities Overvecht');
  for (const title of [
    'Aanleiding',
    'Onze wijk nu',
    'Ambitie: Groen',
    'Ambitie: Gelijke kansen',
    'Hoe we het volgen',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }
  // The guiding question shows in the empty section and goes away when you type.
  const groen = page.getByRole('textbox', { name: 'Tekst bij Ambitie: Groen' });
  await expect(groen.locator('p[data-placeholder]')).toHaveAttribute('data-placeholder', /Waar is groen/);
  await groen.click();
  await page.keyboard.type('Meer bomen in de Bouwstraat.');
  await expect(groen.locator('p[data-placeholder]')).toHaveCount(0);
  await expect(page.locator('.status')).toHaveText('Alles is bewaard');

  // The facilitator settles the section: Anna sees it locked at once and cannot type in it.
  const facilitator = await w.facilitator.context.newPage();
  await facilitator.goto(page.url());
  await facilitator
    .getByRole('region', { name: 'Ambitie: Groen' })
    .getByLabel('Status')
    .selectOption({ label: 'Vastgesteld' });
  const section = page.getByRole('region', { name: 'Ambitie: Groen' });
  await expect(
    section.getByText('Dit deel is vastgesteld. Alleen de procesbegeleider kan het nog veranderen.'),
  ).toBeVisible();
  await expect(groen).toHaveAttribute('contenteditable', 'false');
  await expect(groen).toContainText('Meer bomen in de Bouwstraat.');
  // Other sections stay open.
  await expect(page.getByRole('textbox', { name: 'Tekst bij Planning' })).toHaveAttribute(
    'contenteditable',
    'true',
  );
});
