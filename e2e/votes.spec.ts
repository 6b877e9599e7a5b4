import { expect, type Page, test } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { type Actor, createVote, werkgroepWith } from './fixtures/werkgroep';
import { DocumentPage } from './pages/DocumentPage';

async function open(actor: Actor, path: string): Promise<Page> {
  const page = await actor.context.newPage();
  await page.goto(path);
  return page;
}

test('a parity-weighted vote: three residents and one official vote, every screen shows the weighted result live, closing adds a decision', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, [
    { role: 'bewoner', name: 'Anna' },
    { role: 'bewoner', name: 'Bas' },
    { role: 'bewoner', name: 'Cor' },
    { role: 'ambtenaar', name: 'Dirk' },
  ]);
  const [anna, bas, cor, dirk] = w.people as [Actor, Actor, Actor, Actor];

  // The facilitator prepares the vote in the form and opens it.
  const fac = await open(w.facilitator, `/w/${w.werkgroepId}/stemmingen`);
  await fac.getByRole('link', { name: 'Nieuwe stemming' }).click();
  await fac.getByRole('textbox', { name: 'Vraag' }).fill('Waar moet de moestuin komen?');
  await fac.getByPlaceholder('Mogelijkheid 1').fill('Bij de school');
  await fac.getByPlaceholder('Mogelijkheid 2').fill('In het park');
  await expect(fac.getByRole('radio', { name: /Eén keuze/ })).toBeChecked();
  await expect(fac.getByRole('radio', { name: /Gelijk gewicht/ })).toBeChecked();
  await expectNoViolations(fac);
  await fac.getByRole('button', { name: 'Concept bewaren' }).click();
  await expect(fac.getByText('Concept: nog niet geopend')).toBeVisible();
  // Second thoughts before opening: the draft is changed in the same form, filled in.
  await fac.getByRole('link', { name: 'Veranderen' }).click();
  await expect(fac.getByRole('heading', { name: 'Stemming veranderen' })).toBeVisible();
  await expect(fac.getByPlaceholder('Mogelijkheid 2')).toHaveValue('In het park');
  await fac.getByRole('textbox', { name: 'Vraag' }).fill('Waar komt de moestuin?');
  await fac.getByRole('button', { name: 'Mogelijkheid toevoegen' }).click();
  await fac.getByPlaceholder('Mogelijkheid 3').fill('Op het plein');
  await expectNoViolations(fac);
  await fac.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  await expect(fac.getByRole('heading', { name: 'Waar komt de moestuin?' })).toBeVisible();
  await expect(fac.getByText('Op het plein')).toBeVisible();
  await fac.getByRole('button', { name: 'Stemming openen' }).click();
  await expect(fac.getByText('Open: er wordt nu gestemd')).toBeVisible();
  const votePath = new URL(fac.url()).pathname;

  // Everyone follows on their own screen; the vote appeared without reloading.
  const screens = [fac];
  for (const [i, p] of [anna, bas, cor, dirk].entries()) {
    // Two find it through the notice on every werkgroep page, two through the list of votes.
    const page = await open(p, i < 2 ? `/w/${w.werkgroepId}` : `/w/${w.werkgroepId}/stemmingen`);
    const name = i < 2 ? 'Er is een stemming open: Waar komt de moestuin?' : 'Waar komt de moestuin?';
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${votePath}$`));
    screens.push(page);
  }
  const [, annaPage, basPage, corPage, dirkPage] = screens as [Page, Page, Page, Page, Page];

  // Two residents for the school, one for the park; the official for the park. Cor phoned in his vote:
  // the facilitator enters it for him.
  for (const [page, choice] of [
    [annaPage, 'Bij de school'],
    [basPage, 'Bij de school'],
    [dirkPage, 'In het park'],
  ] as const) {
    await page.getByRole('radio', { name: choice }).check();
    await page.getByRole('button', { name: 'Stem uitbrengen' }).click();
    await expect(page.getByText('Je stem is bewaard.')).toBeVisible();
  }
  await fac.getByText('Stem invoeren voor iemand anders').click();
  // Anna voted herself: the facilitator cannot put another vote in its place.
  await fac.getByLabel('Voor wie?').selectOption({ label: 'Anna (Bewoner)' });
  await fac.getByRole('radio', { name: 'In het park' }).check();
  await fac.getByRole('button', { name: 'Stem invoeren' }).click();
  await expect(fac.getByRole('alert').filter({ hasText: 'Anna heeft zelf al gestemd' })).toContainText(
    'Die stem blijft staan',
  );
  await fac.getByLabel('Voor wie?').selectOption({ label: 'Cor (Bewoner)' });
  await fac.getByLabel('Hoe kwam de stem binnen?').fill('telefoon');
  await fac.getByRole('radio', { name: 'In het park' }).check();
  await fac.getByRole('button', { name: 'Stem invoeren' }).click();
  await expect(fac.getByText('De stem van Cor is ingevoerd.')).toBeVisible();
  await corPage.reload();
  await expect(corPage.getByText(/De procesbegeleider heeft deze stem voor je ingevoerd/)).toBeVisible();
  await expect(corPage.getByRole('radio', { name: 'In het park' })).toBeChecked();

  // Half/half: the park gets (1/3 + 1) / 2 = 67%, though a head count would tie 2–2.
  for (const page of screens) {
    await expect(page.getByRole('listitem').filter({ hasText: 'Bewoners' }).first()).toContainText(
      '3 van 3 gestemd',
    );
    await expect(page.getByRole('listitem').filter({ hasText: 'Ambtenaren' }).first()).toContainText(
      '1 van 1 gestemd',
    );
    const park = page.getByRole('row', { name: /In het park/ });
    // Still open: it leads, nothing is chosen yet.
    await expect(park).toContainText('Nu voorop');
    await expect(park.getByRole('cell').last()).toHaveText('67%');
    await expect(
      page
        .getByRole('row', { name: /Bij de school/ })
        .getByRole('cell')
        .last(),
    ).toHaveText('33%');
    await expect(page.getByText('Nu voorop: “In het park”.')).toBeVisible();
  }
  await expect(annaPage.getByText('waarvan 1 ingevoerd door de procesbegeleider')).toBeVisible();
  await annaPage.getByText('Wie stemde wat (4 stemmen)').click();
  await expect(annaPage.getByRole('listitem').filter({ hasText: 'Cor' })).toContainText('In het park');
  await expect(annaPage.getByRole('listitem').filter({ hasText: 'Cor' })).toContainText(
    'ingevoerd door de procesbegeleider',
  );
  await expectNoViolations(annaPage);
  await expectNoViolations(fac);

  await expect(annaPage.locator('.vote-facts dd').last()).toHaveText(
    'Je ziet de stand tot nu toe terwijl er gestemd wordt.',
  );

  // Closing: every screen shows it closed, and the decision is on the besluitenlijst.
  await fac
    .getByLabel('Het besluit in eigen woorden (mag leeg blijven)')
    .fill('De moestuin komt in het park.');
  await fac.getByRole('button', { name: 'Stemming sluiten' }).click();
  for (const page of screens) {
    await expect(page.getByText('Gesloten', { exact: false }).first()).toBeVisible();
    await expect(page.getByText('Gekozen: “In het park”.')).toBeVisible();
  }
  // What the vote says about its result is final now, not "while people vote".
  const resultFact = annaPage.locator('.vote-facts dd').last();
  await expect(resultFact).toHaveText('De stemming is gesloten. Dit is de uitslag.');
  await expect(annaPage.getByRole('button', { name: 'Stem wijzigen' })).toHaveCount(0);
  await annaPage.getByRole('link', { name: 'Naar de besluitenlijst' }).click();
  const decision = annaPage
    .getByRole('listitem')
    .filter({ has: annaPage.getByRole('heading', { name: 'Besluit 1: Waar komt de moestuin?' }) });
  await expect(decision).toContainText('De moestuin komt in het park.');
  await expect(decision).toContainText('Gelijk gewicht');
  await expect(decision.getByRole('row', { name: /In het park/ })).toContainText('100%');
  await expectNoViolations(annaPage);

  // A passage in the document links to the decision; the link opens it on the besluitenlijst.
  const doc = new DocumentPage(await anna.context.newPage());
  await doc.open(w.docPath);
  await doc.typeAtEnd('Zie het besluit over de moestuin');
  await doc.page.keyboard.press('Shift+Home');
  await doc.toolbarButton('Link').click();
  const dialog = doc.page.getByRole('dialog', { name: 'Link toevoegen' });
  await dialog
    .getByLabel('Of link naar een besluit')
    .selectOption({ label: 'Besluit 1: Waar komt de moestuin?' });
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  const link = doc.editor.getByRole('link', { name: 'Zie het besluit over de moestuin' });
  await expect(link).toHaveAttribute('href', new RegExp(`/w/${w.werkgroepId}/besluiten#besluit-1$`));
  await doc.page.goto((await link.getAttribute('href')) ?? '');
  await expect(doc.page.locator('#besluit-1')).toBeFocused();
});

