import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Action, can } from '../../shared/permissions';
import { meetingSchema } from '../../shared/schemas/meeting';
import { GUEST, type MemberRole, ROLES } from '../../shared/schemas/member';
import { joinedSchema } from '../../shared/schemas/session';
import { CloseCode } from '../../shared/sync/closeCodes';
import { connectClient, openRawSocket, type TestClient, waitFor } from '../test/clients';
import { invite, join, type Person, setupWerkgroep } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

/**
 * The access matrix: every role (a guest who joined by code too, and a non-member, and someone signed
 * out) against every action, on the REST API and on the websocket. The expected outcome is always
 * read from `can`.
 */
type Who = MemberRole | 'non-member' | 'signed-out';
const WHO: Who[] = [...ROLES, GUEST, 'non-member', 'signed-out'];

let s: TestServer;
let base: string;
let werkgroepId: string;
let room: string;
let documentId: string;
let sectionId: string;
let facilitator: Person;
/** The running meeting's code, for guests made as targets of confirm and refuse. */
let joinCode: string;
const people = new Map<Who, Person | null>();
const clients: TestClient[] = [];

beforeAll(async () => {
  s = await startTestServer();
  base = s.url;
  const w = await setupWerkgroep(
    base,
    TEST_ADMIN_TOKEN,
    ROLES.filter((r) => r !== 'facilitator'),
  );
  werkgroepId = w.werkgroep.id;
  room = w.documentRoom;
  documentId = w.documentId;
  sectionId = w.sectionId;
  facilitator = w.facilitator;
  people.set('facilitator', w.facilitator);
  for (const p of w.people) people.set(p.member.role, p);
  people.set(GUEST, await joinAsGuest());
  // A member of another werkgroep: signed in, but not here.
  const other = await setupWerkgroep(base, TEST_ADMIN_TOKEN);
  people.set('non-member', other.facilitator);
  people.set('signed-out', null);
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.cleanup();
});

const roleOf = (who: Who): MemberRole | null => (who === 'non-member' || who === 'signed-out' ? null : who);

/** Someone who joined by a running meeting's code and is not confirmed yet. */
async function joinAsGuest(): Promise<Person> {
  const post = async (path: string, body: unknown, token?: string) =>
    (
      await fetch(`${base}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      })
    ).json();
  const meetings = `/api/werkgroepen/${werkgroepId}/meetings`;
  const meeting = meetingSchema.parse(
    await post(meetings, { title: 'Bijeenkomst', date: '2026-12-03' }, facilitator.token),
  );
  const started = meetingSchema.parse(
    await post(`${meetings}/${meeting.id}/control`, { action: 'start' }, facilitator.token),
  );
  joinCode = started.joinCode ?? '';
  return newGuest('Gast');
}

async function newGuest(displayName: string): Promise<Person> {
  const res = await fetch(`${base}/api/join/${joinCode}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ displayName, consent: true, claimedRole: 'ambtenaar' }),
  });
  const joined = joinedSchema.parse(await res.json());
  return { token: joined.token, member: joined.membership.member };
}

async function request(who: Who, method: string, path: string, body?: unknown) {
  const token = people.get(who)?.token;
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  return res.status;
}

