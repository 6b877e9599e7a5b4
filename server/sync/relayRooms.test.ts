import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Role } from '../../shared/roles';
import { BOARD_LIMITS, boardSchema } from '../../shared/schemas/board';
import { meetingSchema } from '../../shared/schemas/meeting';
import { addNote, readNotes } from '../../shared/sync/boardDoc';
import { CloseCode } from '../../shared/sync/closeCodes';
import { readHands } from '../../shared/sync/meetingDoc';
import { boardRooms } from '../../shared/sync/rooms';
import { openStorage } from '../storage/openStorage';
import { type ChildServer, startChildServer } from '../test/childServer';
import { connectClient, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { MACHINE_REDIS_URL, machineRedisUp, trackInstances } from '../test/instances';
import { makeTempDir, TEST_ADMIN_TOKEN } from '../test/startTestServer';

/**
 * [SYNC10] The room-level things several instances share: the one writer of server-written rooms,
 * folding and unloading one instance at a time, closeRoom, board limits. Two real instances (child
 * processes) on one SQLite data folder (or RELAY_TEST_DATABASE_URL) and the machine's Redis.
 */
const redisUp = await machineRedisUp();
const SHARED_DATABASE_URL = process.env.RELAY_TEST_DATABASE_URL;

const { servers, clients, dirs, prefixes } = trackInstances();
const REDIS_URL = MACHINE_REDIS_URL;

async function cluster(extra: Record<string, string> = {}, roles: readonly Role[] = ['bewoner']) {
  const dataDir = await makeTempDir('wijkatelier-rooms-');
  dirs.push(dataDir);
  // Keys of this test's own (dropped afterwards): the machine's Redis is shared.
  const prefix = `wijkatelier-test-rooms-${process.pid}-${Date.now()}:`;
  prefixes.push(prefix);
  const env = {
    DATA_DIR: dataDir,
    REDIS_URL,
    REDIS_KEY_PREFIX: prefix,
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    ...(SHARED_DATABASE_URL ? { DATABASE_URL: SHARED_DATABASE_URL } : {}),
    ...extra,
  };
  const a = await startChildServer(env);
  const b = await startChildServer(env);
  servers.push(a, b);
  const base = (s: ChildServer) => `http://127.0.0.1:${s.port}`;
  const w = await setupWerkgroep(base(a), TEST_ADMIN_TOKEN, roles);
  const call = (s: ChildServer, method: string, path: string, who: Person, body?: unknown) =>
    werkgroepCall(base(s), w.werkgroep.id, method, path, who, body);
  return { a, b, w, call, dataDir };
}

function client(server: ChildServer, room: string, who: Person): TestClient {
  const c = connectClient(server.wsUrl, room, new Y.Doc(), who.token);
  clients.push(c);
  return c;
}

const plan = { title: 'Bijeenkomst', date: '2026-12-03', startTime: '19:30', place: 'Buurthuis', agenda: [] };

describe.skipIf(!redisUp)('[SYNC10] room-level work shared by several instances', () => {
  it('[SYNC10] hands raised at the same moment through A and through B are all kept, identical on both', async () => {
    const { a, b, w, call } = await cluster({}, ['bewoner', 'bewoner', 'bewoner', 'bewoner']);
    const people = w.people;
    const meeting = meetingSchema.parse((await call(a, 'POST', '/meetings', w.facilitator, plan)).body);
    expect(
      (await call(a, 'POST', `/meetings/${meeting.id}/control`, w.facilitator, { action: 'start' })).status,
    ).toBe(200);
    // Both instances have the session room loaded (a screen on each).
    const onA = client(a, meeting.room, w.facilitator);
    const onB = client(b, meeting.room, w.facilitator);
    await Promise.all([onA.synced, onB.synced]);
    const names = (c: TestClient) =>
      readHands(c.doc)
        .map((h) => h.memberId)
        .sort();
    for (let round = 0; round < 2; round++) {
      // Each hand is computed from the room's hands: on a state that lacks the other instance's
      // hand, one of the two would be lost (a read-modify-write of one value).
      const raised = await Promise.all(
        people.map((p, i) =>
          call(i % 2 === 0 ? a : b, 'POST', `/meetings/${meeting.id}/hand`, p, { up: true }),
        ),
      );
      expect(raised.map((r) => r.status)).toEqual(people.map(() => 204));
      const all = people.map((p) => p.member.id).sort();
      await waitFor(() => names(onA).join() === all.join(), 10_000, 'every hand on A');
      await waitFor(() => names(onB).join() === all.join(), 10_000, 'every hand on B');
      expect(readHands(onB.doc)).toEqual(readHands(onA.doc));
      await Promise.all(
        people.map((p, i) =>
          call(i % 2 === 0 ? b : a, 'POST', `/meetings/${meeting.id}/hand`, p, { up: false }),
        ),
      );
      await waitFor(() => names(onA).length === 0 && names(onB).length === 0, 10_000, 'hands down');
    }
  });

  it('[SYNC10] locking a section through A closes a resident’s socket on B (4509); the facilitator’s stays', async () => {
    const { a, b, w } = await cluster();
    const anna = w.people[0] as Person;
    const resident = client(b, w.documentRoom, anna);
    const facilitator = client(b, w.documentRoom, w.facilitator);
    await Promise.all([resident.synced, facilitator.synced]);
    const closes = { resident: [] as number[], facilitator: [] as number[] };
    resident.provider.on('connection-close', (e) => e && closes.resident.push(e.code));
    facilitator.provider.on('connection-close', (e) => e && closes.facilitator.push(e.code));
    const res = await fetch(
      `http://127.0.0.1:${a.port}/api/documents/${w.documentId}/sections/${w.sectionId}`,
      {
        method: 'PATCH',
        headers: { authorization: `Bearer ${w.facilitator.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ status: 'vastgesteld' }),
      },
    );
    expect(res.status).toBe(200);
    await waitFor(() => closes.resident.includes(CloseCode.RightsChanged), 10_000, 'RightsChanged on B');
    await waitFor(() => resident.provider.synced, 10_000, 'the resident is back, read-only');
    expect(closes.facilitator).toEqual([]);
  });

  it('[SYNC10] a board limit passed by writers on A and B together is held: the readers on B see it kept', async () => {
    const { a, b, w, call } = await cluster({}, ['bewoner', 'bewoner']);
    const [anna, bram] = w.people as [Person, Person];
    const board = boardSchema.parse((await call(a, 'POST', '/boards', anna, { title: 'Veel ideeën' })).body);
    const room = boardRooms(board.id, anna.member.id).board;
    const writerA = client(a, room, anna);
    const writerB = client(b, room, bram);
    const readers = [client(b, room, anna), client(b, room, bram)];
    await Promise.all([writerA, writerB, ...readers].map((c) => c.synced));
    const limit = BOARD_LIMITS.notesPerBoard;
    const note = (who: Person, id: string) => ({
      id,
      text: id,
      color: 'geel' as const,
      x: 10,
      y: 10,
      author: { memberId: who.member.id, name: who.member.displayName, group: 'bewoners' },
    });
    // Up to five short of the limit, in one update from A.
    writerA.doc.transact(() => {
      for (let i = 0; i < limit - 5; i++) addNote(writerA.doc, note(anna, `a${i}`));
    });
    await waitFor(() => readNotes(writerB.doc).length === limit - 5, 20_000, 'the first notes on B');
    // Ten more at the same moment, five through each instance: each is within the limit on its own.
    for (let i = 0; i < 5; i++) {
      addNote(writerA.doc, note(anna, `x-a${i}`));
      addNote(writerB.doc, note(bram, `x-b${i}`));
    }
    const ids = (c: TestClient) =>
      readNotes(c.doc)
        .map((n) => n.id)
        .sort()
        .join();
    const everyone = [writerA, writerB, ...readers];
    await waitFor(
      () => everyone.every((c) => readNotes(c.doc).length === limit && ids(c) === ids(writerA)),
      20_000,
      'every copy holds exactly the limit, the same notes',
    );
    // And stays there (a late relay or repair would show within a moment).
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(everyone.map((c) => readNotes(c.doc).length)).toEqual(everyone.map(() => limit));
    const repaired = [...a.logs, ...b.logs].filter((l) => l.msg === 'room rules: shared limit repaired');
    process.stdout.write(`[SYNC10] board limit: ${repaired.length} shared-limit repairs logged\n`);
  });

  it('[SYNC10] a fold or an unload finds the room locked by another instance: skipped, nothing lost, folded once it is free', async () => {
    const { a, w, dataDir } = await cluster({
      COMPACT_AFTER_UPDATES: '10',
      UNLOAD_AFTER_MS: '300',
      LOG_LEVEL: 'debug',
    });
    const room = w.documentRoom;
    const anna = w.people[0] as Person;
    // This test process is the other instance: it holds the room's lock meanwhile.
    const other = await openStorage({
      dataDir,
      sqliteSynchronous: 'FULL',
      databaseUrl: SHARED_DATABASE_URL ?? null,
    });
    try {
      const lock = await other.lockRoom(room);
      const onA = client(a, room, anna);
      await onA.synced;
      const text = 'Het plein krijgt meer bomen en een bankje.';
      for (const ch of text) {
        onA.doc.getText('t').insert(onA.doc.getText('t').length, ch);
        await new Promise((r) => setTimeout(r, 3));
      }
      const logged = (msg: string) => a.logs.filter((l) => l.msg === msg && l.room === room).length;
      await waitFor(() => logged('fold skipped: the room is locked') > 0, 10_000, 'a fold skipped');
      // The unload goes without its fold; nothing is lost: every update is still in the log.
      onA.destroy();
      await waitFor(() => logged('room unloaded') > 0, 10_000, 'unloaded');
      expect(logged('compacted')).toBe(0);
      const stored = await other.loadDoc(room);
      expect(stored.snapshot).toBeNull();
      expect(stored.updates.length).toBeGreaterThanOrEqual(text.length);
      // Loaded again while still locked, then the lock is released: the retry folds it.
      const again = client(a, room, anna);
      await again.synced;
      expect(again.doc.getText('t').toString()).toBe(text);
      await lock.release();
      await waitFor(() => logged('compacted') > 0, 10_000, 'folded once the lock is free');
      const folded = await other.loadDoc(room);
      expect(folded.snapshot).not.toBeNull();
      const doc = new Y.Doc();
      if (folded.snapshot) Y.applyUpdate(doc, folded.snapshot);
      for (const u of folded.updates) Y.applyUpdate(doc, u);
      expect(doc.getText('t').toString()).toBe(text);
    } finally {
      await other.close();
    }
  });
});
