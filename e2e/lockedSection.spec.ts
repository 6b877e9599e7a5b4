import fs from 'node:fs';
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { type Actor, werkgroepWith } from './fixtures/werkgroep';
import { DocumentPage, textOf } from './pages/DocumentPage';

/**
 * A *vastgesteld* section (issue 14, item 4): read-only in every control; the save state never says
 * saved for an edit the server did not store; refused text is kept, offered and dropped — it never
 * sneaks in when the section opens again.
 */
const LOCKED = 'Dit deel is vastgesteld. Alleen de procesbegeleider kan het nog veranderen.';
const NOTICE = 'Dit deel is vastgesteld terwijl je schreef. Je tekst is niet in het document gekomen:';
const shots = 'test-results/screenshots';

async function open(actor: Actor, path: string, viewport?: { width: number; height: number }) {
  const page = await actor.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const doc = new DocumentPage(page);
  await doc.open(path);
  return doc;
}

async function people(browser: Browser, request: Parameters<typeof werkgroepWith>[1]) {
  const w = await werkgroepWith(browser, request, [{ role: 'bewoner', name: 'Anna' }]);
  return { ...w, anna: w.people[0] as Actor };
}

async function setStatus(fac: DocumentPage, status: 'Vastgesteld' | 'In bespreking') {
  await fac.page
    .getByRole('region', { name: 'Eerste deel' })
    .getByLabel('Status')
    .selectOption({ label: status });
}

/** Records every text the save state shows from now on (a test-side observer, not an app hook). */
async function recordStatuses(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenStatuses: string[] }).seenStatuses = seen;
    const note = () => {
      const text = document.querySelector('.status')?.textContent ?? '';
      if (seen[seen.length - 1] !== text) seen.push(text);
    };
    note();
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { seenStatuses: string[] }).seenStatuses);
}

/** Waits until the editor's text, without others' carets, is `text`. */
async function expectText(editor: Locator, text: string) {
  await expect.poll(() => textOf(editor)).toBe(text);
}

test('a vastgesteld section is read-only in every control, comments stay, nothing sneaks in on unlock', async ({
  browser,
  request,
}) => {
  const w = await people(browser, request);
  const fac = await open(w.facilitator, w.docPath);
  const anna = await open(w.anna, w.docPath);
  await anna.typeAtEnd('Meer groen op het plein.');
  await expectText(fac.editor, 'Meer groen op het plein.');
  await anna.expectSaved();

  await setStatus(fac, 'Vastgesteld');
  await expect(anna.editor).toHaveAttribute('contenteditable', 'false');
  await expect(anna.editor).toHaveAttribute('aria-readonly', 'true');
  // The reason is on the page, and read out with the text box and with the toolbar.
  const reason = anna.page.getByRole('region', { name: 'Eerste deel' }).getByText(LOCKED);
  await expect(reason).toBeVisible();
  const reasonId = await reason.getAttribute('id');
  await expect(anna.editor).toHaveAttribute('aria-describedby', reasonId ?? 'missing');
  const toolbar = anna.page.getByRole('toolbar', { name: 'Opmaak' });
  await expect(toolbar).toHaveAccessibleDescription(LOCKED);

  // Every control that would change the text is disabled and does nothing.
  for (const name of ['Tabel invoegen', 'Kop', 'Lijst met punten', 'Vet', 'Link', 'Ongedaan maken']) {
    await expect(anna.toolbarButton(name)).toHaveAttribute('aria-disabled', 'true');
  }
  // (Clicked anyway, as a person would click a greyed-out button: `force` skips Playwright's check.)
  await anna.editor.click();
  for (const name of ['Tabel invoegen', 'Kop', 'Lijst met punten', 'Link']) {
    await anna.toolbarButton(name).click({ force: true });
  }
  await anna.toolbarButton('Tabel invoegen').focus();
  await anna.page.keyboard.press('Enter');
  await expect(anna.page.getByRole('dialog', { name: 'Link toevoegen' })).toHaveCount(0);
  // The keyboard: typing, shortcuts for a heading, a list, bold; paste and drop of a table.
  await anna.editor.focus();
  await anna.page.keyboard.press('ControlOrMeta+A');
  await anna.page.keyboard.press('ControlOrMeta+Alt+2');
  await anna.page.keyboard.press('ControlOrMeta+Shift+8');
  await anna.page.keyboard.press('ControlOrMeta+B');
  await anna.page.keyboard.type('Toch een tabel');
  await anna.page.keyboard.press('Enter');
  await anna.page.keyboard.press('Backspace');
  await anna.editor.evaluate((el) => {
    const data = () => {
      const d = new DataTransfer();
      d.setData('text/plain', 'Geplakt');
      d.setData('text/html', '<table><tr><th>Geplakt</th></tr></table><h2>Geplakt</h2>');
      return d;
    };
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data(), bubbles: true, cancelable: true }));
    const box = el.getBoundingClientRect();
    el.dispatchEvent(
      new DragEvent('drop', {
        dataTransfer: data(),
        clientX: box.left + 10,
        clientY: box.top + 10,
        bubbles: true,
        cancelable: true,
      }),
    );
  });
  await expectText(anna.editor, 'Meer groen op het plein.');
  for (const tag of ['table', 'h2', 'ul', 'strong']) await expect(anna.editor.locator(tag)).toHaveCount(0);
  await expect(anna.status).toHaveText('Alles is bewaard');

  // Comments are not the section's text: they stay possible on a settled section.
  await expect(anna.toolbarButton('Opmerking')).not.toHaveAttribute('aria-disabled', 'true');
  await anna.toolbarButton('Opmerking').click();
  const dialog = anna.page.getByRole('dialog', { name: 'Opmerking plaatsen' });
  await dialog.getByLabel('Je opmerking').fill('Mooi zo.');
  await dialog.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(fac.page.locator('.thread')).toContainText('Mooi zo.');

  // The facilitator's copy never changed; on unlock nothing appears, and Anna writes again.
  await expectText(fac.editor, 'Meer groen op het plein.');
  await setStatus(fac, 'In bespreking');
  await expect(anna.editor).toHaveAttribute('contenteditable', 'true');
  await anna.typeAtEnd(' En bankjes.');
  await expectText(fac.editor, 'Meer groen op het plein. En bankjes.');
  for (const tag of ['table', 'h2', 'ul', 'strong']) await expect(fac.editor.locator(tag)).toHaveCount(0);
});