/** A fresh section made by the facilitator, so actions on it do not disturb the others. */
async function newSection(): Promise<string> {
  const res = await fetch(`${base}/api/documents/${documentId}/sections`, {
    method: 'POST',
    headers: { authorization: `Bearer ${facilitator.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Doelwit' }),
  });
  return ((await res.json()) as { id: string }).id;
}

/** A thread or version made by the facilitator, as the target of an action. */
async function asFacilitator(path: string, body: unknown): Promise<string> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${facilitator.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return ((await res.json()) as { id: string }).id;
}

/** Each REST action, as a request that needs exactly that permission. */
const REST: { action: Action; run: (who: Who) => Promise<number> }[] = [
  { action: 'werkgroep.view', run: (who) => request(who, 'GET', `/api/werkgroepen/${werkgroepId}`) },
  { action: 'members.view', run: (who) => request(who, 'GET', `/api/werkgroepen/${werkgroepId}/members`) },
  { action: 'invites.manage', run: (who) => request(who, 'GET', `/api/werkgroepen/${werkgroepId}/invites`) },
  {
    action: 'invites.manage',
    run: (who) => request(who, 'POST', `/api/werkgroepen/${werkgroepId}/invites`, { role: 'bewoner' }),
  },
  {
    action: 'members.manage',
    run: async (who) => {
      // Against a throwaway member, so the matrix does not change the people it tests.
      const target = await join(base, await invite(base, facilitator, werkgroepId, 'bewoner'), 'Doelwit');
      return request(who, 'PATCH', `/api/werkgroepen/${werkgroepId}/members/${target.member.id}`, {
        role: 'partner',
      });
    },
  },
  {
    action: 'members.manage',
    run: async (who) => {
      const target = await join(base, await invite(base, facilitator, werkgroepId, 'bewoner'), 'Doelwit');
      return request(who, 'DELETE', `/api/werkgroepen/${werkgroepId}/members/${target.member.id}`);
    },
  },
  {
    action: 'members.manage',
    run: async (who) => {
      const target = await newGuest('Wachtend');
      const path = `/api/werkgroepen/${werkgroepId}/members/${target.member.id}/confirm`;
      return request(who, 'POST', path, { role: 'ambtenaar' });
    },
  },
  {
    action: 'members.manage',
    run: async (who) => {
      const target = await newGuest('Wachtend');
      return request(who, 'POST', `/api/werkgroepen/${werkgroepId}/members/${target.member.id}/refuse`);
    },
  },
  { action: 'document.read', run: (who) => request(who, 'GET', `/api/werkgroepen/${werkgroepId}/documents`) },
  {
    action: 'document.create',
    run: (who) => request(who, 'POST', `/api/werkgroepen/${werkgroepId}/documents`, { title: 'Nieuw' }),
  },
  {
    action: 'section.create',
    run: (who) => request(who, 'POST', `/api/documents/${documentId}/sections`, { title: 'Extra' }),
  },
  {
    action: 'section.setStatus',
    run: async (who) => {
      const section = await newSection();
      return request(who, 'PATCH', `/api/documents/${documentId}/sections/${section}`, {
        status: 'in_bespreking',
      });
    },
  },
  {
    action: 'section.delete',
    run: async (who) => request(who, 'DELETE', `/api/documents/${documentId}/sections/${await newSection()}`),
  },
  {
    action: 'comment.create',
    run: (who) =>
      request(who, 'POST', `/api/documents/${documentId}/threads`, { sectionId, body: 'Opmerking' }),
  },
  {
    action: 'comment.resolve',
    run: async (who) => {
      const thread = await asFacilitator(`/api/documents/${documentId}/threads`, {
        sectionId,
        body: 'Doelwit',
      });
      return request(who, 'PATCH', `/api/documents/${documentId}/threads/${thread}`, { resolved: true });
    },
  },
  {
    action: 'version.save',
    run: (who) => request(who, 'POST', `/api/documents/${documentId}/versions`, { name: 'v' }),
  },
  {
    action: 'version.restore',
    run: async (who) => {
      const version = await asFacilitator(`/api/documents/${documentId}/versions`, { name: 'doel' });
      return request(who, 'POST', `/api/documents/${documentId}/versions/${version}/restore`);
    },
  },
  { action: 'vote.view', run: (who) => request(who, 'GET', `/api/werkgroepen/${werkgroepId}/votes`) },
  {
    action: 'vote.manage',
    run: (who) =>
      request(who, 'POST', `/api/werkgroepen/${werkgroepId}/votes`, {
        question: 'Doelwit',
        options: ['ja', 'nee'],
        method: 'single',
        rule: 'meerderheid',
      }),
  },
  {
    action: 'vote.cast',
    run: async (who) => {
      // Partners advise in this vote, so everyone `can` lets vote is eligible.
      const vote = await asFacilitator(`/api/werkgroepen/${werkgroepId}/votes`, {
        question: 'Doelwit',
        options: ['ja', 'nee'],
        method: 'single',
        rule: 'meerderheid',
        partnersAdvise: true,
      });
      await fetch(`${base}/api/werkgroepen/${werkgroepId}/votes/${vote}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${facilitator.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ status: 'open' }),
      });
      return request(who, 'POST', `/api/werkgroepen/${werkgroepId}/votes/${vote}/ballot`, {
        kind: 'single',
        optionId: 'o1',
      });
    },
  },
  {
    action: 'board.create',
    run: (who) => request(who, 'POST', `/api/werkgroepen/${werkgroepId}/boards`, { title: 'Doelwit' }),
  },
  {
    action: 'board.manage',
    run: async (who) => {
      const board = await asFacilitator(`/api/werkgroepen/${werkgroepId}/boards`, { title: 'Doelwit' });
      return request(who, 'PATCH', `/api/werkgroepen/${werkgroepId}/boards/${board}`, { silent: true });
    },
  },
  {
    action: 'document.export',
    run: (who) => request(who, 'GET', `/api/documents/${documentId}/export?format=md`),
  },
  {
    action: 'werkgroep.export',
    run: (who) => request(who, 'GET', `/api/werkgroepen/${werkgroepId}/archive`),
  },
  {
    action: 'wijkpagina.manage',
    run: (who) => request(who, 'GET', `/api/werkgroepen/${werkgroepId}/wijkpagina`),
  },
  {
    action: 'self.update',
    run: (who) =>
      request(who, 'PATCH', `/api/werkgroepen/${werkgroepId}/members/me`, { namedInExport: true }),
  },
];

