/**
 * `node --import tsx bench/reconcile.ts [votes]`: how long bringing a werkgroep room in line with the
 * database takes when it loads ([SYNC12]), at the vote limit. A werkgroep of 21 members with `votes`
 * votes (default 500, VOTE_LIMITS.perWerkgroep), 20 ballots each, half of them closed with a decision.
 * Prints the time to compute the room's state from the database (min, median, max of 10) and to load
 * the room once with it (log + reconcile + applying what differs).
 */

import { reconcileRoom } from '../server/http/roomState';
import { setupWerkgroep } from '../server/test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN } from '../server/test/startTestServer';
import type { Role } from '../shared/schemas/member';
import { parseRoomName, roomName } from '../shared/sync/rooms';

const votes = Number(process.argv[2] ?? 500);
const s = await startTestServer();
try {
  const roles: Role[] = Array.from({ length: 20 }, (_, i) => (i % 2 ? 'bewoner' : 'ambtenaar'));
  const w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, roles);
  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const res = await fetch(`${s.url}/api/werkgroepen/${w.werkgroep.id}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    return (await res.json()) as Record<string, unknown>;
  };
  const f = w.facilitator.token;
  for (let i = 0; i < votes; i++) {
    const v = await call('POST', '/votes', f, {
      question: `Vraag ${i}`,
      options: ['Ja', 'Nee', 'Misschien'],
      method: 'single',
      rule: 'gelijk_gewicht',
    });
    await call('PATCH', `/votes/${v.id}`, f, { status: 'open' });
    for (const p of w.people)
      await call('POST', `/votes/${v.id}/ballot`, p.token, { kind: 'single', optionId: 'o1' });
    if (i % 2 === 0) await call('PATCH', `/votes/${v.id}`, f, { status: 'closed', decisionText: 'Ja' });
  }
  const name = roomName('werkgroep', w.werkgroep.id);
  const room = parseRoomName(name);
  if (!room) throw new Error('bad room');
  const times: number[] = [];
  for (let k = 0; k < 10; k++) {
    const t = performance.now();
    await reconcileRoom(s.storage, room);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  await new Promise((r) => setTimeout(r, s.config.unloadAfterMs + 500));
  const t = performance.now();
  await s.sync.read(name, () => 0);
  const loadMs = performance.now() - t;
  const ms = (x: number | undefined) => Math.round((x ?? 0) * 10) / 10;
  console.log(
    JSON.stringify({
      votes,
      members: 21,
      ballotsPerVote: 20,
      reconcileMs: { min: ms(times[0]), median: ms(times[5]), max: ms(times[9]) },
      loadMs: ms(loadMs),
      rooms: s.sync.stats().rooms,
    }),
  );
} finally {
  await s.cleanup();
}
