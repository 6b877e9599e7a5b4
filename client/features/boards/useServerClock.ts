import { useEffect, useState } from 'react';
import { API } from '../../../shared/api/routes';
import { clockOffset } from '../../../shared/sync/meetingDoc';

let cached: number | null = null;

/**
 * How far this device's clock is off from the server's (ms), measured once per visit, so a phone
 * with a wrong clock counts the board's timer down like the screen in the room. Plain fetch, not
 * api(): an answer kept for offline use would give a stale time. 0 until known or when unreachable.
 */
export function useServerClockOffset(): number {
  const [offset, setOffset] = useState(cached ?? 0);
  useEffect(() => {
    if (cached !== null) return;
    let live = true;
    const before = Date.now();
    fetch(API.serverTime.path, { headers: { accept: 'application/json' } })
      .then((res) => res.json())
      .then((json: unknown) => {
        const after = Date.now();
        // A slow answer says little about the clock.
        if (after - before > 2000) return;
        cached = clockOffset(before, API.serverTime.response.parse(json).now, after);
        if (live) setOffset(cached);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return offset;
}
