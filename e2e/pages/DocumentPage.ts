import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for a shared document (`/d/<id>`). */
export class DocumentPage {
  readonly editor: Locator;
  readonly status: Locator;
  readonly nameInput: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByRole('textbox', { name: 'Tekst van het document' });
    this.status = page.getByRole('status');
    this.nameInput = page.getByLabel('Je naam');
  }

  async open(id: string, name?: string): Promise<void> {
    await this.page.goto(`/d/${id}`);
    await expect(this.status).toHaveText(/Verbonden/);
    if (name) await this.nameInput.fill(name);
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
