import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Meeting, meetingSchema } from '../../shared/schemas/meeting';
import { readMeeting } from '../../shared/sync/meetingDoc';
import type { Config } from '../config';
import { SQLITE_FILE_NAME } from '../storage/sqlite/sqlite';
import { connectClient, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep } from '../test/fixtures';
import { makeTempDir, startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

/**
 * Issue 14, item 5: the join code could be guessed (2,000 tries a second, no limit) and the preview
 * named the werkgroep; the database held the code in plain text. Every route that takes a secret is
 * now limited per address, join codes also by one budget for everyone, and only a keyed hash is stored.
 */
const servers: TestServer[] = [];
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of servers.splice(0)) await s.cleanup();
});

async function server(config: Partial<Config> = {}, dataDir?: string) {
  const s = await startTestServer({ config, ...(dataDir ? { dataDir } : {}) });
  servers.push(s);
  return s;
}

async function call(s: TestServer, method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${s.url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? JSON.parse(text) : undefined,
    retryAfter: res.headers.get('retry-after'),
  };
}

/** A werkgroep with a running meeting; its code as the facilitator's console gets it. */
async function runningMeeting(
  s: TestServer,
): Promise<{ meeting: Meeting; code: string; facilitator: Person }> {
  const w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN);
  const base = `/api/werkgroepen/${w.werkgroep.id}/meetings`;
  const planned = meetingSchema.parse(
    (await call(s, 'POST', base, w.facilitator.token, { title: 'Bijeenkomst', date: '2026-12-03' })).body,
  );
  const meeting = meetingSchema.parse(
    (await call(s, 'POST', `${base}/${planned.id}/control`, w.facilitator.token, { action: 'start' })).body,
  );
  return { meeting, code: meeting.joinCode ?? '', facilitator: w.facilitator };
}

/** A valid-looking code that is not `code`. */
const otherCode = (code: string, i = 0) =>
  `${code.slice(0, 4)}${code[4] === 'A' ? 'C' : 'A'}${'ACDEFGHJKM'[i % 10]}`;
const joinBody = { displayName: 'Raad', consent: true, claimedRole: 'bewoner' };

