import { expect, type Locator, type Page } from '@playwright/test';

export interface ActieInput {
  title: string;
  theme?: string;
  section?: string;
  afspraak?: string;
  lead?: string;
  start?: string;
  end?: string;
  milestone?: { day: string; label: string };
  nietBeloven?: string;
  publish?: boolean;
}

/** The uitvoeringsplan page (/w/<id>/uitvoering) as a person uses it. */
export class UitvoeringPage {
  constructor(readonly page: Page) {}

  goto(werkgroepId: string) {
    return this.page.goto(`/w/${werkgroepId}/uitvoering`);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Uitvoeringsplan' });
  }
  get acties(): Locator {
    return this.page.locator('article.actie');
  }
  actie(title: string): Locator {
    return this.page
      .locator('article.actie')
      .filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  /** Adds an actie through the form and waits until it is in the list. */
  async addActie(a: ActieInput): Promise<void> {
    const before = await this.acties.count();
    await this.page.getByRole('button', { name: 'Nieuwe actie' }).click();
    const form = this.page.getByRole('form', { name: 'Nieuwe actie' });
    await form.getByLabel('Wat gaan we doen?').fill(a.title);
    if (a.theme) await form.getByLabel('Thema', { exact: true }).selectOption({ label: a.theme });
    if (a.section) await form.getByLabel('Bij welke ambitie hoort het?').selectOption({ label: a.section });
    if (a.afspraak)
      await form
        .getByRole('group', { name: 'Uit welke afspraken van het wijkakkoord komt het?' })
        .getByLabel(a.afspraak)
        .check();
    if (a.lead) await form.getByLabel('Trekker (partij)').selectOption({ label: a.lead });
    if (a.start) await form.getByLabel('Begint op').fill(a.start);
    if (a.end) await form.getByLabel('Klaar op').fill(a.end);
    if (a.milestone) {
      await form.getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
      await form.getByLabel('Datum mijlpaal 1').fill(a.milestone.day);
      await form.getByLabel('Mijlpaal 1', { exact: true }).fill(a.milestone.label);
    }
    if (a.nietBeloven) await form.getByLabel('Wat kunnen we niet beloven?').fill(a.nietBeloven);
    if (a.publish) await form.getByLabel('Openbaar maken voor de hele wijk').check();
    await form.getByRole('button', { name: 'Actie opslaan' }).click();
    await expect(form).toHaveCount(0);
    await expect(this.acties).toHaveCount(before + 1);
  }

  /** Opens an actie's details (the facts, the updates and the forms). */
  async openDetails(title: string): Promise<Locator> {
    const actie = this.actie(title);
    const details = actie.locator('details');
    if ((await details.getAttribute('open')) === null) await actie.getByText(`Meer over ${title}`).click();
    return actie;
  }

  /** Posts an update on an actie, with a photo and its description when given. */
  async postUpdate(title: string, text: string, photo?: { name: string; buffer: Buffer; alt: string }) {
    const actie = await this.openDetails(title);
    await actie.getByLabel('Wat is er gebeurd?').fill(text);
    if (photo) {
      await actie
        .getByLabel('Foto (mag leeg)')
        .setInputFiles({ name: photo.name, mimeType: 'image/jpeg', buffer: photo.buffer });
      await actie.getByLabel('Wat staat er op de foto?').fill(photo.alt);
    }
    await actie.getByRole('button', { name: 'Bericht plaatsen' }).click();
    await expect(actie.getByText('Je bericht is geplaatst.')).toBeVisible();
  }
}
