import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { networkViewSchema } from '../../shared/network/network';
import { partySchema } from '../../shared/network/party';
import { readNetworkRoom } from '../../shared/sync/networkDoc';
import { roomName } from '../../shared/sync/rooms';
import { connectClient, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { copyDatabase } from '../test/forensics';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let bewoner: Person;
let observer: Person;
const clients: TestClient[] = [];

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner', 'observer']);
  [bewoner, observer] = w.people as [Person, Person];
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.cleanup();
});

const call = (method: string, path: string, who: Person, body?: unknown) =>
  werkgroepCall(s.url, w.werkgroep.id, method, path, who, body);
const reader = (who: Person) => {
  const c = connectClient(s.wsUrl, roomName('netwerk', w.werkgroep.id), new Y.Doc(), who.token);
  clients.push(c);
  return c;
};
/** Every byte of the room as stored (snapshot and log). */
const storedRoom = async () => {
  const { snapshot, updates } = await s.storage.loadDoc(roomName('netwerk', w.werkgroep.id));
  return Buffer.concat([...(snapshot ? [snapshot] : []), ...updates]);
};

/** Markers of contacts who did not consent: they must appear nowhere. */
const SILENT = ['Zwijgzame-Naam-8841', 'zwijg8841@example.nl', '+31 6 8841 8841', 'Later-Geweigerd-5521'];
const OPEN = 'Open-Naam-3318';

describe('wijknetwerk: contacts only with consent, live in the netwerk: room', () => {
  it('a change reaches a connected reader live; a contact without consent is nowhere, one with consent only in the API', async () => {
    const live = reader(observer);
    await live.synced;
    expect(readNetworkRoom(live.doc).parties).toEqual([]);

    const silent = { name: SILENT[0], email: SILENT[1], phone: SILENT[2], consent: false };
    const first = await call('POST', '/netwerk/parties', bewoner, {
      name: 'Voedselbank',
      kind: 'zorg_welzijn',
      contact: silent,
    });
    expect(first.status, first.text).toBe(201);
    expect(partySchema.parse(first.body).contact).toBeNull();
    await waitFor(
      () => readNetworkRoom(live.doc).parties.length === 1,
      10_000,
      'the party reaches the reader',
    );

    const open = { name: OPEN, email: 'open3318@example.nl', consent: true };
    const second = await call('POST', '/netwerk/parties', bewoner, {
      name: 'Buurthuis',
      kind: 'cultuur',
      contact: open,
    });
    const buurthuis = partySchema.parse(second.body);
    expect(buurthuis.contact).toEqual(open);
    await waitFor(() => readNetworkRoom(live.doc).parties.length === 2, 10_000, 'the second party arrives');
    await waitFor(
      () => readNetworkRoom(live.doc).changes.length === 2,
      10_000,
      'the change log arrives with it',
    );
    // Members read the consented contact from the API; the room carries no contact at all.
    const view = networkViewSchema.parse((await call('GET', '/netwerk', observer)).body);
    expect(view.parties.map((p) => p.contact)).toEqual([null, open]);
    expect(readNetworkRoom(live.doc).parties.map((p) => p.contact)).toEqual([null, null]);

    // A contact given again without consent replaces the stored one by none, and is not written.
    const withdrawn = { contact: { name: SILENT[3], consent: false } };
    const patched = await call('PATCH', `/netwerk/parties/${buurthuis.id}`, bewoner, withdrawn);
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body.contact).toBeNull();
    await waitFor(
      () => readNetworkRoom(live.doc).changes.length === 3,
      10_000,
      'the withdrawal reaches the reader',
    );

    const answers = [first.text, second.text, patched.text, (await call('GET', '/netwerk', bewoner)).text];
    const room = await storedRoom();
    const copy = copyDatabase(s.dataDir);
    for (const marker of SILENT) {
      for (const text of answers) expect(text.includes(marker)).toBe(false);
      expect(room.includes(marker)).toBe(false);
      expect(copy.main.includes(marker) || copy.wal.includes(marker)).toBe(false);
      expect(copy.rows.some((r) => r.values.some((v) => typeof v === 'string' && v.includes(marker)))).toBe(
        false,
      );
    }
    expect(room.includes(OPEN)).toBe(false);
  });

  it('the overlap detection flags a pair in GET …/netwerk and, live, in the room', async () => {
    const live = reader(observer);
    await live.synced;
    const add = (name: string, source: string) =>
      call('POST', '/netwerk/initiatives', bewoner, {
        name,
        status: 'loopt',
        funding: [{ source, amount: null }],
      });
    const a = (await add('Moestuin', 'Vitale Wijken')).body;
    const b = (await add('Buurtkeuken', 'vitale wijken')).body;
    const view = networkViewSchema.parse((await call('GET', '/netwerk', bewoner)).body);
    expect(view.overlaps).toEqual([
      {
        a: [a.id, b.id].sort()[0],
        b: [a.id, b.id].sort()[1],
        // Spelled as the initiative with the lower id has it (ids are random).
        reasons: [{ kind: 'funding', source: a.id < b.id ? 'Vitale Wijken' : 'vitale wijken' }],
      },
    ]);
    await waitFor(
      () => readNetworkRoom(live.doc).overlaps.length === 1,
      10_000,
      'the overlap reaches the reader',
    );
  });

  it('[SYNC12] the room is reconciled from the database when it loads (a write the room missed is repaired)', async () => {
    const other = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, []);
    const at = Date.now();
    const party = {
      id: 'pa00000000000001',
      name: 'Alleen in de database',
      kind: 'sport',
      description: '',
      themes: [],
      buurten: [],
      website: null,
      contact: null,
      memberIds: [],
      createdBy: other.facilitator.member.id,
      createdAt: at,
      updatedAt: at,
    };
    // Stored, but never published (as after a crash between the commit and the room write).
    await s.storage.writeNetwork(other.werkgroep.id, {
      put: [{ entity: 'party', value: party }],
      remove: [],
      change: {
        at,
        memberId: party.createdBy,
        entity: 'party',
        entityId: party.id,
        action: 'created',
        label: party.name,
        fields: [],
      },
    });
    const c = connectClient(
      s.wsUrl,
      roomName('netwerk', other.werkgroep.id),
      new Y.Doc(),
      other.facilitator.token,
    );
    clients.push(c);
    await c.synced;
    expect(readNetworkRoom(c.doc).parties.map((p) => p.name)).toEqual(['Alleen in de database']);
    // Not a member of that werkgroep: no access to its network room.
    const stranger = connectClient(
      s.wsUrl,
      roomName('netwerk', other.werkgroep.id),
      new Y.Doc(),
      bewoner.token,
    );
    clients.push(stranger);
    const closed = await new Promise<number>((resolve) =>
      stranger.provider.once('connection-close', (e) => resolve(e?.code ?? 0)),
    );
    expect(closed).not.toBe(1000);
  });
});