test('consent by keyboard: an objection needs a reason, blocks the proposal, and a secret vote shows no result until it closes', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, [
    { role: 'bewoner', name: 'Anna' },
    { role: 'ambtenaar', name: 'Dirk' },
  ]);
  const [anna, dirk] = w.people as [Actor, Actor];
  const voteId = await createVote(w.facilitator, w.werkgroepId, {
    question: 'Stemmen we in met het voorstel voor de speeltuin?',
    method: 'consent',
    rule: 'consent',
    secret: true,
  });
  const path = `/w/${w.werkgroepId}/stemmingen/${voteId}`;
  const page = await open(anna, path);
  await expect(page.getByText('De uitslag komt als de stemming gesloten is.')).toBeVisible();
  await page.getByRole('radio', { name: /Bezwaar/ }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Stem uitbrengen' }).press('Enter');
  await expect(page.getByRole('alert')).toContainText('Schrijf bij een bezwaar kort op waarom.');
  await page.getByLabel('Waarom heb je bezwaar?').fill('Er is geen schaduw voor jonge kinderen.');
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Stem uitbrengen' }).press('Enter');
  await expect(page.getByText('Je stem is bewaard.')).toBeVisible();

  const dirkPage = await open(dirk, path);
  await dirkPage.getByRole('radio', { name: /Instemmen/ }).check();
  await dirkPage.getByRole('button', { name: 'Stem uitbrengen' }).click();
  await expect(dirkPage.getByText('1 van 1 gestemd')).toHaveCount(2);
  await expect(dirkPage.getByRole('table')).toHaveCount(0);

  const fac = await open(w.facilitator, path);
  await fac.getByRole('button', { name: 'Stemming sluiten' }).click();
  for (const p of [page, dirkPage, fac]) {
    await expect(p.getByText('Niet aangenomen: er is bezwaar.')).toBeVisible();
    await expect(p.getByText('Er is geen schaduw voor jonge kinderen.')).toBeVisible();
  }
  // The facilitator's log keeps who took part, not when (issue 14).
  await fac.getByText('Logboek van deze stemming').click();
  const tookPart = fac.getByRole('listitem').filter({ hasText: 'Anna deed mee.' });
  await expect(tookPart).toBeVisible();
  await expect(tookPart.locator('time')).toHaveCount(0);
  await expect(fac.getByRole('listitem').filter({ hasText: 'Dirk deed mee.' })).toBeVisible();
});
