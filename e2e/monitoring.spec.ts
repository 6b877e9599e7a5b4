import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { sidewaysOverflow } from './fixtures/overflow';
import { type Actor, werkgroepWith } from './fixtures/werkgroep';
import { MonitoringPage } from './pages/MonitoringPage';

const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };
const HEALTH = 'Ervaren gezondheid goed of zeer goed';
const LONELY = 'Eenzaamheid';

// The plain template as a spreadsheet saves it: a BOM, semicolons, decimal commas, both series.
const TEMPLATE = [
  '\uFEFFindicator;datum;waarde;bron;reeks',
  `${HEALTH};2022;61;GGD Gezondheidsmonitor 2022;wijk`,
  `${HEALTH};2024;63,5;GGD Gezondheidsmonitor 2024;wijk`,
  `${HEALTH};2026;66;GGD Gezondheidsmonitor 2026;wijk`,
  `${HEALTH};2022;64;GGD Gezondheidsmonitor 2022;gemeente`,
  `${HEALTH};2026;65,5;GGD Gezondheidsmonitor 2026;gemeente`,
].join('\r\n');
// A CBS StatLine download (Kerncijfers / Gezondheidsmonitor per wijk): codes padded, periods, "." = unknown.
const STATLINE = [
  'ID;WijkenEnBuurten;Gemeentenaam_1;SoortRegio_2;Perioden;Eenzaam_27',
  '1;GM0344    ;Utrecht   ;Gemeente;2020JJ00;   47',
  '2;WK034406  ;Utrecht   ;Wijk    ;2020JJ00;   58',
  '3;WK034407  ;Utrecht   ;Wijk    ;2020JJ00;   41',
  '4;GM0344    ;Utrecht   ;Gemeente;2024JJ00;   46',
  '5;WK034406  ;Utrecht   ;Wijk    ;2024JJ00;   52',
  '6;WK034406  ;Utrecht   ;Wijk    ;2022JJ00;   .',
].join('\r\n');

