import { expect, test } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { sidewaysOverflow } from './fixtures/overflow';
import { baseURL, werkgroepWith } from './fixtures/werkgroep';

const NARROW = { width: 320, height: 720 };
const LAPTOP = { width: 1280, height: 900 };

test('the facilitator publishes the wijkpagina; a visitor without JavaScript at 320 px reads it and asks a question; it arrives', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const w = await werkgroepWith(browser, request, [{ role: 'bewoner', name: 'Bea Bewoner' }]);
  const slug = `overvecht-${w.werkgroepId
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 8)}`;
  const headers = { origin: baseURL() };
  const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  await w.facilitator.context.request.post(`${baseURL()}/api/werkgroepen/${w.werkgroepId}/meetings`, {
    headers,
    data: { title: 'Wijkavond over het park', date: day, startTime: '19:30', place: 'Buurthuis De Boog' },
  });
  // An ambition with two indicators: the page draws their charts without scripts.
  const post = async (path: string, data: unknown) =>
    (await w.facilitator.context.request.post(`${baseURL()}${path}`, { headers, data })).json();
  const section = await post(`/api/documents/${w.documentId}/sections`, { title: 'Meer groen' });
  const indicator = (name: string, over: Record<string, unknown>) =>
    post(`/api/werkgroepen/${w.werkgroepId}/monitoring/indicators`, {
      sectionId: section.id,
      name,
      definition: '',
      unit: 'percent',
      unitLabel: '',
      source: 'ggd_gezondheidsmonitor',
      sourceLabel: '',
      baseline: null,
      target: null,
      direction: 'higher_is_better',
      ...over,
    });
  const green = await indicator('Tevreden over het groen', {
    baseline: { value: 61, date: '2022-01-01' },
    target: { value: 70, date: '2030-01-01' },
  });
  const lonely = await indicator('Eenzaam', {
    direction: 'lower_is_better',
    target: { value: 40, date: '2028-01-01' },
  });
  const measurements: [string, string, string, number][] = [
    [green.id, 'wijk', '2022-01-01', 61],
    [green.id, 'wijk', '2024-01-01', 63.5],
    [green.id, 'wijk', '2026-01-01', 66],
    [green.id, 'gemeente', '2022-01-01', 64],
    [green.id, 'gemeente', '2026-01-01', 65.5],
    [lonely.id, 'wijk', '2024-01-01', 52],
  ];
  for (const [id, series, date, value] of measurements)
    await post(`/api/werkgroepen/${w.werkgroepId}/monitoring/indicators/${id}/measurements`, {
      series,
      date,
      value,
      note: '',
    });

  // The facilitator: offline at first; puts it online with its own address.
  const fac = await w.facilitator.context.newPage();
  await fac.setViewportSize(LAPTOP);
  await fac.goto(`/w/${w.werkgroepId}/wijkpagina`);
  await expect(fac.getByRole('heading', { level: 1, name: 'Wijkpagina' })).toBeVisible();
  await expect(fac.getByText('De pagina staat nog niet online.')).toBeVisible();
  await fac.getByLabel('De pagina staat online').check();
  await fac.getByLabel('Adres van de pagina').fill(slug);
  await fac
    .getByLabel('Korte tekst bovenaan de pagina en op de poster')
    .fill('Samen maken we Overvecht groener en veiliger.');
  await fac.getByRole('button', { name: 'Opslaan' }).click();
  await expect(fac.getByRole('status')).toHaveText('Opgeslagen.');
  await expect(fac.getByRole('link', { name: /Pagina bekijken/ })).toBeVisible();
  await expectNoViolations(fac, 'wijkpagina settings');
  await fac.screenshot({ path: 'test-results/screens/wijkpagina-settings-1280.png', fullPage: true });
  await fac.setViewportSize({ width: 360, height: 740 });
  expect((await sidewaysOverflow(fac)).overflow).toBe(0);
  await fac.screenshot({ path: 'test-results/screens/wijkpagina-settings-360.png', fullPage: true });
  await fac.setViewportSize(LAPTOP);

  // A visitor with JavaScript on first, for axe and the layout checks (axe runs as a script).
  const checker = await browser.newContext({ viewport: NARROW });
  const check = await checker.newPage();
  await check.goto(`/wijk/${slug}`);
  await expect(check.getByRole('heading', { level: 1, name: 'Werkgroep Overvecht' })).toBeVisible();
  await expectNoViolations(check, 'wijkpagina 320');
  expect((await sidewaysOverflow(check)).overflow).toBe(0);
  await check.screenshot({ path: 'test-results/screens/wijkpagina-320.png', fullPage: true });
  await check.setViewportSize(LAPTOP);
  await check.screenshot({ path: 'test-results/screens/wijkpagina-1280.png', fullPage: true });
  await checker.close();

  // The visitor: no account, no JavaScript, a narrow phone.
  const visitor = await browser.newContext({ viewport: NARROW, javaScriptEnabled: false });
  const page = await visitor.newPage();
  await page.goto(`/wijk/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Werkgroep Overvecht' })).toBeVisible();
  await expect(page.getByText('Samen maken we Overvecht groener en veiliger.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Volgende bijeenkomsten' })).toBeVisible();
  await expect(page.getByText('Wijkavond over het park')).toBeVisible();
  await expect(page.getByText('Waar: Buurthuis De Boog')).toBeVisible();
  await expect(page.getByText('1 bewoner', { exact: true })).toBeVisible();
  await expect(page.getByText('Bea Bewoner')).toHaveCount(0);
  // The charts: drawings named by their trend sentence, the figures in a table beside them.
  await expect(page.getByRole('img', { name: /^Van 61\s?% in 2022 naar 66\s?% in 2026/ })).toBeVisible();
  await expect(page.locator('svg.chart')).toHaveCount(2);
  await page.locator('#indicatoren').screenshot({ path: 'test-results/screens/wijkpagina-charts-320.png' });
  await page.setViewportSize(LAPTOP);
  await page.locator('#indicatoren').screenshot({ path: 'test-results/screens/wijkpagina-charts-1280.png' });
  await page.setViewportSize(NARROW);

  await page.getByLabel('Je vraag').fill('Komt er een zebrapad bij de school?');
  await page.getByLabel('Je e-mail of telefoon (mag je leeg laten)').fill('bea@example.org');
  // A form sent within seconds of showing is taken for a robot and shown again (same token): send
  // until the werkgroep takes it. Every send counts towards the 5 per address per 10 minutes, so the
  // tries are 2.5 s apart (a page can be up to 8 s too young): at most 4, never the limit's 429.
  await expect(async () => {
    await page.getByRole('button', { name: 'Vraag versturen' }).click();
    await expect(page).toHaveURL(/\/bedankt/, { timeout: 1_000 });
  }).toPass({ intervals: [2_500], timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Bedankt voor je vraag' })).toBeVisible();

  // The facilitator sees it arrive, answers and publishes the answer.
  await fac.reload();
  const question = fac.getByRole('listitem').filter({ hasText: 'Komt er een zebrapad bij de school?' });
  await expect(question).toBeVisible();
  await expect(question).toContainText('bea@example.org');
  await question
    .getByLabel('Antwoord', { exact: true })
    .fill('Ja, de gemeente legt het in het voorjaar aan.');
  await question.getByLabel(/Vraag en antwoord op de wijkpagina zetten/).check();
  await question.getByRole('button', { name: 'Antwoord opslaan' }).click();
  await expect(fac.getByRole('listitem').filter({ hasText: 'Staat op de pagina' })).toBeVisible();
  await expectNoViolations(fac, 'wijkpagina questions');
  await fac.screenshot({ path: 'test-results/screens/wijkpagina-questions-1280.png', fullPage: true });

  await page.goto(`/wijk/${slug}`);
  await expect(page.getByText('Ja, de gemeente legt het in het voorjaar aan.')).toBeVisible();
  await expect(page.getByText('bea@example.org')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/wijkpagina-answer-320.png', fullPage: true });
  await visitor.close();
});
