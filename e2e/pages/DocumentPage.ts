import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for a shared document (`/d/<id>`). */
export class DocumentPage {
  readonly editor: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    // The first section of a blank document.
    this.editor = page.getByRole('textbox', { name: 'Tekst bij Eerste deel' });
    this.status = page.locator('.status');
  }

  /** Opens a document page (`/w/<werkgroep>/d/<document>`) and waits until it is in sync. */
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.expectSaved();
  }

  async expectSaved(): Promise<void> {
    await expect(this.status).toHaveText('Alles is bewaard', { timeout: 20_000 });
  }

  /** Waits until the service worker controls the page, so it loads without a network. */
  async waitForOfflineReady(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      }
    });
  }

  async typeAtEnd(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  caretLabel(name: string): Locator {
    return this.page.locator('.collaboration-carets__label', { hasText: name });
  }

  toolbarButton(name: string): Locator {
    return this.page.getByRole('toolbar', { name: 'Opmaak' }).getByRole('button', { name, exact: true });
  }
}