async function shoot(page: MonitoringPage['page'], name: string) {
  fs.mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

test('the facilitator makes two indicators, imports a template and a CBS file; charts, tables and summaries show, live on a phone', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const w = await werkgroepWith(browser, request, [{ role: 'bewoner', name: 'Bea' }]);
  const [bewoner] = w.people as [Actor];
  const fac = new MonitoringPage(await w.facilitator.context.newPage());
  const bea = new MonitoringPage(await bewoner.context.newPage());
  await fac.page.setViewportSize(LAPTOP);
  await bea.page.setViewportSize(PHONE);
  await Promise.all([fac.goto(w.werkgroepId), bea.goto(w.werkgroepId)]);
  await expect(bea.page.getByTestId('monitoring-empty')).toHaveText('Er zijn nog geen indicatoren.');
  // A bewoner reads, but neither defines indicators nor imports.
  await expect(bea.page.getByText('Nieuwe indicator')).toHaveCount(0);
  await expect(bea.page.getByText('Cijfers importeren uit een CSV-bestand')).toHaveCount(0);

  await fac.addIndicator({
    name: HEALTH,
    unit: 'Procent (%)',
    source: 'GGD Gezondheidsmonitor',
    baseline: { value: '61', date: '2022-01-01' },
    target: { value: '70', date: '2030-01-01' },
  });
  await fac.addIndicator({
    name: LONELY,
    unit: 'Procent (%)',
    source: 'CBS Kerncijfers wijken en buurten',
    target: { value: '45,5', date: '2030-01-01' },
    direction: 'Lager is beter',
  });

  // A file with one bad row: nothing is stored, and the row and column to fix are named.
  await fac.importCsv('fout.csv', `${TEMPLATE}\r\n${HEALTH};2027;zeventig;eigen telling;wijk`);
  const problems = fac.importForm().getByRole('alert');
  await expect(problems).toContainText('Er is niets geïmporteerd.');
  await expect(problems).toContainText('Regel 7, kolom waarde: dit is geen getal');
  await expect(fac.summary(HEALTH)).toHaveText('Nulmeting: 61% in 2022; doel 70% in 2030.');

  await fac.importCsv('metingen.csv', TEMPLATE);
  await expect(fac.importResult).toHaveText('5 metingen geïmporteerd.');
  await fac.importCsv('cbs-eenzaamheid.csv', STATLINE, {
    indicator: LONELY,
    column: 'Eenzaam_27',
    region: 'WK034406',
  });
  await expect(fac.importResult).toHaveText(
    '4 metingen geïmporteerd. 2 regels overgeslagen (ander gebied of geen cijfer).',
  );

  const healthText = 'Van 61% in 2022 naar 66% in 2026 (beter); doel 70% in 2030. Gemeente: 65,5% in 2026.';
  const lonelyText = 'Van 58% in 2020 naar 52% in 2024 (beter); doel 45,5% in 2030. Gemeente: 46% in 2024.';
  for (const p of [fac, bea]) {
    // The bewoner on her phone sees it arrive without reloading.
    await expect(p.summary(HEALTH)).toHaveText(healthText);
    await expect(p.summary(LONELY)).toHaveText(lonelyText);
    for (const name of [HEALTH, LONELY]) {
      await expect(p.chart(name)).toHaveAttribute('data-state', 'drawn');
      await expect(p.chart(name).locator('svg')).toBeVisible();
    }
  }

  // The figures as a table, behind a disclosure.
  await fac.card(HEALTH).getByText('Tabel met de cijfers').click();
  const table = fac.card(HEALTH).getByRole('table', { name: `Cijfers van ${HEALTH}` });
  await expect(table.getByRole('row')).toHaveCount(6);
  await expect(table.getByRole('row').nth(2)).toContainText('Gemeente (gemiddelde)');
  await expect(table.getByRole('row').nth(3)).toContainText('63,5%');
  await bea.card(LONELY).getByText('Tabel met de cijfers').click();
  await expect(bea.card(LONELY).getByRole('row')).toHaveCount(5);

  // A figure typed in by hand reaches the phone; removed again, the summary is as before.
  const card = fac.card(LONELY);
  await card.getByText('Meting toevoegen', { exact: true }).first().click();
  const add = card.locator('form').filter({ has: fac.page.getByRole('button', { name: 'Meting opslaan' }) });
  await add.getByLabel('Datum').fill('2025-06-30');
  await add.getByLabel('Waarde').fill('50,5');
  await add.getByRole('button', { name: 'Meting opslaan' }).click();
  await expect(bea.summary(LONELY)).toHaveText(
    'Van 58% in 2020 naar 50,5% op 30 juni 2025 (beter); doel 45,5% in 2030. Gemeente: 46% in 2024.',
  );
  await card.getByText('Tabel met de cijfers').click();
  await card.getByRole('button', { name: 'Meting van 30 juni 2025 (Wijk) verwijderen' }).click();
  await expect(bea.summary(LONELY)).toHaveText(lonelyText);
  await expect(card.getByRole('row')).toHaveCount(5);

  // The facilitator changes the target: the form opens filled in, and the summary follows on the phone.
  await card.getByRole('button', { name: 'Wijzigen', exact: true }).focus();
  await fac.page.keyboard.press('Enter');
  const edit = card
    .locator('form')
    .filter({ has: fac.page.getByRole('heading', { name: `‘${LONELY}’ wijzigen` }) });
  await expect(edit.getByLabel('Ambitie')).toBeFocused();
  await expect(edit.getByLabel('Naam')).toHaveValue(LONELY);
  const target = edit.getByRole('group', { name: 'Doel (mag leeg)' });
  await expect(target.getByLabel('Waarde')).toHaveValue('45.5');
  await target.getByLabel('Waarde').fill('40');
  await edit.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  await expect(
    card.getByRole('status').filter({ hasText: `Bewaard: indicator ‘${LONELY}’ is gewijzigd.` }),
  ).toBeVisible();
  const changedText = lonelyText.replace('doel 45,5%', 'doel 40%');
  await expect(fac.summary(LONELY)).toHaveText(changedText);
  await expect(bea.summary(LONELY)).toHaveText(changedText);

  await expectNoViolations(fac.page, 'monitoring (laptop)');
  await expectNoViolations(bea.page, 'monitoring (phone)');
  expect(await sidewaysOverflow(bea.page)).toEqual({ overflow: 0, culprits: [] });
  await shoot(fac.page, 'monitoring-1280');
  await shoot(bea.page, 'monitoring-360');
  // The facilitator's edit form fits a phone as well (the open tables scroll inside their own box).
  await fac.page.setViewportSize(PHONE);
  expect((await sidewaysOverflow(fac.page)).overflow).toBe(0);
  await card.screenshot({ path: 'test-results/screenshots/monitoring-edit-360.png' });
  await fac.page.setViewportSize(LAPTOP);
  await fac.openImport();
  await shoot(fac.page, 'monitoring-import-1280');
});
