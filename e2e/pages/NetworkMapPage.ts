import { expect, type Locator, type Page } from '@playwright/test';

/** The wijknetwerk page in its map view, and the Wijkgrens panel under it. */
export class NetworkMapPage {
  readonly map: Locator;
  constructor(readonly page: Page) {
    this.map = page.locator('section.wa-network-map');
  }

  async goto(werkgroepId: string) {
    await this.page.goto(`/w/${werkgroepId}/netwerk?weergave=kaart`);
    await expect(this.map).toBeVisible();
  }

  /** The counts the map puts on its element (points, pairs, outline polygons, unplaced). */
  async expectCounts(counts: { points: number; pairs: number; polygons: number; unplaced: number }) {
    await expect(this.map).toHaveAttribute('data-points', String(counts.points));
    await expect(this.map).toHaveAttribute('data-pairs', String(counts.pairs));
    await expect(this.map).toHaveAttribute('data-outline-polygons', String(counts.polygons));
    await expect(this.map).toHaveAttribute('data-unplaced', String(counts.unplaced));
  }

  point(id: string): Locator {
    return this.map.locator(`[data-point="${id}"]`);
  }

  async uploadOutline(name: string, geojson: unknown) {
    await this.page.getByLabel('Bestand met de wijkgrens').setInputFiles({
      name,
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(geojson)),
    });
    await this.page.getByRole('button', { name: 'Uploaden' }).click();
  }
}
