import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { meetingSchema } from '../../shared/schemas/meeting';
import { roomName } from '../../shared/sync/rooms';
import { type Roster, readRoster } from '../../shared/sync/werkgroepDoc';
import { connectClient, type TestClient, waitFor } from '../test/clients';
import { invite, join, type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let anna: Person;
let watcher: TestClient;

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner']);
  anna = w.people[0] as Person;
  // Anna has the werkgroep open: her screen follows the roster in the werkgroep's room.
  watcher = connectClient(s.wsUrl, roomName('werkgroep', w.werkgroep.id), new Y.Doc(), anna.token);
  await watcher.synced;
});
afterAll(async () => {
  watcher.destroy();
  await s.cleanup();
});

const roster = () => readRoster(watcher.doc);
/** Waits until the roster in Anna's copy of the room is no longer `before`, and returns it. */
async function next(before: Roster | null, what: string): Promise<Roster> {
  await waitFor(() => roster()?.revision !== before?.revision, 10_000, what);
  const now = roster();
  if (!now) throw new Error('no roster');
  return now;
}

describe('the werkgroep room carries who is in it, live', () => {
  it('follows a join, a role change, a change of name and a removal, with counts and no names', async () => {
    const start = roster();
    expect(start?.composition).toMatchObject({ bewoners: 1, ambtenaren: 0, facilitators: 1 });

    const bram = await join(s.url, await invite(s.url, w.facilitator, w.werkgroep.id, 'ambtenaar'), 'Bram');
    const joined = await next(start, 'roster after a join');
    expect(joined.composition).toMatchObject({ bewoners: 1, ambtenaren: 1 });

    const call = (method: string, path: string, body?: unknown) =>
      werkgroepCall(s.url, w.werkgroep.id, method, path, w.facilitator, body);
    expect((await call('PATCH', `/members/${bram.member.id}`, { role: 'bewoner' })).status).toBe(200);
    const changed = await next(joined, 'roster after a role change');
    expect(changed.composition).toMatchObject({ bewoners: 2, ambtenaren: 0 });

    const renamed = await werkgroepCall(s.url, w.werkgroep.id, 'PATCH', '/members/me', bram, {
      displayName: 'Bram de Vries',
    });
    expect(renamed.status).toBe(200);
    const afterName = await next(changed, 'roster after a change of name');
    expect(afterName.composition).toEqual(changed.composition);

    expect((await call('DELETE', `/members/${bram.member.id}`)).status).toBe(204);
    const removed = await next(afterName, 'roster after a removal');
    expect(removed.composition).toMatchObject({ bewoners: 1, ambtenaren: 0 });

    // Counts and a revision only: no member's name is written into the room.
    const stored = JSON.stringify(watcher.doc.getMap('roster').toJSON());
    expect(stored).not.toContain('Bram');
    expect(stored).not.toContain('Anna');
  });

  it('follows someone joining by code, and the facilitator confirming or refusing them', async () => {
    const call = (method: string, path: string, body?: unknown) =>
      werkgroepCall(s.url, w.werkgroep.id, method, path, w.facilitator, body);
    const meeting = meetingSchema.parse(
      (await call('POST', '/meetings', { title: 'Buurtavond', date: '2030-03-01' })).body,
    );
    const started = meetingSchema.parse(
      (await call('POST', `/meetings/${meeting.id}/control`, { action: 'start' })).body,
    );
    const joinByCode = async (displayName: string) => {
      const res = await werkgroepCall(s.url, w.werkgroep.id, 'POST', `/api/join/${started.joinCode}`, null, {
        displayName,
        consent: true,
        claimedRole: 'ambtenaar',
      });
      expect(res.status).toBe(201);
      return String(res.body.membership.member.id);
    };
    const start = roster();
    const yusuf = await joinByCode('Yusuf');
    const waiting = await next(start, 'roster after a join by code');
    expect(waiting.composition.guests).toBe((start?.composition.guests ?? 0) + 1);

    expect((await call('POST', `/members/${yusuf}/confirm`, { role: 'ambtenaar' })).status).toBe(200);
    const confirmed = await next(waiting, 'roster after a confirmation');
    expect(confirmed.composition.guests).toBe(waiting.composition.guests - 1);
    expect(confirmed.composition.ambtenaren).toBe(waiting.composition.ambtenaren + 1);

    const zoe = await joinByCode('Zoë');
    const another = await next(confirmed, 'roster after a second join by code');
    expect((await call('POST', `/members/${zoe}/refuse`)).status).toBe(204);
    const refused = await next(another, 'roster after a refusal');
    expect(refused.composition).toEqual(confirmed.composition);
  });
});