describe('access matrix: REST', () => {
  for (const who of WHO) {
    for (const { action, run } of REST) {
      const allowed = can(roleOf(who), action);
      const expected = allowed ? 'allowed' : who === 'signed-out' ? '401' : '403';
      it(`${who} × ${action} → ${expected}`, async () => {
        const status = await run(who);
        if (allowed) expect(status).toBeLessThan(300);
        else expect(status).toBe(who === 'signed-out' ? 401 : 403);
      });
    }
  }
});

describe('access matrix: websocket', () => {
  let watcher: TestClient;
  beforeAll(async () => {
    watcher = connectClient(s.wsUrl, room, undefined, facilitator.token);
    clients.push(watcher);
    await watcher.synced;
  });

  for (const who of WHO.filter((w) => w !== 'facilitator')) {
    const role = roleOf(who);
    it(`${who}: connect ${can(role, 'document.read') ? 'yes' : 'no'}, write ${can(role, 'document.write') ? 'yes' : 'no'}, presence ${can(role, 'presence.share') ? 'yes' : 'no'}`, async () => {
      const token = people.get(who)?.token;
      if (!can(role, 'document.read')) {
        const raw = await openRawSocket(`${s.wsUrl}/${room}${token ? `?token=${token}` : ''}`);
        expect((await raw.closed).code).toBe(
          who === 'signed-out' ? CloseCode.Unauthorized : CloseCode.Forbidden,
        );
        expect(raw.messages).toHaveLength(0);
        return;
      }
      const c = connectClient(s.wsUrl, room, new Y.Doc(), token);
      clients.push(c);
      await c.synced;
      // Write: the watcher receives it only when the role may write; nothing else is stored.
      const marker = `door ${who}`;
      await waitFor(() => s.sync.stats().pendingUpdates === 0);
      const before = (await s.storage.loadDoc(room)).updates.length;
      c.doc.getMap('m').set(who, marker);
      c.provider.awareness.setLocalStateField('user', { name: 'Verzonnen naam', color: '#123456' });
      if (can(role, 'document.write')) {
        await waitFor(() => watcher.doc.getMap('m').get(who) === marker, 5_000, 'write relayed');
      } else {
        // Give the server time to (not) relay and store it, then check both.
        await new Promise((r) => setTimeout(r, 300));
        expect(watcher.doc.getMap('m').get(who)).toBeUndefined();
        expect((await s.storage.loadDoc(room)).updates.length).toBe(before);
      }
      const id = c.doc.clientID;
      if (can(role, 'presence.share')) {
        await waitFor(
          () => watcher.provider.awareness.getStates().get(id)?.user !== undefined,
          5_000,
          'presence',
        );
        // The server stamps the member's own name and role; the client's made-up name is gone.
        expect(watcher.provider.awareness.getStates().get(id)?.user).toMatchObject({
          name: people.get(who)?.member.displayName,
          role,
          color: '#123456',
        });
      } else {
        await new Promise((r) => setTimeout(r, 300));
        expect(watcher.provider.awareness.getStates().has(id)).toBe(false);
      }
    });
  }
});
