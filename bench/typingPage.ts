/**
 * The browser side of the typing benchmark (bench/typing.ts): a probe that runs in the page, and
 * what goes over CDP (keystrokes, Performance metrics, the section socket's websocket frames).
 */
import type { BrowserContext, CDPSession, Locator, Page } from '@playwright/test';

export interface Sample {
  /** Keydown `event.timeStamp` (when the input event was created) → the character is in the DOM. */
  eventToDom: number;
  /** Our keydown listener ran → the character is in the DOM. */
  handlerToDom: number;
  /** `event.timeStamp` → our keydown listener ran: queueing on the main thread. */
  inputDelay: number;
  /** `event.timeStamp` → the next animation frame after the DOM change. */
  toFrame: number;
}
interface Probe {
  samples: Sample[];
  pending: { ts: number; at: number }[];
  longTasks: { start: number; duration: number }[];
  attach(el: Element): void;
  reset(): void;
}
type ProbeWindow = { __typing: Probe };

/**
 * Runs in the page before its own scripts (serialized: it may use nothing outside itself). Keydowns
 * of [A-Z0-9] are queued; a MutationObserver on the editor counts the [A-Z0-9] characters in it and
 * pairs every new one with the oldest queued keydown (remote writers never type these characters).
 */
function installProbe(): void {
  const samples: Sample[] = [];
  const pending: { ts: number; at: number }[] = [];
  const longTasks: { start: number; duration: number }[] = [];
  const countLocal = (el: Element): number => {
    const text = el.textContent ?? '';
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) n++;
    }
    return n;
  };
  const onKey = (e: KeyboardEvent) => {
    if (/^[A-Z0-9]$/.test(e.key)) pending.push({ ts: e.timeStamp, at: performance.now() });
  };
  document.addEventListener('keydown', onKey, true);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the figures stay empty.
  }
  const probe: Probe = {
    samples,
    pending,
    longTasks,
    attach(el) {
      let last = countLocal(el);
      new MutationObserver(() => {
        const now = performance.now();
        const n = countLocal(el);
        const fresh: Sample[] = [];
        for (let k = last; k < n; k++) {
          const key = pending.shift();
          if (!key) break;
          const eventToDom = now - key.ts;
          fresh.push({ eventToDom, handlerToDom: now - key.at, inputDelay: key.at - key.ts, toFrame: 0 });
        }
        last = n;
        if (fresh.length === 0) return;
        samples.push(...fresh);
        requestAnimationFrame(() => {
          const frame = performance.now();
          for (const s of fresh) s.toFrame = s.eventToDom + (frame - now);
        });
      }).observe(el, { childList: true, subtree: true, characterData: true });
    },
    reset() {
      samples.length = 0;
      pending.length = 0;
      longTasks.length = 0;
    },
  };
  (window as unknown as ProbeWindow).__typing = probe;
}

/** Installs the probe in every page of `context`. */
export async function addProbe(context: BrowserContext): Promise<void> {
  // tsx (esbuild keepNames) wraps named functions in __name(): give the page a no-op one.
  await context.addInitScript({ content: `var __name = (f) => f;\n(${installProbe.toString()})();` });
}

/** Starts measuring the editor element (after the document is there). */
export function attachProbe(editor: Locator): Promise<void> {
  return editor.evaluate((el) => (window as unknown as ProbeWindow).__typing.attach(el));
}

export const resetProbe = (page: Page): Promise<void> =>
  page.evaluate(() => (window as unknown as ProbeWindow).__typing.reset());

export const pendingKeys = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as ProbeWindow).__typing.pending.length);

export const readProbe = (page: Page) =>
  page.evaluate(() => {
    const p = (window as unknown as ProbeWindow).__typing;
    return { samples: p.samples, lost: p.pending.length, longTasks: p.longTasks };
  });

/** One printable key (A–Z, 0–9 or space) through CDP, as a keyboard would send it. */
export async function pressKey(cdp: CDPSession, ch: string): Promise<void> {
  const code = ch === ' ' ? 'Space' : /\d/.test(ch) ? `Digit${ch}` : `Key${ch}`;
  const key = { key: ch, code, windowsVirtualKeyCode: ch.charCodeAt(0) };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, text: ch, unmodifiedText: ch });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
}

/** Chromium's renderer metrics (TaskDuration, ScriptDuration, … in seconds; JSHeapUsedSize, Nodes). */
export async function perfMetrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return new Map(metrics.map((m) => [m.name, m.value]));
}

/**
 * Counts the Yjs updates the page receives on `room`'s websocket (sync message, type update),
 * from the Network domain's frame events. Call before the page opens the socket.
 */
export async function countRoomUpdates(cdp: CDPSession, room: string): Promise<() => number> {
  const sockets = new Set<string>();
  let updates = 0;
  cdp.on('Network.webSocketCreated', (e) => {
    if (decodeURIComponent(e.url).includes(`/${room}`)) sockets.add(e.requestId);
  });
  cdp.on('Network.webSocketFrameReceived', (e) => {
    if (!sockets.has(e.requestId) || e.response.opcode !== 2) return;
    const head = Buffer.from(e.response.payloadData.slice(0, 8), 'base64');
    if (head[0] === 0 && head[1] === 2) updates++;
  });
  await cdp.send('Network.enable');
  return () => updates;
}
