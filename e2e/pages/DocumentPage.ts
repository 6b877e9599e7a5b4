import { expect, type Locator, type Page } from '@playwright/test';

/** The text of an editor without others' carets (their name labels are in the DOM). */
export const textOf = (editor: Locator): Promise<string> =>
  editor.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return copy.textContent ?? '';
  });

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

  /**
   * Waits until every edit made so far is written to the device's IndexedDB (y-indexeddb): a read of
   * each database's update store is queued behind the writes already issued, so when it completes,
   * they have. Without it a reload right after typing could cut the last keystrokes off.
   */
  async waitForLocalWrites(): Promise<void> {
    await this.page.evaluate(async () => {
      const names = (await indexedDB.databases()).flatMap((d) => (d.name ? [d.name] : []));
      await Promise.all(
        names.map(
          (name) =>
            new Promise<void>((resolve, reject) => {
              const open = indexedDB.open(name);
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains('updates')) {
                  db.close();
                  resolve();
                  return;
                }
                const tx = db.transaction(['updates'], 'readonly');
                tx.objectStore('updates').count();
                tx.oncomplete = () => {
                  db.close();
                  resolve();
                };
                tx.onerror = () => reject(tx.error);
              };
            }),
        ),
      );
    });
  }

  async typeAtEnd(text: string): Promise<void> {
    await this.editor.click();
    await this.moveToEnd();
    await this.page.keyboard.type(text);
  }

  /**
   * Ctrl+End, until the caret really is after the last character. A remote change arriving at the
   * same moment can put the local selection back where it was (y-prosemirror restores it from its
   * relative position), so the key is pressed again until the caret stays at the end.
   */
  async moveToEnd(): Promise<void> {
    const atEnd = (): Promise<boolean> =>
      this.page.evaluate(`(() => {
          const s = window.getSelection();
          const editor = document.activeElement;
          if (!s || !s.focusNode || !editor || !editor.lastChild || !editor.contains(s.focusNode)) return false;
          const rest = document.createRange();
          rest.setStart(s.focusNode, s.focusOffset);
          rest.setEndAfter(editor.lastChild);
          const after = rest.cloneContents();
          for (const n of after.querySelectorAll('.collaboration-carets__caret')) n.remove();
          return (after.textContent ?? '').trim() === '';
        })()`);
    // At the end, and still there at the next poll (100 ms or more later): a remote change that was
    // on its way can restore the old selection just after the key.
    let wasAtEnd = false;
    await expect
      .poll(async () => {
        if (wasAtEnd && (await atEnd())) return true;
        await this.page.keyboard.press('ControlOrMeta+End');
        wasAtEnd = await atEnd();
        return false;
      })
      .toBe(true);
  }

  caretLabel(name: string): Locator {
    return this.page.locator('.collaboration-carets__label', { hasText: name });
  }

  toolbarButton(name: string): Locator {
    return this.page.getByRole('toolbar', { name: 'Opmaak' }).getByRole('button', { name, exact: true });
  }
}
