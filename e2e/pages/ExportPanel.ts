import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for "Downloaden als bestand" on the document page, and "Alles bewaren" on the werkgroep page. */
export class ExportPanel {
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByText('Downloaden als bestand', { exact: true });
  }

  async open(): Promise<void> {
    await this.summary.click();
    await expect(this.page.getByRole('group', { name: 'Welk soort bestand?' })).toBeVisible();
  }

  /** Picks a format by its label and downloads it; returns the download once the browser has it. */
  async download(formatLabel: RegExp, buttonName: string) {
    await this.page.getByRole('radio', { name: formatLabel }).check();
    const downloading = this.page.waitForEvent('download', { timeout: 60_000 });
    await this.page.getByRole('button', { name: buttonName }).click();
    const download = await downloading;
    await expect(this.page.getByRole('status').filter({ hasText: 'Klaar.' })).toContainText(
      download.suggestedFilename(),
    );
    return download;
  }
}
