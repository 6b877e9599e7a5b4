/**
 * Screenshots of the main screens at phone, laptop and projector sizes, for looking at what we
 * build (not a test), into test-results/screenshots/; the laptop shot of a document also becomes
 * the README's picture (docs/screenshot-document.png). Run against a running app:
 * `npm run screenshots` (BASE_URL defaults to http://127.0.0.1:3000).
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const out = 'test-results/screenshots';
const sizes = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
];

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const docId = `shot${Date.now().toString(36)}`;
  // A second person in the document, so carets and presence show.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(`${base}/d/${docId}`);
  await otherPage.getByLabel('Je naam').fill('Bram (gemeente)');
  const editor = otherPage.getByRole('textbox', { name: 'Tekst van het document' });
  await editor.click();
  await otherPage.keyboard.press('ControlOrMeta+Alt+2');
  await otherPage.keyboard.type('Onze wijk nu');
  await otherPage.keyboard.press('Enter');
  await otherPage.keyboard.type(
    'Overvecht is een wijk met veel groen en veel verschillende mensen. Bewoners willen meer plekken om elkaar te ontmoeten.',
  );
  for (const size of sizes) {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    const page = await context.newPage();
    await page.goto(base);
    await page.screenshot({ path: `${out}/home-${size.name}.png`, fullPage: true });
    await page.goto(`${base}/d/${docId}`);
    await page.getByRole('status').filter({ hasText: 'bewaard' }).waitFor();
    await page.getByLabel('Je naam').fill('Anna (bewoner)');
    if (size.name === 'laptop') {
      await page.getByRole('textbox', { name: 'Tekst van het document' }).locator('p').first().waitFor();
      await page.screenshot({ path: 'docs/screenshot-document.png' });
    }
    await page.getByRole('textbox', { name: 'Tekst van het document' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/document-${size.name}.png`, fullPage: true });
    for (const path of ['documenten', 'privacy', 'toegankelijkheid']) {
      await page.goto(`${base}/${path}`);
      await page.screenshot({ path: `${out}/${path}-${size.name}.png`, fullPage: true });
    }
    await context.close();
  }
  await other.close();
  await browser.close();
  console.log(`screenshots in ${out}/`);
}

void main();
