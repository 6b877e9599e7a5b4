import { expect, type Locator, type Page } from '@playwright/test';

export interface PartyInput {
  name: string;
  /** A standard kind's Dutch label ("Woningcorporatie"), or a werkgroep's own kind. */
  kind: string;
  themes?: string[];
  buurten?: string;
  contact?: { name: string; consent: boolean };
}

export interface InitiativeInput {
  name: string;
  themes?: string[];
  targetGroups?: string;
  buurten?: string;
  start?: string;
  end?: string;
  lead?: string;
  funding?: string;
}

const STANDARD_KINDS = [
  'Woningcorporatie',
  'Ontwikkelaar',
  'Zorg en welzijn',
  'Politie',
  'Cultuur',
  'Sport',
  'Onderwijs',
  'Bewonersinitiatief',
  'Afdeling van de gemeente',
  'Overig',
];

/** Page object for the wijknetwerk (/w/<id>/netwerk), in Dutch, driven as a person would: by labels. */
export class NetworkPage {
  readonly form: Locator;
  readonly side: Locator;
  readonly counts: Locator;
  readonly overlaps: Locator;
  readonly changes: Locator;
  readonly relations: Locator;

  constructor(readonly page: Page) {
    this.form = page.locator('form.network-form');
    this.side = page.getByRole('region', { name: 'Details' });
    this.counts = page.getByRole('list', { name: 'Wat er in het netwerk staat' });
    this.overlaps = page.getByRole('region', { name: 'Mogelijke overlap' });
    this.changes = page.getByRole('region', { name: 'Wie veranderde wat' });
    this.relations = page.getByRole('region', { name: /^Relaties tussen partijen/ });
  }

  /** Opens the page in the table view (a wide screen would open with the graph). */
  async goto(werkgroepId: string): Promise<void> {
    await this.page.goto(`/w/${werkgroepId}/netwerk?weergave=tabel`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Wijknetwerk' })).toBeVisible();
    await expect(this.counts).toBeVisible();
  }

  private async themes(themes: string[] = []) {
    const group = this.form.getByRole('group', { name: "Thema's" });
    for (const theme of themes) await group.getByLabel(theme, { exact: true }).check();
  }

  /** Adds a party through the form and waits until its card shows. */
  async addParty(p: PartyInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Partij toevoegen' }).first().click();
    await this.form.getByLabel('Naam', { exact: true }).fill(p.name);
    if (STANDARD_KINDS.includes(p.kind))
      await this.form.getByLabel('Soort', { exact: true }).selectOption({ label: p.kind });
    else {
      await this.form.getByLabel('Soort', { exact: true }).selectOption({ label: 'Eigen soort…' });
      await this.form.getByLabel('Welke soort?').fill(p.kind);
    }
    await this.themes(p.themes);
    if (p.buurten) await this.form.getByLabel('Buurten').fill(p.buurten);
    if (p.contact) {
      await this.form.getByLabel('Naam contactpersoon').fill(p.contact.name);
      if (p.contact.consent) await this.form.getByLabel(/toestemming om hier genoemd te worden/).check();
    }
    await this.form.getByRole('button', { name: 'Partij toevoegen' }).click();
    await expect(this.side.getByRole('heading', { level: 2, name: p.name })).toBeVisible();
  }

  /** Adds an initiative through the form and waits until its details show. */
  async addInitiative(i: InitiativeInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Initiatief toevoegen' }).first().click();
    await this.form.getByLabel('Naam', { exact: true }).fill(i.name);
    await this.themes(i.themes);
    if (i.targetGroups) await this.form.getByLabel('Voor wie (doelgroepen)').fill(i.targetGroups);
    if (i.buurten) await this.form.getByLabel('Buurten').fill(i.buurten);
    if (i.start) await this.form.getByLabel('Begint op').fill(i.start);
    if (i.end) await this.form.getByLabel('Eindigt op').fill(i.end);
    if (i.lead) await this.form.getByLabel('Trekker').selectOption({ label: i.lead });
    if (i.funding) {
      await this.form.getByRole('button', { name: 'Geldbron toevoegen' }).click();
      await this.form.getByLabel('Regeling of fonds').fill(i.funding);
    }
    await this.form.getByRole('button', { name: 'Initiatief toevoegen' }).click();
    await expect(this.side.getByRole('heading', { level: 2, name: i.name })).toBeVisible();
  }

  /** The row of a party or initiative in the table. */
  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  /** Opens a record from its row in the table (its button closes it again when it is open). */
  async open(name: string): Promise<void> {
    const button = this.row(name).getByRole('button', { name, exact: true });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await expect(this.side.getByRole('heading', { level: 2, name })).toBeVisible();
  }

  /** The facilitator links members to a party (its card's form, "Leden die namens deze partij meedoen"). */
  async linkMembers(party: string, members: string[]): Promise<void> {
    await this.open(party);
    await this.side.getByRole('button', { name: `Wijzig ${party}` }).click();
    const group = this.form.getByRole('group', { name: 'Leden die namens deze partij meedoen' });
    for (const m of members) await group.getByLabel(m).check();
    await this.form.getByRole('button', { name: 'Bewaren' }).click();
    await expect(this.form).toHaveCount(0);
    const names = members.map((m) => m.replace(/ \(.*\)$/, '')).join(', ');
    await expect(this.side.getByText(names, { exact: true })).toBeVisible();
  }

  /** Adds a relation between two parties; waits until it is in the list. */
  async addRelation(from: string, kind: string, to: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Relatie toevoegen' }).first().click();
    await this.form.getByLabel('Van partij').selectOption({ label: from });
    await this.form.getByLabel('Soort relatie').selectOption({ label: kind });
    await this.form.getByLabel('Naar partij').selectOption({ label: to });
    await this.form.getByRole('button', { name: 'Relatie toevoegen' }).click();
    await expect(this.form).toHaveCount(0);
    await expect(this.relations).toContainText(`${from} ${kind} ${to}`);
  }

  /** The flagged pair of two initiatives in the list "Mogelijke overlap" (either order). */
  overlap(a: string, b: string): Locator {
    return this.overlaps.getByRole('listitem').filter({
      has: this.page.getByRole('heading', {
        name: new RegExp(`^Mogelijke overlap: (${a} en ${b}|${b} en ${a})$`),
      }),
    });
  }

  async markAfgestemd(a: string, b: string, note: string): Promise<void> {
    const item = this.overlap(a, b);
    await item.getByRole('button', { name: 'Afgestemd' }).click();
    await item.getByLabel('Wat hebben jullie afgesproken?').fill(note);
    await item.getByRole('button', { name: 'Bewaar als afgestemd' }).click();
    await expect(item.getByText(/^Afgestemd door /)).toBeVisible();
  }
}
