import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { extractText } from 'unpdf';
import { akkoordApi, createParty, joinIn, phoneContext } from './fixtures/akkoord';
import { expectNoViolations } from './fixtures/axe';
import { createWerkgroep, inviteUrl, joinAs } from './fixtures/werkgroep';
import { AkkoordPage } from './pages/AkkoordPage';

const BEWONERS = 'Bewonersvereniging Overvecht-Noord';
const GEMEENTE = 'Gemeente Utrecht, wijkbureau Overvecht';
const PORTAAL = 'Woningcorporatie Portaal';

test('an akkoord with 3 afspraken is frozen, signed by two members and one outside signatory, and reopened', async ({
  browser,
  request,
}) => {
  const { werkgroepId, facilitatorInviteUrl } = await createWerkgroep(request, 'Werkgroep Overvecht-Noord');
  const facilitator = await joinAs(browser, facilitatorInviteUrl, 'Fatima (procesbegeleider)');
  // Anna signs on a phone; Bram on a laptop.
  const anna = await joinIn(
    await phoneContext(browser),
    await inviteUrl(facilitator, werkgroepId, 'bewoner'),
    'Anna',
  );
  const bram = await joinAs(browser, await inviteUrl(facilitator, werkgroepId, 'ambtenaar'), 'Bram');
  await createParty(facilitator, werkgroepId, {
    name: BEWONERS,
    kind: 'bewonersinitiatief',
    memberIds: [anna.memberId],
  });
  await createParty(facilitator, werkgroepId, {
    name: GEMEENTE,
    kind: 'gemeente_afdeling',
    memberIds: [bram.memberId],
  });
  await createParty(facilitator, werkgroepId, { name: PORTAAL, kind: 'woningcorporatie' });

  // The facilitator writes the introduction and three afspraken, and picks who signs.
  const fac = new AkkoordPage(await facilitator.context.newPage());
  await fac.goto(werkgroepId);
  await expect(fac.status).toHaveText('Concept');
  await fac.writeIntroduction('Samen maken we Overvecht-Noord schoner, groener en veiliger.');
  await fac.addAfspraak({
    what: 'Elk portiek krijgt een schoonmaakplan',
    parties: [PORTAAL, BEWONERS],
    byWhen: '2027-06-30',
  });
  await fac.addAfspraak({
    what: 'Twee nieuwe speelplekken in het park',
    parties: [GEMEENTE],
    byWhen: '2027-09-01',
  });
  await fac.addAfspraak({ what: 'Een buurtavond per kwartaal', parties: [BEWONERS, GEMEENTE] });
  await expect(fac.afspraken).toHaveCount(3);
  // Keyboard order: the third afspraak moves up one place.
  await fac.page.getByRole('button', { name: 'Afspraak 3 omhoog' }).click();
  await expect(fac.afspraken.nth(1)).toContainText('Een buurtavond per kwartaal');
  // …and by keyboard the first one down and back up: the button keeps focus at its new place.
  await fac.page.getByRole('button', { name: 'Afspraak 1 omlaag' }).focus();
  await fac.page.keyboard.press('Enter');
  await expect(fac.page.getByRole('button', { name: 'Afspraak 2 omlaag' })).toBeFocused();
  await expect(fac.afspraken.nth(1)).toContainText('Elk portiek krijgt een schoonmaakplan');
  await fac.page.keyboard.press('Shift+Tab');
  await expect(fac.page.getByRole('button', { name: 'Afspraak 2 omhoog' })).toBeFocused();
  await fac.page.keyboard.press('Enter');
  await expect(fac.afspraken.nth(0)).toContainText('Elk portiek krijgt een schoonmaakplan');
  await expect(fac.page.getByRole('button', { name: 'Afspraak 1 omhoog' })).toBeFocused();
  await fac.chooseSignatories([BEWONERS, GEMEENTE, PORTAAL], [PORTAAL]);
  const columns = fac.page.locator('.akkoord__signatories .akkoord-columns');
  await expect(columns.locator('.signatory-column--bewoners')).toContainText(BEWONERS);
  await expect(columns.locator('.signatory-column--gemeente')).toContainText(GEMEENTE);
  await expect(columns.locator('.signatory-column--partners')).toContainText(PORTAAL);
  await fac.freeze('Versie voor de ondertekening');
  await expect(fac.page.getByText('De inleiding is bevroren om te ondertekenen.')).toBeVisible();
  await expect(fac.page.getByRole('button', { name: 'Afspraak 1 omhoog' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expectNoViolations(fac.page, 'akkoord page, frozen');

  // Anna (phone) and Bram sign for their parties; the facilitator sees it without reloading.
  const annaPage = new AkkoordPage(await anna.context.newPage());
  await annaPage.goto(werkgroepId);
  await expect(annaPage.introduction).toContainText('Samen maken we Overvecht-Noord');
  await expect(annaPage.page.getByText(`Je kunt nu tekenen namens ${BEWONERS}.`)).toBeVisible();
  expect(await annaPage.overflow()).toBeLessThanOrEqual(0);
  await annaPage.sign(BEWONERS, 'Voorzitter', true);
  await expectNoViolations(annaPage.page, 'akkoord page on a phone');
  const bramPage = new AkkoordPage(await bram.context.newPage());
  await bramPage.goto(werkgroepId);
  await bramPage.sign(GEMEENTE, 'Wijkmanager', false);
  await expect(bramPage.signatureRow(GEMEENTE)).toContainText(`Vertegenwoordiger van ${GEMEENTE}`);
  await expect(fac.signatureRow(BEWONERS)).toContainText('Anna, Voorzitter');
  await expect(fac.signatureRow(GEMEENTE)).toBeVisible();

  // A one-time link for the corporation: someone without an account signs with it.
  const url = await fac.makeSigningLink(PORTAAL);
  const outsider = await phoneContext(browser);
  const signPage = await outsider.newPage();
  await signPage.goto(url);
  await expect(signPage.getByRole('heading', { level: 1 })).toHaveText('Wijkakkoord');
  await expect(signPage.getByText('Elk portiek krijgt een schoonmaakplan')).toBeVisible();
  await expect(signPage.getByText('Samen maken we Overvecht-Noord')).toBeVisible();
  await expectNoViolations(signPage, 'signing page');
  expect(
    await signPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await signPage.getByLabel('Je naam').fill('Petra de Vries');
  await signPage.getByRole('textbox', { name: 'Je functie' }).fill('Gebiedsmanager');
  await signPage.getByLabel('Mijn naam mag bij de handtekening staan').check();
  await signPage.getByRole('button', { name: `Ondertekenen namens ${PORTAAL}` }).click();
  await expect(signPage.getByRole('heading', { level: 1 })).toHaveText('Bedankt voor je handtekening');
  await expect(signPage.getByText('Alle partijen hebben nu getekend.')).toBeVisible();
  await expect(fac.status).toHaveText('Getekend');
  await expect(annaPage.status).toHaveText('Getekend');
  await expect(fac.signatureRow(PORTAAL)).toContainText('Petra de Vries, Gebiedsmanager');

  // Progress: Anna reports for her party on the first afspraak; the facilitator sees it without reloading.
  await annaPage.reportProgress(1, 'Loopt', 'De eerste tien portieken hebben een plan');
  await expect(fac.afspraken.nth(0).locator('.progress-badge')).toHaveText('Loopt');
  await expect(fac.afspraken.nth(0)).toContainText('Eerdere meldingen bij afspraak 1 (1)');

  // The signed akkoord as a PDF (for the archive), read back: afspraken and the signature page.
  await fac.page.getByText('Downloaden als bestand').click();
  const [download] = await Promise.all([
    fac.page.waitForEvent('download'),
    fac.page.getByRole('button', { name: 'PDF (voor het archief) downloaden' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^wijkakkoord-overvecht-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = new Uint8Array(await readFile(await download.path()));
  const text = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, ' ');
  // (Long party names may break over lines with a hyphen in the PDF: check the shorter words.)
  for (const words of [
    'Elk portiek krijgt een schoonmaakplan',
    'Anna Voorzitter',
    'Vertegenwoordiger van Gemeente Utrecht',
    `${PORTAAL} Petra de Vries Gebiedsmanager`,
  ])
    expect(text).toContain(words);

  // The link works once.
  const again = await outsider.newPage();
  await again.goto(url);
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet meer');
  await expect(again.getByText('Een link werkt maar één keer.')).toBeVisible();
  await expectNoViolations(again, 'used signing link');

  // Reopening says how many signatures it voids, and they stay visible struck through.
  await fac.page.getByRole('button', { name: 'Heropenen om te wijzigen' }).click();
  const confirm = fac.page.getByRole('dialog', { name: 'Het akkoord weer openzetten?' });
  await expect(confirm).toContainText('3 handtekeningen vervallen');
  await confirm.getByRole('button', { name: 'Ja, openzetten' }).click();
  await expect(fac.status).toHaveText('Concept');
  await expect(fac.page.getByText('3 handtekeningen zijn vervallen')).toBeVisible();
  await expect(fac.signatureRow(PORTAAL)).toContainText('vervallen');
  await expect(annaPage.status).toHaveText('Concept');
  await outsider.close();
});

test('a member signing a text that changed meanwhile is told so and gets the new text', async ({
  browser,
  request,
}) => {
  const { werkgroepId, facilitatorInviteUrl } = await createWerkgroep(request, 'Werkgroep Batau');
  const facilitator = await joinAs(browser, facilitatorInviteUrl, 'Fatima (procesbegeleider)');
  const bram = await joinAs(browser, await inviteUrl(facilitator, werkgroepId, 'ambtenaar'), 'Bram');
  const partyId = await createParty(facilitator, werkgroepId, {
    name: GEMEENTE,
    kind: 'gemeente_afdeling',
    memberIds: [bram.memberId],
  });
  const akkoord = akkoordApi(facilitator, werkgroepId);
  await akkoord.put('ondertekenaars', {
    signatories: [{ partyId, representative: { kind: 'member', memberId: null } }],
  });
  await akkoord.post('bevriezen', { name: 'Versie 1' });

  // Bram's page hears nothing live (its akkoordstand: room is cut off), so it keeps showing version 1.
  const page = await bram.context.newPage();
  await page.routeWebSocket(/akkoordstand/, () => {});
  const bramPage = new AkkoordPage(page);
  await bramPage.goto(werkgroepId);
  await expect(page.getByText('versie: Versie 1')).toBeVisible();
  await akkoord.post('heropenen', {});
  await akkoord.post('bevriezen', { name: 'Versie 2' });

  const form = page.getByRole('form', { name: `Ondertekenen namens ${GEMEENTE}` });
  await form.getByRole('textbox', { name: 'Je functie' }).fill('Wijkmanager');
  await form.getByRole('button', { name: `Ondertekenen namens ${GEMEENTE}` }).click();
  await expect(page.getByText('De tekst is veranderd sinds je deze pagina opende.')).toBeVisible();
  await expect(page.getByText('versie: Versie 2')).toBeVisible();
  await bramPage.sign(GEMEENTE, 'Wijkmanager', false);
  await expect(bramPage.status).toHaveText('Getekend');
});
