import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { frozenAkkoordWithLink } from './fixtures/akkoord';
import { expectNoViolations } from './fixtures/axe';
import { startMeeting } from './fixtures/meeting';
import { type Actor, baseURL, castBallot, createVote, inviteUrl, werkgroepWith } from './fixtures/werkgroep';
import { ROUTES, type RouteIds } from './routes';

test('the accessibility check covers every route in client/routes.tsx', () => {
  const source = fs.readFileSync('client/routes.tsx', 'utf8');
  const declared = [...source.matchAll(/path: '([^']+)'/g)].map((m) => m[1]);
  const checked = new Set(ROUTES.map((r) => r.pattern));
  expect(declared.filter((p) => !checked.has(p ?? ''))).toEqual([]);
});

test.describe('WCAG 2.1 AA on every route, in both languages', () => {
  let ids: RouteIds;
  let member: Actor;
  let facilitator: Actor;
  test.beforeAll(async ({ browser, request }) => {
    const w = await werkgroepWith(browser, request, [
      { role: 'bewoner', name: 'Anna' },
      { role: 'ambtenaar', name: 'Bram' },
    ]);
    member = w.people[0] as Actor;
    facilitator = w.facilitator;
    const invite = await inviteUrl(w.facilitator, w.werkgroepId, 'ambtenaar');
    const vote = {
      question: 'Waar komt de moestuin?',
      options: ['Bij de school', 'In het park'],
      method: 'single',
      rule: 'gelijk_gewicht',
    };
    // A closed vote (a decision on the besluitenlijst) and an open one with ballots from both groups.
    await createVote(
      facilitator,
      w.werkgroepId,
      { ...vote, method: 'consent', rule: 'consent', options: [] },
      'closed',
    );
    const voteId = await createVote(facilitator, w.werkgroepId, vote);
    for (const [i, p] of w.people.entries())
      await castBallot(p, w.werkgroepId, voteId, { kind: 'single', optionId: `o${i + 1}` });
    // A board from a template, made by the member like a resident would.
    const board = await member.context.request.post(`${baseURL()}/api/werkgroepen/${w.werkgroepId}/boards`, {
      headers: { origin: baseURL() },
      data: { title: 'Wat vinden we van de wijk?', template: 'goed_beter_ideeen' },
    });
    expect(board.ok()).toBe(true);
    // A running meeting whose first item shows the open vote, started by the facilitator.
    const meeting = await startMeeting(facilitator, w.werkgroepId, {
      title: 'Bijeenkomst 3',
      date: '2026-12-03',
      place: 'Buurthuis De Boog',
      agenda: [
        { title: 'Waar komt de moestuin?', minutes: 10, link: { kind: 'vote', voteId } },
        { title: 'Rondvraag', minutes: 5 },
      ],
    });
    ids = {
      werkgroepId: w.werkgroepId,
      documentId: w.documentId,
      inviteCode: invite.split('/').pop() ?? '',
      voteId,
      boardId: ((await board.json()) as { id: string }).id,
      meetingId: meeting.id,
      joinCode: meeting.joinCode,
      // A frozen akkoord with a signing link for a party outside the werkgroep.
      signingToken: await frozenAkkoordWithLink(facilitator, w.werkgroepId),
    };
  });

  // One page per route: checked in Dutch, then switched to English in place (as a person does) and
  // checked again. Where a page has no switch (the room screen, say), it is opened again in English.
  for (const route of ROUTES) {
    const who = route.member ? 'member' : 'visitor';
    test(`${route.pattern || '/'} as ${who} (nl, en)`, async ({ browser }) => {
      const context = route.facilitator
        ? facilitator.context
        : route.member
          ? member.context
          : await browser.newContext();
      const page = await context.newPage();
      // Dutch when the page first opens (the member contexts are shared by the routes); a reload keeps
      // the language chosen since (sessionStorage lives as long as the tab).
      await page.addInitScript(() => {
        if (window.sessionStorage.getItem('axe.opened')) return;
        window.sessionStorage.setItem('axe.opened', '1');
        window.localStorage.setItem('wijkatelier.language', 'nl');
      });
      await page.goto(route.path(ids));
      for (const language of ['nl', 'en'] as const) {
        if (language === 'en') {
          const toEnglish = page.getByRole('button', { name: 'EN English', exact: true });
          if ((await toEnglish.count()) > 0) await toEnglish.click();
          else {
            await page.evaluate(() => window.localStorage.setItem('wijkatelier.language', 'en'));
            await page.reload();
          }
        }
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        if (route.ready) await expect(page.locator('.status')).toHaveText(route.ready);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoViolations(page, language);
      }
      await page.close();
      if (!route.member) await context.close();
    });
  }
});

test('the language switch changes the text and <html lang>, and is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom bij Wijkatelier');
  // Its name holds what it shows (WCAG 2.5.3), and says what it does as its description.
  const toEnglish = page.getByRole('button', { name: 'EN English', exact: true });
  await expect(toEnglish).toHaveAccessibleDescription('Switch to English');
  await toEnglish.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Wijkatelier');
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'NL Nederlands', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('everything in the shell is reachable by keyboard: skip link, menu, footer pages', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  await page.getByRole('link', { name: 'Toegankelijkheid' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toegankelijkheid');
  await expect(page.getByText('WCAG) 2.1, niveau AA')).toBeVisible();
  await page.getByRole('link', { name: 'Privacy' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom bij Wijkatelier');
  await expect(page.getByRole('link', { name: 'Overzicht' })).toHaveAttribute('aria-current', 'page');
});

// Phone, projector, 1280px zoomed to 200% (= 640 CSS px, WCAG 1.4.4) and reflow at 320 CSS px (1.4.10).
for (const size of [
  { name: 'phone', width: 360, height: 740 },
  { name: 'projector', width: 1920, height: 1080 },
  { name: '1280px at 200% zoom', width: 640, height: 400 },
  { name: 'reflow', width: 320, height: 256 },
]) {
  test(`no horizontal scrolling at ${size.width}px (${size.name})`, async ({ page }) => {
    await page.setViewportSize(size);
    for (const path of ['/', '/toegankelijkheid', '/privacy']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
}

test('touch targets are at least 24 by 24 pixels', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/privacy']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, a[href], input, [role="button"]')]
        .filter((el) => el.offsetParent !== null && !el.closest('.editor__content'))
        .map((el) => ({
          el: el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName,
          r: el.getBoundingClientRect(),
        }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small, path).toEqual([]);
  }
});
