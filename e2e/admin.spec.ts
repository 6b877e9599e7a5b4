import { expect, type Page, test } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { E2E_ADMIN_TOKEN, werkgroepWith } from './fixtures/werkgroep';

const shots = process.env.SHOTS_DIR;

async function signInAsAdmin(page: Page) {
  await page.goto('/beheer');
  await page.getByLabel('Beheertoken').fill(E2E_ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

/** What an invite link's page would say about it (valid, revoked, used_up, expired). */
async function statusOf(page: Page, url: string): Promise<string> {
  const res = await page.request.get(`/api/invites/${url.split('/').pop()}`);
  return ((await res.json()) as { status: string }).status;
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`/beheer at ${size.width}px: the form's fields sit close, the heading names the werkgroep once, the facilitator link works once and can be made anew`, async ({
    browser,
  }) => {
    const admin = await (await browser.newContext({ viewport: size })).newPage();
    await signInAsAdmin(admin);
    const name = admin.getByLabel('Naam van de werkgroep');
    const wijk = admin.getByLabel('Wijk');
    // Under each field the next label follows within a normal gap (it was about 170 px of nothing).
    const nameBox = await name.boundingBox();
    const wijkLabel = await admin.getByText('Wijk', { exact: true }).boundingBox();
    if (!nameBox || !wijkLabel) throw new Error('form not laid out');
    expect(wijkLabel.y - (nameBox.y + nameBox.height)).toBeLessThan(40);

    const werkgroepName = `Werkgroep Soesterkwartier ${size.width}`;
    await name.fill(werkgroepName);
    await wijk.fill('Soesterkwartier');
    await admin.getByLabel('Gemeente').fill('Amersfoort');
    await admin.getByRole('button', { name: 'Werkgroep maken' }).click();
    await expect(admin.getByRole('heading', { name: `${werkgroepName} is gemaakt` })).toBeVisible();
    await expect(admin.getByText('Werkgroep Werkgroep')).toHaveCount(0);
    await expect(admin.getByText('Deze link werkt één keer en 7 dagen lang.')).toBeVisible();
    const first = (await admin.getByTestId('invite-url').textContent()) ?? '';
    expect(await statusOf(admin, first)).toBe('valid');
    await expectNoViolations(admin, '/beheer after making a werkgroep');
    if (shots)
      await admin.screenshot({ path: `${shots}/phone-after-beheer-${size.width}.png`, fullPage: true });

    // A new link for the facilitator, from the list: the first stops working, the new one is shown.
    const card = admin.getByRole('listitem').filter({ hasText: werkgroepName });
    await card.getByRole('button', { name: 'Nieuwe link voor de procesbegeleider' }).click();
    await expect(card.getByText('De vorige link voor de procesbegeleider werkt niet meer.')).toBeVisible();
    const second = (await card.getByTestId('invite-url').textContent()) ?? '';
    expect(second).not.toBe(first);
    expect(await statusOf(admin, first)).toBe('revoked');
    expect(await statusOf(admin, second)).toBe('valid');
  });
}

test('every invite link the facilitator made stays listed with its own copy button and QR code until it is withdrawn', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, []);
  const page = await w.facilitator.context.newPage();
  await page.goto(`/w/${w.werkgroepId}`);
  const panel = page.getByRole('region', { name: 'Uitnodigen' });
  for (const role of ['Bewoner', 'Ambtenaar', 'Bewoner']) {
    const before = await panel.getByTestId('invite-url').count();
    await panel.getByLabel('Rol').selectOption({ label: role });
    await panel.getByRole('button', { name: 'Link maken' }).click();
    await expect(panel.getByTestId('invite-url')).toHaveCount(before + 1);
  }
  const rows = panel.getByRole('listitem').filter({ has: page.getByTestId('invite-url') });
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) {
    await expect(row.getByRole('button', { name: /^Link kopiëren/ })).toBeVisible();
    await expect(row.getByRole('img', { name: /^QR-code met de uitnodigingslink/ })).toBeVisible();
  }
  const urls = await panel.getByTestId('invite-url').allTextContents();
  expect(new Set(urls).size).toBe(3);

  // Still there after a reload, and a copy button copies its own link.
  await page.reload();
  await expect(panel.getByTestId('invite-url')).toHaveCount(3);
  await w.facilitator.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const ambtenaarRow = rows.filter({ hasText: 'Ambtenaar' });
  const ambtenaarUrl = (await ambtenaarRow.getByTestId('invite-url').textContent()) ?? '';
  await ambtenaarRow.getByRole('button', { name: 'Link kopiëren (Ambtenaar)' }).click();
  await expect(ambtenaarRow.getByRole('button', { name: 'Link gekopieerd (Ambtenaar)' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ambtenaarUrl);
  await expectNoViolations(page, 'werkgroep page with three invite links');
  if (shots) await page.screenshot({ path: `${shots}/phone-after-invites-1280.png`, fullPage: true });

  // Withdrawn: that link goes, the others stay.
  await ambtenaarRow.getByRole('button', { name: 'Intrekken' }).click();
  await expect(panel.getByTestId('invite-url')).toHaveCount(2);
  expect(await panel.getByTestId('invite-url').allTextContents()).not.toContain(ambtenaarUrl);
  expect(await statusOf(page, ambtenaarUrl)).toBe('revoked');
});

test('every dropdown shows an arrow, so it looks like something to open', async ({ browser, request }) => {
  const w = await werkgroepWith(browser, request, [{ role: 'bewoner', name: 'Anna' }]);
  const page = await w.facilitator.context.newPage();
  const pages = [
    { path: `/w/${w.werkgroepId}`, labels: ['Rol'] },
    { path: `/w/${w.werkgroepId}/documenten`, labels: ['Soort document'] },
    { path: `/w/${w.werkgroepId}/borden`, labels: ['Begin met'] },
    { path: w.docPath, labels: ['Status'] },
  ];
  for (const { path, labels } of pages) {
    await page.goto(path);
    for (const label of labels) await expect(page.getByLabel(label, { exact: true }).first()).toBeVisible();
    const selects = page.locator('select:not([multiple])');
    expect(await selects.count()).toBeGreaterThan(0);
    const looks = await selects.evaluateAll((els) =>
      els.map((el) => {
        const style = getComputedStyle(el);
        return {
          arrow: style.backgroundImage.startsWith('url('),
          room: Number.parseFloat(style.paddingRight) >= 24,
        };
      }),
    );
    expect(
      looks.every((l) => l.arrow && l.room),
      `${path}: ${JSON.stringify(looks)}`,
    ).toBe(true);
  }
  await page.goto(`/w/${w.werkgroepId}`);
  const rol = page.getByRole('region', { name: 'Uitnodigen' }).getByLabel('Rol');
  if (shots) await rol.screenshot({ path: `${shots}/phone-after-select.png` });
});
