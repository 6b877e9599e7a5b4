import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { type Actor, werkgroepWith } from './fixtures/werkgroep';
import { DocumentPage } from './pages/DocumentPage';
import { ExportPanel } from './pages/ExportPanel';

async function open(actor: Actor, path: string) {
  const doc = new DocumentPage(await actor.context.newPage());
  await doc.open(path);
  return doc;
}

test('the facilitator downloads the document in every format; a resident has no button and gets 403', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const w = await werkgroepWith(browser, request, [{ role: 'bewoner', name: 'Anna' }]);
  const [anna] = w.people as [Actor];
  const resident = await open(anna, w.docPath);
  await resident.typeAtEnd('Meer bankjes op het Zamenhofplein, met één café en € 5 koffie.');
  // One long word and one long address: the exported page must wrap them on a phone.
  await resident.typeAtEnd(
    ' Zie de speelplaatsvernieuwingsprojectvoorbereidingscommissievergadering op https://www.utrecht.nl/wonen-en-leven/wijken/overvecht/wijkaanpak-overvecht-samen-voor-een-betere-wijk/',
  );
  await resident.waitForLocalWrites();

  const fac = await open(w.facilitator, w.docPath);
  await expect(fac.editor).toContainText('Meer bankjes op het Zamenhofplein');
  const panel = new ExportPanel(fac.page);
  await panel.open();
  await expectNoViolations(fac.page, 'export panel');

  const day = new Date().toISOString().slice(0, 10);
  const formats: [RegExp, string, string, string][] = [
    [/^ODT/, 'ODT downloaden', 'odt', 'PK'],
    [/^DOCX/, 'DOCX downloaden', 'docx', 'PK'],
    [/^PDF \(voor het archief\)/, 'PDF downloaden', 'pdf', '%PDF'],
    [/^Tekstbestand \(\.md\)/, 'Tekst (.md) downloaden', 'md', '# Ambitiedocument Overvecht'],
    [/^HTML/, 'HTML downloaden', 'html', '<!doctype html>'],
  ];
  let htmlPath = '';
  for (const [label, button, ext, start] of formats) {
    const download = await panel.download(label, button);
    expect(download.suggestedFilename()).toBe(`ambitiedocument-overvecht-${day}.${ext}`);
    const path = await download.path();
    const bytes = await readFile(path);
    expect(bytes.subarray(0, start.length).toString('utf8'), ext).toBe(start);
    if (ext === 'md')
      expect(bytes.toString('utf8')).toContain(
        'Meer bankjes op het Zamenhofplein, met één café en € 5 koffie.',
      );
    if (ext === 'html') htmlPath = path;
  }

  // The exported web page is accessible on its own (no server, no scripts).
  const exported = await w.facilitator.context.newPage();
  await exported.setContent(await readFile(htmlPath, 'utf8'));
  await expect(exported.getByRole('heading', { level: 1 })).toHaveText('Ambitiedocument Overvecht');
  await expect(
    exported.getByRole('navigation', { name: 'Inhoud' }).getByRole('link', { name: 'Eerste deel' }),
  ).toBeVisible();
  await expectNoViolations(exported, 'exported html');
  // …and readable on a phone: nothing sideways at 360 px, even with a long word or address in the text
  // (wide tables scroll inside their own box).
  await exported.setViewportSize({ width: 360, height: 800 });
  expect(await exported.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

  // Anna sees no export, and the endpoint refuses her.
  await expect(resident.page.getByText('Downloaden als bestand')).toHaveCount(0);
  const status = await resident.page.evaluate(
    `fetch('/api/documents/${w.documentId}/export?format=pdf').then((r) => r.status)`,
  );
  expect(status).toBe(403);
  const archive = await resident.page.evaluate(
    `fetch('/api/werkgroepen/${w.werkgroepId}/archive').then((r) => r.status)`,
  );
  expect(archive).toBe(403);
  await w.facilitator.context.close();
  await anna.context.close();
});

test('the facilitator downloads the whole werkgroep as one ZIP from the werkgroep page', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const w = await werkgroepWith(browser, request, []);
  const page = await w.facilitator.context.newPage();
  await page.goto(`/w/${w.werkgroepId}`);
  await expect(page.getByRole('heading', { name: 'Alles bewaren' })).toBeVisible();
  await expectNoViolations(page, 'werkgroep page with archive');
  const downloading = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Alles downloaden (ZIP)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^archief-werkgroep-overvecht-\d{4}-\d{2}-\d{2}\.zip$/);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByRole('status').filter({ hasText: 'Klaar.' })).toBeVisible();
  await w.facilitator.context.close();
});
