import { expect, test } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { sidewaysOverflow } from './fixtures/overflow';
import { type Actor, baseURL, werkgroepWith } from './fixtures/werkgroep';
import { NetworkPage } from './pages/NetworkPage';

const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };
const SECRET_CONTACT = 'Gerda Geheim';

test('three members build the wijknetwerk together (one on a phone); an overlap shows live everywhere and is marked afgestemd', async ({
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  const w = await werkgroepWith(browser, request, [
    { role: 'partner', name: 'Pieter' },
    { role: 'bewoner', name: 'Bea' },
  ]);
  const [partner, bewoner] = w.people as [Actor, Actor];
  const pages = {
    fac: new NetworkPage(await w.facilitator.context.newPage()),
    partner: new NetworkPage(await partner.context.newPage()),
    bewoner: new NetworkPage(await bewoner.context.newPage()),
  };
  await pages.fac.page.setViewportSize(LAPTOP);
  await pages.partner.page.setViewportSize(LAPTOP);
  await pages.bewoner.page.setViewportSize(PHONE);
  const all = Object.values(pages);
  await Promise.all(all.map((p) => p.goto(w.werkgroepId)));

  // Six parties from three browsers at once; one contact without consent.
  await Promise.all([
    (async () => {
      await pages.fac.addParty({ name: 'Portaal', kind: 'Woningcorporatie', themes: ['Leefbaar'] });
      await pages.fac.addParty({ name: 'Buurtteam', kind: 'Zorg en welzijn', themes: ['Gezond'] });
    })(),
    (async () => {
      await pages.partner.addParty({
        name: 'Sportclub Noord',
        kind: 'Sport',
        themes: ['Gezond'],
        contact: { name: SECRET_CONTACT, consent: false },
      });
      await pages.partner.addParty({
        name: 'Bibliotheek',
        kind: 'Cultuur',
        contact: { name: 'Karin de Vries', consent: true },
      });
    })(),
    (async () => {
      await pages.bewoner.addParty({ name: 'Bewonersgroep Noord', kind: 'Bewonersinitiatief' });
      await pages.bewoner.addParty({ name: 'De Kerk', kind: 'Kerk', buurten: 'Vollenhove-Noord' });
    })(),
  ]);
  for (const p of all) await expect(p.counts).toContainText('6 partijen');

  // The facilitator links the partner to the Buurtteam (who may then keep its card) and adds a relation.
  await pages.fac.linkMembers('Buurtteam', ['Pieter (Partner)']);
  await pages.fac.addRelation('Portaal', 'zit in de wijkcoalitie met', 'Buurtteam');
  await pages.partner.open('Buurtteam');
  await expect(pages.partner.side.getByRole('button', { name: 'Wijzig Buurtteam' })).toBeVisible();
  await pages.partner.open('Portaal');
  await expect(pages.partner.side.getByRole('button', { name: 'Wijzig Portaal' })).toHaveCount(0);
  await expect(pages.bewoner.relations).toContainText('Portaal zit in de wijkcoalitie met Buurtteam');

  // Five initiatives; the soos and the koffie-ochtend reach the same people in the same buurt and season.
  const sameAudience = {
    themes: ['Gezond'],
    targetGroups: 'ouderen',
    buurten: 'Vollenhove-Noord',
    start: '2027-03-01',
    end: '2027-05-31',
  };
  await Promise.all([
    (async () => {
      await pages.fac.addInitiative({ name: 'Ouderensoos', lead: 'Buurtteam', ...sameAudience });
      await pages.fac.addInitiative({ name: 'Moestuin', themes: ['Groen'], lead: 'Portaal' });
    })(),
    (async () => {
      await pages.partner.addInitiative({
        name: 'Sportochtend',
        lead: 'Sportclub Noord',
        funding: 'Fonds Sport',
      });
      await pages.partner.addInitiative({ name: 'Leesclub', lead: 'Bibliotheek' });
    })(),
    pages.bewoner.addInitiative({ name: 'Koffie-ochtend', lead: 'Bewonersgroep Noord', ...sameAudience }),
  ]);

  // Everyone sees everything, and the overlap, without a reload.
  for (const p of all) {
    await expect(p.counts).toContainText('5 initiatieven');
    await expect(p.overlap('Ouderensoos', 'Koffie-ochtend')).toContainText(
      'Beide richten zich op ouderen in Vollenhove-Noord in voorjaar 2027.',
    );
    await expect(p.row('Koffie-ochtend')).toContainText('Mogelijke overlap');
  }
  await expect(pages.fac.changes).toContainText('Bea heeft initiatief Koffie-ochtend toegevoegd.');

  // The facilitator marks it afgestemd; the others see the mark, who made it and the note.
  await pages.fac.markAfgestemd('Ouderensoos', 'Koffie-ochtend', 'De soos op dinsdag, koffie op vrijdag');
  for (const p of [pages.partner, pages.bewoner]) {
    const item = p.overlap('Ouderensoos', 'Koffie-ochtend');
    await expect(item).toContainText('Afgestemd door Fatima (procesbegeleider)');
    await expect(item).toContainText('De soos op dinsdag, koffie op vrijdag');
    await expect(p.row('Koffie-ochtend')).toContainText('Overlap besproken');
  }

  // A contact given without consent is nowhere: not on any screen, not in what the API sends.
  await pages.bewoner.open('Sportclub Noord');
  await pages.fac.open('Bibliotheek');
  await expect(pages.fac.side).toContainText('Karin de Vries');
  for (const p of all) await expect(p.page.getByText(SECRET_CONTACT)).toHaveCount(0);
  const api = await w.facilitator.context.request.get(
    `${baseURL()}/api/werkgroepen/${w.werkgroepId}/netwerk`,
  );
  expect(await api.text()).not.toContain(SECRET_CONTACT);

  // Escape closes the details and gives focus back to the row the person came from.
  await pages.bewoner.page.keyboard.press('Escape');
  await expect(pages.bewoner.side).toHaveCount(0);
  await expect(
    pages.bewoner.row('Sportclub Noord').getByRole('button', { name: 'Sportclub Noord' }),
  ).toBeFocused();

  // Nothing sticks out sideways on the phone (the table keeps name and kind; the rest is in the details).
  await pages.bewoner.open('Koffie-ochtend');
  expect(await sidewaysOverflow(pages.bewoner.page)).toEqual({ overflow: 0, culprits: [] });

  // Accessible with the details open, on the laptop and on the phone.
  await expectNoViolations(pages.fac.page, 'laptop');
  await expectNoViolations(pages.bewoner.page, 'phone');

  // The bewoner removes the party she made, after a question; everyone sees it go, and who did it.
  await pages.bewoner.open('De Kerk');
  await pages.bewoner.side.getByRole('button', { name: 'Verwijder De Kerk' }).click();
  await pages.bewoner.page
    .getByRole('dialog', { name: 'De Kerk verwijderen?' })
    .getByRole('button', { name: 'Ja, verwijderen' })
    .click();
  for (const p of all) await expect(p.counts).toContainText('5 partijen');
  await expect(pages.partner.changes).toContainText('Bea heeft partij De Kerk verwijderd.');
});

test('a party the wijkakkoord names cannot be removed: the question says why, in the dialog, and the party stays', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, []);
  const headers = { origin: baseURL() };
  const api = `${baseURL()}/api/werkgroepen/${w.werkgroepId}`;
  const req = w.facilitator.context.request;
  const party = await (
    await req.post(`${api}/netwerk/parties`, {
      headers,
      data: { name: 'Woningcorporatie Portaal', kind: 'woningcorporatie', memberIds: [] },
    })
  ).json();
  const afspraak = await req.post(`${api}/akkoord/afspraken`, {
    headers,
    data: { what: 'Elk portiek krijgt een schoonmaakplan', partyIds: [party.id], byWhen: '2027-06-30' },
  });
  expect(afspraak.ok()).toBe(true);

  const fac = new NetworkPage(await w.facilitator.context.newPage());
  await fac.page.setViewportSize(LAPTOP);
  await fac.goto(w.werkgroepId);
  await fac.open('Woningcorporatie Portaal');
  await fac.side.getByRole('button', { name: 'Verwijder Woningcorporatie Portaal' }).click();
  const dialog = fac.page.getByRole('dialog', { name: 'Woningcorporatie Portaal verwijderen?' });
  await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Deze partij kan niet weg.');
  await expect(dialog.getByRole('alert')).toContainText('Elk portiek krijgt een schoonmaakplan');
  await expectNoViolations(fac.page, 'refused delete');
  await dialog.getByRole('button', { name: 'Nee, niet verwijderen' }).click();
  await expect(fac.counts).toContainText('1 partij');
});
