import fs from 'node:fs';
import { type Browser, expect, type Locator, test } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { type Actor, werkgroepWith } from './fixtures/werkgroep';
import { DocumentPage, textOf } from './pages/DocumentPage';

/**
 * Size limits in the browser (issue 14, item 3): a paste too large for one update is refused before
 * it is sent, with a plain message; changes that reach the server too large (a long time offline)
 * are refused there (4413): the save state says "Niet bewaard: te groot", the text is kept and
 * offered, and others never see it.
 */

/** A chapter of `chars` characters that starts with a recognisable line. */
const chapter = (n: number, chars: number) =>
  `Hoofdstuk ${n}. ${'Meer groen in de wijk. '.repeat(chars / 22)}`;

/** Pastes plain text into an editor the way a browser does (a paste event with clipboard data). */
async function paste(editor: Locator, text: string) {
  await editor.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function open(actor: Actor, path: string) {
  const doc = new DocumentPage(await actor.context.newPage());
  await doc.open(path);
  return doc;
}

async function people(browser: Browser, request: Parameters<typeof werkgroepWith>[1]) {
  const w = await werkgroepWith(browser, request, [{ role: 'bewoner', name: 'Anna' }]);
  return { ...w, anna: w.people[0] as Actor };
}

test('a paste too large for one change is refused at once, with a plain message; nothing is sent', async ({
  browser,
  request,
}) => {
  const w = await people(browser, request);
  const fac = await open(w.facilitator, w.docPath);
  const anna = await open(w.anna, w.docPath);
  await anna.typeAtEnd('Onze wijk.');
  await anna.expectSaved();

  await anna.editor.click();
  await paste(anna.editor, chapter(1, 600_000));
  const message = anna.page.getByRole('alert').filter({ hasText: 'te lang om in één keer te plakken' });
  await expect(message).toBeVisible();
  expect(await textOf(anna.editor)).toBe('Onze wijk.');
  await anna.expectSaved();
  await expectNoViolations(anna.page);
  fs.mkdirSync('test-results/screenshots', { recursive: true });
  await anna.page.screenshot({ path: 'test-results/screenshots/paste-too-large.png' });

  // A smaller part goes in, and everyone gets it.
  await paste(anna.editor, chapter(2, 20_000));
  await anna.expectSaved();
  await expect.poll(() => textOf(fac.editor)).toContain('Hoofdstuk 2.');
  await anna.page.getByRole('button', { name: 'Sluiten' }).click();
  await expect(message).toHaveCount(0);
});

test('changes made offline that are too large together: "Niet bewaard: te groot", kept and offered, never seen by others', async ({
  browser,
  request,
}) => {
  const w = await people(browser, request);
  const fac = await open(w.facilitator, w.docPath);
  const anna = await open(w.anna, w.docPath);
  await anna.waitForOfflineReady();
  await anna.typeAtEnd('Onze wijk.');
  await anna.expectSaved();

  await w.anna.context.setOffline(true);
  await expect(anna.status).toHaveText(/Geen verbinding/);
  // A page opened without a network (from the service worker and this device's copy), as on a
  // phone that lost its connection: what is pasted now travels only when the connection is back.
  await anna.page.reload();
  await expect(anna.editor).toContainText('Onze wijk.');
  // Three chapters, each small enough to paste, together more than the server takes in one change.
  await anna.editor.click();
  await anna.moveToEnd();
  for (const n of [1, 2, 3]) {
    await paste(anna.editor, chapter(n, 420_000));
    await expect.poll(() => anna.editor.textContent()).toContain(`Hoofdstuk ${n}.`);
  }
  await anna.waitForLocalWrites();
  await w.anna.context.setOffline(false);

  await expect(anna.status).toHaveText(/^Niet bewaard: te groot/, { timeout: 30_000 });
  const notice = anna.page.locator('.refused');
  await expect(notice).toContainText('Je wijziging was te groot om te bewaren.');
  await expect(notice).toContainText('Hoofdstuk 1.');
  await expect(notice).toContainText('Hoofdstuk 3.');
  await expectNoViolations(anna.page);
  fs.mkdirSync('test-results/screenshots', { recursive: true });
  await anna.page.screenshot({ path: 'test-results/screenshots/too-large-notice.png' });
  // The facilitator never saw any of it; Anna's copy is back to what the server holds.
  await expect.poll(() => textOf(fac.editor)).toBe('Onze wijk.');
  await expect.poll(() => textOf(anna.editor)).toBe('Onze wijk.');

  // Kept on the device through a reload until she chooses; then she can work on.
  await anna.page.reload();
  await expect(anna.page.locator('.refused')).toContainText('Hoofdstuk 2.');
  anna.page.once('dialog', (d) => void d.accept());
  await anna.page.locator('.refused').getByRole('button', { name: 'Weggooien' }).click();
  await expect(anna.page.locator('.refused')).toHaveCount(0);
  await anna.typeAtEnd(' Verder.');
  await anna.expectSaved();
  await expect.poll(() => textOf(fac.editor)).toBe('Onze wijk. Verder.');
});
