import { expect, type Locator, type Page } from '@playwright/test';

/** "4:05" → 245. */
export const parseClock = (text: string | null): number => {
  const m = /(\d+):(\d{2})/.exec(text ?? '');
  if (!m) throw new Error(`not a time: ${text}`);
  return Number(m[1]) * 60 + Number(m[2]);
};

/** Page object for the facilitator's console (`…/bijeenkomsten/<id>/console`). */
export class ConsolePage {
  readonly itemTitle: Locator;
  readonly timer: Locator;
  readonly hands: Locator;
  readonly announcer: Locator;

  constructor(readonly page: Page) {
    this.itemTitle = page.locator('.console-now__title');
    this.timer = page.getByRole('timer');
    this.hands = page
      .getByRole('region', { name: /iets zeggen/ })
      .getByRole('listitem')
      .locator('.hands__name');
    this.announcer = page.locator('.meeting-console > [aria-live="polite"]');
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  async next(): Promise<void> {
    await this.button('Volgend punt').click();
  }
}

/** Page object for the room screen (`…/scherm`). */
export class ScreenPage {
  readonly itemTitle: Locator;
  readonly timer: Locator;
  readonly hands: Locator;
  readonly code: Locator;

  constructor(readonly page: Page) {
    this.itemTitle = page.locator('.screen__item-title');
    this.timer = page.getByRole('timer');
    this.hands = page.locator('.screen__hands .hands__name');
    this.code = page.locator('.join-panel__code [data-code]');
  }

  async joinCode(): Promise<string> {
    await expect(this.code).toHaveText(/^[A-Z0-9]{6}$/);
    return (await this.code.getAttribute('data-code')) ?? '';
  }

  /**
   * The type sizes the screen promises at 1920×1080 (screen.css): every visible text at least the body
   * minimum, and the item title, the timer and the code at least their own. Returns what falls short.
   */
  async typeSizeProblems(): Promise<string[]> {
    return this.page.evaluate(() => {
      const screen = document.querySelector<HTMLElement>('.screen');
      if (!screen) return ['no .screen'];
      const min = (name: string) => Number(getComputedStyle(screen).getPropertyValue(name).trim());
      const size = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize);
      const problems: string[] = [];
      const body = min('--screen-min-body');
      if (!(body >= 32)) problems.push(`--screen-min-body is ${body}`);
      for (const [selector, name] of [
        ['.screen__item-title', '--screen-min-title'],
        ['.screen [role="timer"]', '--screen-min-timer'],
        ['.join-panel__code [data-code]', '--screen-min-code'],
      ] as const) {
        const el = document.querySelector(selector);
        if (!el) problems.push(`${selector} missing`);
        else if (size(el) < min(name)) problems.push(`${selector} ${size(el)}px < ${min(name)}px`);
      }
      // Every element that shows text of its own, not hidden for screen readers only; in the item's
      // content (section text, notes, a vote) at least 40 px, what the room discusses.
      for (const el of screen.querySelectorAll('*')) {
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        if (!own || el.closest('.visually-hidden')) continue;
        const r = el.getBoundingClientRect();
        if (r.width < 2 || r.height < 2) continue;
        const least = el.closest('.screen__content') ? 40 : body;
        if (size(el) < least)
          problems.push(`"${el.textContent?.trim().slice(0, 30)}" ${size(el)}px < ${least}px`);
      }
      // Nothing cut off or below the fold: the content's box says whether its text fitted.
      const content = document.querySelector<HTMLElement>('.screen__content');
      if (content && content.dataset.fit !== 'yes') problems.push('content does not fit its box');
      if (document.documentElement.scrollHeight > window.innerHeight)
        problems.push(`page is ${document.documentElement.scrollHeight}px tall`);
      for (const el of screen.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (
          r.width > 0 &&
          r.height > 0 &&
          !el.closest('.visually-hidden') &&
          r.bottom > window.innerHeight + 1
        )
          problems.push(`"${el.textContent?.trim().slice(0, 30)}" ends at ${Math.round(r.bottom)}px`);
      }
      return problems;
    });
  }
}

/** Page object for a member's view of a meeting, on a phone (`…/bijeenkomsten/<id>`). */
export class ParticipantPage {
  readonly itemTitle: Locator;
  readonly timer: Locator;
  readonly hand: Locator;

  constructor(readonly page: Page) {
    this.itemTitle = page.locator('#now-card-h');
    this.timer = page.getByRole('timer');
    this.hand = page.getByRole('button', { name: 'Ik wil iets zeggen' });
  }

  async where(choice: 'In de zaal' | 'Thuis of elders'): Promise<void> {
    await this.page.getByRole('radio', { name: choice }).check();
  }
}

/** Reads both timers in the same tick and returns the seconds each shows. */
export async function readTimers(a: Locator, b: Locator): Promise<[number, number]> {
  const [x, y] = await Promise.all([a.textContent(), b.textContent()]);
  return [parseClock(x), parseClock(y)];
}

/** How far the page scrolls sideways (0 = it fits). */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Controls in the page's main content smaller than `min` CSS pixels either way (44 on a phone, WCAG 2.5.5). */
export const smallTargets = (page: Page, min: number) =>
  page.evaluate(
    (m) =>
      [
        ...(document.querySelector('main') ?? document).querySelectorAll<HTMLElement>(
          'button, a[href], input, select, textarea, [role="button"]',
        ),
      ]
        // Links inside a sentence are exempt (WCAG 2.5.8 "inline"); everything one taps on its own is not.
        .filter(
          (el) =>
            el.offsetParent !== null &&
            !el.closest('.visually-hidden') &&
            !(el.tagName === 'A' && el.closest('p')),
        )
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        // A checkbox or radio counts with its label, which is the target people tap.
        .map(({ el, r }) => {
          const label = el instanceof HTMLInputElement && el.labels?.[0];
          return { el, r: label ? label.getBoundingClientRect() : r };
        })
        .filter(({ r }) => r.width < m || r.height < m)
        .map(
          ({ el, r }) =>
            `${el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName} ${Math.round(r.width)}×${Math.round(r.height)}`,
        ),
    min,
  );

/**
 * WCAG contrast of every visible text on the room screen against the colour behind it (the nearest
 * opaque background). Returns the texts below `min` (7 on a projector: it washes colours out).
 */
export const lowContrastTexts = (page: Page, min: number) =>
  page.evaluate((m) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r = 0, g = 0, b = 0]: number[]) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length >= 3 && (c[3] ?? 1) > 0.5) return c;
      }
      return [255, 255, 255];
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll('.screen *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!own || el.closest('.visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) continue;
      const a = lum(rgb(getComputedStyle(el).color));
      const b = lum(background(el));
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < m) out.push(`"${el.textContent?.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`);
    }
    return out;
  }, min);
