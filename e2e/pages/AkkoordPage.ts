import { expect, type Locator, type Page } from '@playwright/test';

/** The wijkakkoord page of a werkgroep, as one person sees it. */
export class AkkoordPage {
  constructor(readonly page: Page) {}

  async goto(werkgroepId: string) {
    await this.page.goto(`/w/${werkgroepId}/akkoord`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** Opens a folded part (a <details>) unless it is open already. */
  private async unfold(details: Locator) {
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
      await details.locator('summary').click();
  }

  get status(): Locator {
    return this.page.locator('.akkoord-status__text');
  }

  get introduction(): Locator {
    return this.page.getByRole('textbox', { name: 'Inleiding' });
  }

  async waitSaved() {
    await expect(this.page.locator('.akkoord__intro .status')).toHaveText('Alles is bewaard');
  }

  async writeIntroduction(text: string) {
    await this.introduction.click();
    await this.page.keyboard.type(text);
    await this.waitSaved();
  }

  async addAfspraak(a: { what: string; parties: string[]; byWhen?: string }) {
    const details = this.page.locator('details.afspraken__new');
    await this.unfold(details);
    const form = details.locator('form');
    await form.getByLabel('Wat spreken we af?').fill(a.what);
    for (const p of a.parties) await form.getByRole('checkbox', { name: p, exact: true }).check();
    if (a.byWhen) await form.getByLabel('Uiterlijk wanneer?').fill(a.byWhen);
    const count = await this.afspraken.count();
    await form.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await expect(this.afspraken).toHaveCount(count + 1);
    await expect(form.getByLabel('Wat spreken we af?')).toHaveValue('');
  }

  get afspraken(): Locator {
    return this.page.locator('ol.afspraken > li');
  }

  /** Ticks the signing parties; those in `outside` sign through a link. */
  async chooseSignatories(parties: string[], outside: string[] = []) {
    const details = this.page.locator('details.signatories-form');
    await this.unfold(details);
    for (const p of parties) await details.getByRole('checkbox', { name: p, exact: true }).check();
    for (const p of outside)
      await details
        .getByLabel(`Wie tekent voor ${p}?`)
        .selectOption({ label: 'Iemand van buiten (tekenlink)' });
    await details.getByRole('button', { name: 'Keuze bewaren' }).click();
    await expect(details.getByText('De keuze is bewaard.')).toBeVisible();
  }

  async freeze(versionName: string) {
    await this.page.getByRole('button', { name: 'Bevriezen voor ondertekening' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Bevriezen voor ondertekening' });
    await dialog.getByLabel('Naam van deze versie').fill(versionName);
    await dialog.getByRole('button', { name: 'Bevriezen', exact: true }).click();
    await expect(this.status).toHaveText('Ter ondertekening');
  }

  async sign(party: string, fn: string, consent: boolean) {
    const form = this.page.getByRole('form', { name: `Ondertekenen namens ${party}` });
    await form.getByRole('textbox', { name: 'Je functie' }).fill(fn);
    if (consent) await form.getByRole('checkbox').check();
    await form.getByRole('button', { name: `Ondertekenen namens ${party}` }).click();
    await expect(form).toHaveCount(0);
  }

  /** Makes a signing link for `party` and returns it (it is shown once). */
  async makeSigningLink(party: string): Promise<string> {
    await this.page.getByRole('button', { name: `Maak een tekenlink voor ${party}` }).click();
    const link = this.page.getByTestId('signing-link');
    await expect(link).toContainText('/akkoord-tekenen/');
    return (await link.textContent()) ?? '';
  }

  /** Reports progress on the `number`th afspraak (its status by its Dutch label). */
  async reportProgress(number: number, status: string, text: string) {
    const item = this.afspraken.nth(number - 1);
    await this.unfold(item.locator('details', { hasText: `Voortgang melden bij afspraak ${number}` }));
    await item.getByLabel('Hoe staat het ervoor?').selectOption({ label: status });
    await item.getByLabel('Korte uitleg').fill(text);
    await item.getByRole('button', { name: 'Melden' }).click();
    await expect(item.getByText('Je melding staat erbij.')).toBeVisible();
  }

  /** How far the page is wider than the screen (0 or less: no sideways scrolling). */
  overflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  signatureRow(text: string): Locator {
    return this.page.locator('.akkoord-table tr', { hasText: text });
  }
}
