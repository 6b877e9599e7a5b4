import { useEffect, useState } from 'react';
import { API } from '../../shared/api/routes';
import { clockOffset } from '../../shared/time/countdown';

/** Tries per visit; an answer slower than SLOW_MS says little about the clock, so it is asked again. */
const TRIES = 3;
const SLOW_MS = 1000;

let cached: number | null = null;
let pending: Promise<number> | null = null;

/**
 * How far this device's clock is off from the server's (ms), asked once per visit, so a phone with a
 * wrong clock counts down like the screen in the room. Plain fetch, not api(): an answer kept for
 * offline use would give a stale time. The last try counts even when slow; with no answer at all the
 * device's own clock is used (0), and the next screen that asks tries again.
 */
function measureOffset(): Promise<number> {
  if (cached !== null) return Promise.resolve(cached);
  pending ??= (async () => {
    for (let attempt = 0; attempt < TRIES; attempt++) {
      const before = Date.now();
      try {
        const res = await fetch(API.serverTime.path, { headers: { accept: 'application/json' } });
        const { now } = API.serverTime.response.parse(await res.json());
        const after = Date.now();
        if (after - before <= SLOW_MS || attempt === TRIES - 1) {
          cached = clockOffset(before, now, after);
          return cached;
        }
      } catch {
        // No connection: count by this device's clock until it returns.
      }
    }
    pending = null;
    return 0;
  })();
  return pending;
}

/**
 * The server's time now (ms), for every countdown (boards, meetings, reactions): ticking every
 * 250 ms while `ticking`, so seconds change on time.
 */
export function useServerNow(ticking: boolean): number {
  const [offset, setOffset] = useState(cached ?? 0);
  const [local, setLocal] = useState(() => Date.now());
  useEffect(() => {
    let live = true;
    void measureOffset().then((o) => live && setOffset(o));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    setLocal(Date.now());
    if (!ticking) return;
    const id = setInterval(() => setLocal(Date.now()), 250);
    return () => clearInterval(id);
  }, [ticking]);
  return local + offset;
}
