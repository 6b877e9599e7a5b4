import { type Browser, expect, test } from '@playwright/test';
import { DocumentPage } from './pages/DocumentPage';

/** One browser context per person: two pages in one context would also sync over BroadcastChannel. */
async function person(browser: Browser, id: string, name: string) {
  const context = await browser.newContext();
  const doc = new DocumentPage(await context.newPage());
  await doc.open(id, name);
  return { context, doc };
}

const uniqueId = () => `e2e${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

test("two people type in the same document and see each other's text and caret", async ({ browser }) => {
  const id = uniqueId();
  const anna = await person(browser, id, 'Anna (bewoner)');
  const bram = await person(browser, id, 'Bram (gemeente)');

  await anna.doc.typeAtEnd('Samen voor Overvecht. ');
  await expect(bram.doc.editor).toContainText('Samen voor Overvecht.');
  await bram.doc.typeAtEnd('Meer groen in de wijk.');
  await expect(anna.doc.editor).toContainText('Samen voor Overvecht. Meer groen in de wijk.');

  // Each sees the other's caret, with the other's name.
  await expect(anna.doc.caretLabel('Bram (gemeente)')).toBeVisible();
  await expect(bram.doc.caretLabel('Anna (bewoner)')).toBeVisible();
  await expect(anna.doc.page.getByText('1 ander is hier')).toBeVisible();

  // Formatting travels too.
  await anna.doc.page.keyboard.press('ControlOrMeta+End');
  await anna.doc.page.keyboard.press('Enter');
  await anna.doc.toolbarButton('Kop').click();
  await anna.doc.page.keyboard.type('Groen');
  // (Anna's caret, with her name, sits inside the heading on Bram's screen.)
  await expect(bram.doc.editor.locator('h2')).toHaveText(/^Groen/);

  // A reload shows everything typed.
  await anna.doc.page.reload();
  await anna.doc.expectSaved();
  await expect(anna.doc.editor).toContainText('Samen voor Overvecht. Meer groen in de wijk.');
  await expect(anna.doc.editor.locator('h2')).toHaveText('Groen');

  // And a fresh visitor after everyone left gets it from the server.
  await anna.context.close();
  await bram.context.close();
  const late = await person(browser, id, 'Chris');
  await expect(late.doc.editor).toContainText('Samen voor Overvecht. Meer groen in de wijk.');
  await late.context.close();
});

test('the toolbar works with the keyboard alone', async ({ browser }) => {
  const { context, doc } = await person(browser, uniqueId(), 'Toetsenbord');
  await doc.typeAtEnd('Belangrijk');
  await doc.page.keyboard.press('Shift+Home');
  await expect.poll(() => doc.page.evaluate(() => window.getSelection()?.toString())).toBe('Belangrijk');
  // Shift+Tab from the editor reaches the toolbar (one tab stop); arrows move; Enter presses.
  await doc.page.keyboard.press('Shift+Tab');
  await expect(doc.toolbarButton('Gewone tekst')).toBeFocused();
  await doc.page.keyboard.press('End');
  await expect(doc.toolbarButton('Opnieuw doen')).toBeFocused();
  await doc.page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await doc.page.keyboard.press('ArrowRight');
  await expect(doc.toolbarButton('Vet')).toBeFocused();
  await doc.page.keyboard.press('Enter');
  await expect(doc.editor.locator('strong')).toHaveText('Belangrijk');
  // Formatting returns focus to the text; the toolbar remembers where you were.
  await expect(doc.editor).toBeFocused();
  await doc.page.keyboard.press('Shift+Tab');
  await expect(doc.toolbarButton('Vet')).toBeFocused();
  await doc.page.keyboard.press('ArrowRight');
  await expect(doc.toolbarButton('Schuin')).toBeFocused();
  await doc.page.keyboard.press('Home');
  await expect(doc.toolbarButton('Gewone tekst')).toBeFocused();
  await context.close();
});

test('a link can be added through the link dialog', async ({ browser }) => {
  const { context, doc } = await person(browser, uniqueId(), 'Links');
  await doc.editor.click();
  await doc.toolbarButton('Link').click();
  const dialog = doc.page.getByRole('dialog', { name: 'Link toevoegen' });
  await dialog.getByLabel('Webadres').fill('https://www.overvecht.nl');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(doc.editor.getByRole('link', { name: 'https://www.overvecht.nl' })).toBeVisible();
  await context.close();
});

test('typed offline: kept on the device through a reload, sent when back online', async ({ browser }) => {
  const id = uniqueId();
  const home = await person(browser, id, 'Thuis op telefoon');
  const room = await person(browser, id, 'In de zaal');
  await home.doc.waitForOfflineReady();
  await home.doc.typeAtEnd('Eerste zin. ');
  await expect(room.doc.editor).toContainText('Eerste zin.');
  await home.doc.expectSaved();

  await home.context.setOffline(true);
  await expect(home.doc.status).toHaveText(/Geen verbinding/);
  await home.doc.typeAtEnd('Getypt zonder verbinding.');
  await expect(home.doc.editor).toContainText('Getypt zonder verbinding.');
  await expect(room.doc.editor).not.toContainText('Getypt zonder verbinding.');

  // Reload while still offline: the app comes from the service worker, the text from IndexedDB.
  await home.doc.page.reload();
  await expect(home.doc.editor).toContainText('Eerste zin. Getypt zonder verbinding.');
  await expect(home.doc.status).toHaveText(/Geen verbinding/);

  await home.context.setOffline(false);
  await home.doc.expectSaved();
  await expect(room.doc.editor).toContainText('Eerste zin. Getypt zonder verbinding.', { timeout: 20_000 });
  await home.context.close();
  await room.context.close();
});

test('the save state goes from saving to saved after typing', async ({ browser }) => {
  const { context, doc } = await person(browser, uniqueId(), 'Bewaren');
  await doc.typeAtEnd('Een zin die bewaard moet worden.');
  await doc.expectSaved();
  await context.close();
});