test('typed while the section was being settled: kept, sent as a comment, dropped; not back after reload or unlock', async ({
  browser,
  request,
}) => {
  const w = await people(browser, request);
  const fac = await open(w.facilitator, w.docPath);
  const anna = await open(w.anna, w.docPath);
  await anna.waitForOfflineReady();
  await anna.typeAtEnd('Eerste zin.');
  await expectText(fac.editor, 'Eerste zin.');
  await anna.expectSaved();

  // Her connection drops while she writes; meanwhile the facilitator settles the section.
  await w.anna.context.setOffline(true);
  await expect(anna.status).toHaveText(/Geen verbinding/);
  await anna.typeAtEnd(' Dit kwam te laat.');
  await expect(anna.status).toHaveText(/blijven op dit apparaat/);
  await setStatus(fac, 'Vastgesteld');
  const seen = await recordStatuses(anna.page);
  await w.anna.context.setOffline(false);

  const notice = anna.page.locator('.refused');
  await expect(notice).toContainText(NOTICE);
  await expect(notice).toContainText('Dit kwam te laat.');
  await expect(anna.status).toHaveText(/^Niet bewaard/);
  expect(await seen()).not.toContain('Alles is bewaard');
  // Her copy is back to what the server holds.
  await expectText(anna.editor, 'Eerste zin.');
  await expect(anna.editor).toHaveAttribute('contenteditable', 'false');
  fs.mkdirSync(shots, { recursive: true });
  await notice.scrollIntoViewIfNeeded();
  await anna.page.screenshot({ path: `${shots}/refused-laptop.png` });
  await expectNoViolations(anna.page, 'refused notice (laptop)');

  await notice.getByRole('button', { name: 'Stuur als opmerking naar de procesbegeleider' }).click();
  await expect(fac.page.locator('.thread')).toContainText('Dit kwam te laat.');
  await expect(notice).toHaveCount(0);
  await anna.expectSaved();

  await anna.page.reload();
  await anna.expectSaved();
  await expectText(anna.editor, 'Eerste zin.');
  await expect(anna.page.locator('.refused')).toHaveCount(0);

  await setStatus(fac, 'In bespreking');
  await expect(anna.editor).toHaveAttribute('contenteditable', 'true');
  await anna.typeAtEnd(' Weer open.');
  // What a reconnect could have sent, it would have sent before this.
  await expectText(fac.editor, 'Eerste zin. Weer open.');
  await expectText(anna.editor, 'Eerste zin. Weer open.');
});

test('a phone types offline in a section settled meanwhile: not "saved", its text offered, nothing sneaks in', async ({
  browser,
  request,
}) => {
  const w = await people(browser, request);
  const fac = await open(w.facilitator, w.docPath);
  const phone = await open(w.anna, w.docPath, { width: 360, height: 800 });
  await phone.waitForOfflineReady();

  await w.anna.context.setOffline(true);
  await expect(phone.status).toHaveText(/Geen verbinding/);
  await phone.typeAtEnd('Ik wil meer bankjes bij de speeltuin.');
  await expect(phone.status).toHaveText(/blijven op dit apparaat/);
  await setStatus(fac, 'Vastgesteld');
  const seen = await recordStatuses(phone.page);
  await w.anna.context.setOffline(false);

  const notice = phone.page.locator('.refused');
  await expect(notice).toContainText(NOTICE);
  await expect(notice).toContainText('Ik wil meer bankjes bij de speeltuin.');
  await expect(phone.status).toHaveText(/^Niet bewaard/);
  expect(await seen()).not.toContain('Alles is bewaard');
  await expectText(fac.editor, '');
  await expectText(phone.editor, '');
  await expectNoViolations(phone.page, 'refused notice (phone)');
  fs.mkdirSync(shots, { recursive: true });
  await notice.scrollIntoViewIfNeeded();
  await phone.page.screenshot({ path: `${shots}/refused-phone.png` });
  // Nothing goes sideways at 360 px.
  expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Still kept after closing the tab: the notice comes back from the device.
  await phone.page.reload();
  await expect(phone.page.locator('.refused')).toContainText('Ik wil meer bankjes bij de speeltuin.');
  phone.page.once('dialog', (d) => void d.accept());
  await phone.page.locator('.refused').getByRole('button', { name: 'Weggooien' }).click();
  await expect(phone.page.locator('.refused')).toHaveCount(0);

  await setStatus(fac, 'In bespreking');
  await expect(phone.editor).toHaveAttribute('contenteditable', 'true');
  await phone.typeAtEnd('Nieuw idee.');
  await expectText(fac.editor, 'Nieuw idee.');
  await expectText(phone.editor, 'Nieuw idee.');
});
