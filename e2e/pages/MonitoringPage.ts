import { expect, type Locator, type Page } from '@playwright/test';

export interface IndicatorInput {
  name: string;
  unit?: string;
  source?: string;
  baseline?: { value: string; date: string };
  target?: { value: string; date: string };
  direction?: string;
}

/** The monitoring page (/w/<id>/monitoring), by its visible labels. */
export class MonitoringPage {
  constructor(readonly page: Page) {}

  goto(werkgroepId: string) {
    return this.page.goto(`/w/${werkgroepId}/monitoring`);
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Monitoring' });
  }

  card(name: string): Locator {
    return this.page.locator(`article[data-indicator="${name}"]`);
  }

  summary(name: string): Locator {
    return this.card(name).getByTestId('trend-summary');
  }

  chart(name: string): Locator {
    return this.card(name).getByRole('img', { name: `Grafiek van ${name}` });
  }

  async addIndicator(input: IndicatorInput) {
    const form = this.page
      .locator('form')
      .filter({ has: this.page.getByRole('heading', { name: 'Nieuwe indicator' }) });
    if (!(await form.isVisible()))
      await this.page.getByText('Nieuwe indicator', { exact: true }).first().click();
    await form.getByLabel('Naam').fill(input.name);
    if (input.unit) await form.getByLabel('Eenheid').selectOption({ label: input.unit });
    if (input.source) await form.getByLabel('Bron').selectOption({ label: input.source });
    for (const [group, value] of [
      ['Nulmeting (mag leeg)', input.baseline],
      ['Doel (mag leeg)', input.target],
    ] as const) {
      if (!value) continue;
      const set = form.getByRole('group', { name: group });
      await set.getByLabel('Waarde').fill(value.value);
      await set.getByLabel('Datum').fill(value.date);
    }
    if (input.direction) await form.getByLabel('Wat is beter?').selectOption({ label: input.direction });
    await form.getByRole('button', { name: 'Indicator opslaan' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: `Indicator ‘${input.name}’ is opgeslagen.` }),
    ).toBeVisible();
  }

  importForm(): Locator {
    return this.page
      .locator('form')
      .filter({ has: this.page.getByRole('heading', { name: 'Cijfers importeren uit een CSV-bestand' }) });
  }

  async openImport() {
    if (!(await this.importForm().isVisible()))
      await this.page.getByText('Cijfers importeren uit een CSV-bestand', { exact: true }).first().click();
    return this.importForm();
  }

  /** Chooses a CSV file (made in memory) and, for StatLine, the mapping; then imports. */
  async importCsv(
    name: string,
    text: string,
    statline?: { indicator: string; column: string; region?: string },
  ) {
    const form = await this.openImport();
    await form
      .getByLabel(
        statline ? 'Open data van CBS of GGD (StatLine)' : 'Ons sjabloon: indicator, datum, waarde, bron',
      )
      .check();
    await form
      .getByLabel('Bestand')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    if (statline) {
      await form.getByLabel('Voor welke indicator?').selectOption({ label: statline.indicator });
      await form.getByLabel('Welke kolom heeft de cijfers?').selectOption(statline.column);
      if (statline.region) await form.getByLabel('Welke wijk of buurt?').selectOption(statline.region);
    }
    await form.getByRole('button', { name: 'Importeren' }).click();
  }

  get importResult() {
    return this.page.getByTestId('import-result');
  }
}
