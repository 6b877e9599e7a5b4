import fs from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentDetailSchema } from '../../shared/api/routes';
import { documentSchema } from '../../shared/schemas/document';
import { CloseCode } from '../../shared/sync/closeCodes';
import { type ChildServer, startChildServer } from '../test/childServer';
import { connectClient, type TestClient, waitFor } from '../test/clients';
import { setupWerkgroep } from '../test/fixtures';
import { closeCodeOf, frames, headerLines, pieces, query, withHeaders } from '../test/fuzzInput';
import { rawExchange, rawRequest, upgradeHeaders } from '../test/rawHttp';
import { makeTempDir } from '../test/startTestServer';

/**
 * [SYNC8] Random bytes at the websocket upgrade — its URL, its headers and the first frames after
 * it — against the real server in its own process, so a crash shows as the process exiting. Two
 * normal clients in another room keep editing together throughout.
 */
const ADMIN = 'fuzz-test-admin-token-0123456789abcdef';
let server: ChildServer;
let dataDir: string;
let token: string;
let goodRoom: string;
let otherRooms: string[];
let writer: TestClient;
let reader: TestClient;

beforeAll(async () => {
  dataDir = await makeTempDir();
  server = await startChildServer({ DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN });
  const base = `http://127.0.0.1:${server.port}`;
  const w = await setupWerkgroep(base, ADMIN);
  token = w.facilitator.token;
  goodRoom = w.documentRoom;
  // A second document: the fuzz writes into its rooms, never into the good clients' room.
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const created = documentSchema.parse(
    await (
      await fetch(`${base}/api/werkgroepen/${w.werkgroep.id}/documents`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ title: 'Fuzz' }),
      })
    ).json(),
  );
  const detail = documentDetailSchema.parse(
    await (await fetch(`${base}/api/documents/${created.id}`, { headers })).json(),
  );
  otherRooms = [
    ...detail.document.sections.map((s) => s.room),
    created.room,
    `werkgroep:${w.werkgroep.id}`,
    'doc:onbekend',
  ];
  writer = connectClient(server.wsUrl, goodRoom, undefined, token);
  reader = connectClient(server.wsUrl, goodRoom, undefined, token);
  await Promise.all([writer.synced, reader.synced]);
});
afterAll(async () => {
  writer?.destroy();
  reader?.destroy();
  server?.child.kill('SIGKILL');
  await server?.exited;
  await fs.rm(dataDir, { recursive: true, force: true });
});

const alive = () => server.child.exitCode === null && server.child.signalCode === null;

let marker = 0;
/** The good clients still edit together: a new mark from one reaches the other. */
async function goodClientsSync() {
  const mark = `|${marker++}`;
  const text = writer.doc.getText('t');
  text.insert(text.length, mark);
  await waitFor(() => reader.doc.getText('t').toString().endsWith(mark), 10_000, `reader sees ${mark}`);
}

/** Close codes that mean the server itself failed (a bug caught by a safety net), not a refusal. */
const SERVER_FAILURES: number[] = [CloseCode.ServerError, CloseCode.LoadFailed, CloseCode.StorageFailed];

const HEADER_NAMES = [
  'Cookie',
  'Origin',
  'Authorization',
  'Sec-WebSocket-Key',
  'Sec-WebSocket-Version',
  'Sec-WebSocket-Protocol',
  'Sec-WebSocket-Extensions',
  'X-Forwarded-For',
  'Host',
  'Upgrade',
  'Connection',
] as const;

describe('[SYNC8] fuzzing the websocket upgrade', () => {
  it('keeps the process up and other rooms syncing, whatever arrives at /collab', async () => {
    const good = () => [
      `wa_session=${token}`,
      `Bearer ${token}`,
      `http://127.0.0.1:${server.port}`,
      `127.0.0.1:${server.port}`,
      'permessage-deflate; client_max_window_bits',
      '13',
      'websocket',
    ];
    const fuzzedTarget = fc.oneof(
      fc.tuple(pieces(otherRooms), query(token)).map(([p, q]) => `/collab/${p}${q}`),
      fc.tuple(fc.constantFrom(...otherRooms), query(token)).map(([r, q]) => `/collab/${r}${q}`),
      fc.tuple(pieces(['/collab', '/api', '/']), query(token)).map(([p, q]) => `/${p}${q}`),
    );
    const roomWithToken = fc.constantFrom(...otherRooms).map((r) => `/collab/${r}?token=${token}`);
    const roomWithoutToken = fc.constantFrom(...otherRooms).map((r) => `/collab/${r}`);
    const noHeaders = fc.constant<[string, string][]>([]);
    // One part is fuzzed at a time, so the others let the request get far enough to reach it.
    const input = fc.oneof(
      fc.record({ target: fuzzedTarget, headers: noHeaders, replace: fc.boolean(), frames }),
      fc.record({
        target: fc.oneof(roomWithToken, roomWithoutToken),
        headers: headerLines(HEADER_NAMES, good()),
        replace: fc.boolean(),
        frames,
      }),
      fc.record({ target: roomWithToken, headers: noHeaders, replace: fc.boolean(), frames }),
    );
    // Frames sent right behind the request (before the 101) instead of after it.
    const pipelined = fc.boolean();
    let runs = 0;
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(input, pipelined, async ({ target, headers, replace, frames }, pipelined) => {
        const base = withHeaders(upgradeHeaders(server.port), headers, replace);
        const head = rawRequest('GET', target, base);
        const result = await rawExchange(
          server.port,
          pipelined ? Buffer.concat([head, ...frames]) : head,
          (socket) => {
            if (!pipelined) for (const f of frames) socket.write(f);
          },
        );
        const outcome = `${result.status}/${closeCodeOf(result.rest)}`;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        expect(result.status).not.toBe(500);
        const code = closeCodeOf(result.rest);
        expect(code === null || !SERVER_FAILURES.includes(code), `closed with ${code}`).toBe(true);
        expect(alive()).toBe(true);
        if (++runs % 25 === 0) await goodClientsSync();
      }),
      {
        seed: 1414,
        numRuns: 300,
        examples: [
          [{ target: '/collab/%E0%A4%A', headers: [], replace: false, frames: [] }, false],
          [
            {
              target: `/collab/${otherRooms[0]}`,
              headers: [['Cookie', 'wa_session=%E0%A4%A']],
              replace: false,
              frames: [],
            },
            false,
          ],
        ],
      },
    );
    await goodClientsSync();
    // The fuzz reached every layer: refused at HTTP, refused at the upgrade, and attached to a room.
    const seen = JSON.stringify(Object.fromEntries(outcomes));
    expect(outcomes.get('400/null'), seen).toBeGreaterThan(10);
    expect(outcomes.get(`101/${CloseCode.Unauthorized}`), seen).toBeGreaterThan(10);
    expect(outcomes.get(`101/${CloseCode.MalformedMessage}`), seen).toBeGreaterThan(10);
    expect(outcomes.get('101/null'), seen).toBeGreaterThan(10);
    expect(alive()).toBe(true);
  });
});
