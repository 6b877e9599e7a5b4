import { expect, test } from '@playwright/test';
import { createWerkgroep } from './fixtures/werkgroep';

/**
 * Issue 15, "The app's own font": the voorbeeld theme asks for Noto Sans and Noto Serif; the app
 * serves them itself, so what people see does not depend on the fonts their device happens to have.
 */
test("the page's text and headings are drawn with the app's own Noto Sans and Noto Serif, loaded from its own address", async ({
  page,
  request,
}) => {
  const { facilitatorInviteUrl } = await createWerkgroep(request);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(new URL(facilitatorInviteUrl).pathname);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    const body = document.querySelector('main p') ?? document.body;
    const heading = document.querySelector('h1');
    return {
      bodyFamily: getComputedStyle(body).fontFamily,
      headingFamily: heading ? getComputedStyle(heading).fontFamily : '',
      loaded: [...document.fonts]
        .filter((f) => f.status === 'loaded')
        .map((f) => `${f.family.replace(/["']/g, '')} ${f.weight} ${f.style}`),
      // check() is true only when every face the text needs is loaded (not a device font by that name).
      sansReady: document.fonts.check('400 16px "Noto Sans"', 'Wijkatelier'),
      serifReady: document.fonts.check('700 32px "Noto Serif"', 'Wijkatelier'),
      files: performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('.woff2')),
    };
  });
  expect(fonts.bodyFamily).toMatch(/^["']?Noto Sans["']?,/);
  expect(fonts.headingFamily).toMatch(/^["']?Noto Serif["']?,/);
  expect(fonts.loaded).toEqual(expect.arrayContaining(['Noto Sans 400 normal', 'Noto Serif 700 normal']));
  expect(fonts.sansReady).toBe(true);
  expect(fonts.serifReady).toBe(true);
  expect(fonts.files.length).toBeGreaterThan(0);
  const origin = new URL(page.url()).origin;
  for (const file of fonts.files) expect(file.startsWith(`${origin}/assets/`), file).toBe(true);
  // Latin text needs only the Latin files: the Latin Extended ones stay on the server.
  expect(fonts.files.filter((f) => f.includes('latin-ext'))).toEqual([]);
});
