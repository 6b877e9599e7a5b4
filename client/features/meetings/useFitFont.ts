import { useLayoutEffect } from 'react';

/** The room screen is drawn for 1920×1080; sizes are given in pixels of that screen. */
export const SCREEN_WIDTH = 1920;
export const SCREEN_HEIGHT = 1080;

/** One pixel of a 1920×1080 screen in this window's CSS pixels (as --screen-u in screen.css). */
export const screenUnit = (w: number, h: number) => Math.min(w / SCREEN_WIDTH, h / SCREEN_HEIGHT);

/**
 * The largest font size in [min, max] (whole px) at which `fits(size)` holds, by halving the range;
 * `min` when none does. `fits` must be monotone: true up to some size, false beyond it.
 */
export function largestFitting(min: number, max: number, fits: (size: number) => boolean): number {
  let lo = Math.floor(min);
  let hi = Math.floor(max);
  if (hi <= lo || fits(hi)) return Math.max(lo, hi);
  // Invariant: hi does not fit; lo fits, or is the floor we never go under.
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether `root` overflows its box, or any box in it is too narrow for a word in it (a note with
 * "woensdagmiddag" at a size where the word sticks out): a word cut in two is not read from afar.
 */
function overflows(root: HTMLElement): boolean {
  if (root.scrollHeight > root.clientHeight + 1 || root.scrollWidth > root.clientWidth + 1) return true;
  for (const child of root.querySelectorAll<HTMLElement>('*')) {
    // Inline boxes have no client width; text for screen readers only is clipped on purpose.
    if (child.clientWidth === 0 || child.closest('.visually-hidden')) continue;
    if (child.scrollWidth > child.clientWidth + 1) return true;
  }
  return false;
}

/**
 * Sizes the text of `el` (its font-size; what is inside uses em) as large as fits its box, between
 * `minUnits` and `maxUnits` pixels of a 1920×1080 screen: a short note fills the wall, a long text
 * still fits. Fits again when the window resizes or the content changes (people write live), on the
 * next frame. The box must have its own height (overflow hidden), not grow with its text.
 */
export function useFitFont(el: HTMLElement | null, minUnits: number, maxUnits: number) {
  useLayoutEffect(() => {
    if (!el) return;
    let frame = 0;
    const resize = () => {
      const u = screenUnit(window.innerWidth, window.innerHeight);
      // Never under a normal page's size, also in a small preview window.
      const min = Math.max(18, minUnits * u);
      const fits = (size: number) => {
        el.style.fontSize = `${size}px`;
        return !overflows(el);
      };
      // Measured with words whole (screen.css); only what does not fit even at the least size breaks anywhere.
      el.dataset.fit = '';
      const size = largestFitting(min, Math.max(min, maxUnits * u), fits);
      // Said on the element: screen.css lets words break then, and a test can see the text did not fit.
      el.dataset.fit = fits(size) ? 'yes' : 'no';
    };
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(resize);
    };
    resize();
    const resized = new ResizeObserver(schedule);
    resized.observe(el);
    // Only text and elements: the font size this sets is a style attribute, and must not set it off again.
    const changed = new MutationObserver(schedule);
    changed.observe(el, { subtree: true, childList: true, characterData: true });
    // The app's own fonts arrive after the first layout (font-display: swap) and are wider than the
    // fallback: measure again when a font has loaded, or the text fitted in the fallback runs over.
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    fonts?.addEventListener('loadingdone', schedule);
    let live = true;
    void fonts?.ready.then(() => live && schedule());
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      resized.disconnect();
      changed.disconnect();
      fonts?.removeEventListener('loadingdone', schedule);
    };
  }, [el, minUnits, maxUnits]);
}