describe('guessing secrets', () => {
  it('[secret] an address that guessed join codes too often is refused, the right code included; previews count too', async () => {
    const s = await server({ secretMissesPerHour: 4 });
    const { code } = await runningMeeting(s);
    const wrong = await call(s, 'GET', `/api/join/${otherCode(code)}`);
    // A miss says nothing: no werkgroep, no meeting, the same 404 as any unknown page.
    expect(wrong.status).toBe(404);
    expect(wrong.body.code).toBe('not_found');
    for (let i = 1; i < 4; i++)
      expect(
        (
          await call(
            s,
            i % 2 ? 'POST' : 'GET',
            `/api/join/${otherCode(code, i)}`,
            undefined,
            i % 2 ? joinBody : undefined,
          )
        ).status,
      ).toBe(404);
    const refused = await call(s, 'GET', `/api/join/${code}`);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate_limited');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect((await call(s, 'POST', `/api/join/${code}`, undefined, joinBody)).status).toBe(429);
  });

  it('[secret] all join-code misses share one budget: once it is spent, no code is looked up for anyone', async () => {
    const s = await server({ joinCodeMissesPerHour: 3 });
    const { code } = await runningMeeting(s);
    expect((await call(s, 'GET', `/api/join/${code}`)).status).toBe(200);
    for (let i = 0; i < 3; i++) await call(s, 'GET', `/api/join/${otherCode(code, i)}`);
    const paused = await call(s, 'GET', `/api/join/${code}`);
    expect(paused.status).toBe(429);
    expect(paused.body.code).toBe('join_paused');
    expect((await call(s, 'POST', `/api/join/${code}`, undefined, joinBody)).body.code).toBe('join_paused');
    // Invite links are not affected: they are 192 random bits, not 6 letters.
    expect((await call(s, 'GET', `/api/invites/${'b'.repeat(32)}`)).status).toBe(404);
  });

  it('[secret] bearer tokens (the ADMIN_TOKEN) are limited on every route, GET included', async () => {
    const s = await server({ secretMissesPerHour: 3 });
    expect((await call(s, 'GET', '/api/werkgroepen', 'raden-0000000000000000000')).status).toBe(401);
    expect((await call(s, 'GET', '/api/me', 'raden-1111111111111111111')).status).toBe(200);
    expect((await call(s, 'GET', '/api/werkgroepen', 'raden-2222222222222222222')).status).toBe(401);
    // Out of misses: the right token is not even compared any more.
    expect((await call(s, 'GET', '/api/werkgroepen', TEST_ADMIN_TOKEN)).status).toBe(429);
    expect((await call(s, 'GET', '/api/me', TEST_ADMIN_TOKEN)).status).toBe(429);
    // Without a token the app still answers (a browser with its cookie is not caught by this).
    expect((await call(s, 'GET', '/api/me')).status).toBe(200);
  });

  it('[secret] admin GET routes, invite previews and the setup link are rate-limited per address', async () => {
    const s = await server({ rateLimitPerMinute: 3 });
    const statuses = async (path: string, token?: string) => {
      const out: number[] = [];
      for (let i = 0; i < 4; i++) out.push((await call(s, 'GET', path, token)).status);
      return out;
    };
    expect(await statuses('/api/werkgroepen', TEST_ADMIN_TOKEN)).toEqual([200, 200, 200, 429]);
    expect(await statuses(`/api/invites/${'c'.repeat(32)}`)).toEqual([404, 404, 404, 429]);
    const s2 = await server({ secretMissesPerHour: 2 });
    for (const expected of [403, 403, 429])
      expect(
        (await call(s2, 'POST', '/api/admin/setup', undefined, { setupToken: 'x'.repeat(43) })).status,
      ).toBe(expected);
  });

  it('[secret] the database holds no join code: not in the meeting, not in its room', async () => {
    const s = await server();
    const { meeting, code, facilitator } = await runningMeeting(s);
    const screen = connectClient(s.wsUrl, meeting.room, new Y.Doc(), facilitator.token);
    clients.push(screen);
    await screen.synced;
    // The room (stored, and read by guests too) says when the code was made, never what it is.
    expect(readMeeting(screen.doc)).toMatchObject({
      joinCode: null,
      joinCodeIssuedAt: meeting.joinCodeIssuedAt,
    });
    const db = new Database(path.join(s.dataDir, SQLITE_FILE_NAME), { readonly: true });
    try {
      const row = db.prepare('SELECT join_code, data_json FROM meetings WHERE id = ?').get(meeting.id) as {
        join_code: string;
        data_json: string;
      };
      expect(row.join_code).toMatch(/^[0-9a-f]{64}$/);
      // Not a plain hash either: that is undone by trying all 244 million codes.
      expect(row.join_code).not.toBe(crypto.createHash('sha256').update(code).digest('hex'));
      expect(row.data_json).not.toContain(code);
      const everything = db
        .prepare(
          'SELECT data FROM doc_updates UNION ALL SELECT data FROM doc_snapshots UNION ALL SELECT data_json FROM meetings',
        )
        .all() as { data: Buffer | string }[];
      for (const { data } of everything) expect(Buffer.from(data).includes(code)).toBe(false);
    } finally {
      db.close();
    }
  });

  it('[secret] after a restart a running meeting gets a new code; the old one no longer works and the screen hears of it', async () => {
    const dataDir = await makeTempDir();
    const first = await startTestServer({ dataDir });
    const { meeting, code, facilitator } = await runningMeeting(first);
    await first.stop();
    const s = await server({}, dataDir);
    const base = `/api/werkgroepen/${meeting.werkgroepId}/meetings/${meeting.id}`;
    const screen = connectClient(s.wsUrl, meeting.room, new Y.Doc(), facilitator.token);
    clients.push(screen);
    await waitFor(
      () => (readMeeting(screen.doc)?.joinCodeIssuedAt ?? null) !== meeting.joinCodeIssuedAt,
      5_000,
      'a new code announced in the room',
    );
    const now = meetingSchema.parse((await call(s, 'GET', base, facilitator.token)).body);
    expect(now.joinCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(now.joinCode).not.toBe(code);
    expect((await call(s, 'GET', `/api/join/${code}`)).status).toBe(404);
    expect((await call(s, 'GET', `/api/join/${now.joinCode}`)).status).toBe(200);
    // And the facilitator can ask for a new one whenever a code got out.
    const renewed = meetingSchema.parse(
      (await call(s, 'POST', `${base}/control`, facilitator.token, { action: 'newCode' })).body,
    );
    expect(renewed.joinCode).not.toBe(now.joinCode);
    expect((await call(s, 'GET', `/api/join/${now.joinCode}`)).status).toBe(404);
    expect((await call(s, 'GET', `/api/join/${renewed.joinCode}`)).status).toBe(200);
  });

  it('[secret] a guest gets no join code from the API (members may: it is on the projector)', async () => {
    const s = await server();
    const { meeting, code } = await runningMeeting(s);
    const joined = await call(s, 'POST', `/api/join/${code}`, undefined, joinBody);
    const seen = meetingSchema.parse(
      (
        await call(
          s,
          'GET',
          `/api/werkgroepen/${meeting.werkgroepId}/meetings/${meeting.id}`,
          joined.body.token,
        )
      ).body,
    );
    expect(seen.joinCode).toBeNull();
  });
});
