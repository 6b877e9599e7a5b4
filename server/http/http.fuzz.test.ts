import fs from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '../../shared/api/routes';
import { type ChildServer, startChildServer } from '../test/childServer';
import { setupWerkgroep } from '../test/fixtures';
import { fragment, headerLines, pieces } from '../test/fuzzInput';
import { rawExchange, rawRequest } from '../test/rawHttp';
import { makeTempDir } from '../test/startTestServer';

/**
 * Malformed paths, queries, headers and bodies against every route of the registry, the static
 * files and the app shell, on the real server in its own process: never a 5xx, never a crash.
 */
const ADMIN = 'http-fuzz-admin-token-0123456789abcdef';
let server: ChildServer;
let dataDir: string;
let known: string[];

beforeAll(async () => {
  dataDir = await makeTempDir();
  const clientDir = path.join(dataDir, 'client');
  await fs.mkdir(path.join(clientDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(clientDir, 'index.html'), '<!doctype html><title>Wijkatelier</title>');
  await fs.writeFile(path.join(clientDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startChildServer({ DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN, CLIENT_DIR: clientDir });
  const w = await setupWerkgroep(`http://127.0.0.1:${server.port}`, ADMIN);
  known = [w.werkgroep.id, w.documentId, w.sectionId, w.facilitator.member.id, w.facilitator.token];
});
afterAll(async () => {
  server?.child.kill('SIGKILL');
  await server?.exited;
  await fs.rm(dataDir, { recursive: true, force: true });
});

const alive = () => server.child.exitCode === null && server.child.signalCode === null;

const PAGES = [
  '/',
  '/uitnodiging/:code',
  '/join/:code',
  '/w/:werkgroepId/d/:documentId',
  '/assets/:file',
  '/healthz',
];
const TEMPLATES = [...Object.values(API).map((r) => r.path), ...PAGES];

describe('fuzzing the HTTP routes', () => {
  it('answers every malformed request with a 4xx (or a normal answer), never a 5xx, and stays up', async () => {
    const token = () => known[4] as string;
    const good = () => [
      `Bearer ${token()}`,
      `wa_session=${token()}`,
      `Bearer ${ADMIN}`,
      'application/json',
      'application/json; charset=utf-16',
      'text/html',
      'gzip',
      `http://127.0.0.1:${server.port}`,
      '127.0.0.1',
      'bytes=0-1',
    ];
    const pathArb = fc
      .tuple(fc.constantFrom(...TEMPLATES), fc.array(pieces(known), { minLength: 4, maxLength: 4 }))
      .map(([template, values]) => {
        let i = 0;
        return template.replace(/:[A-Za-z]+/g, () => values[i++] || 'x');
      });
    const queryArb = fc.oneof(
      fc.constant(''),
      fc
        .array(fc.tuple(fragment, fragment), { maxLength: 3 })
        .map((kv) => `?${kv.map(([k, v]) => `${k}=${v}`).join('&')}`),
      fc.constantFrom('?format=pdf', '?format=%FF', '?format[]=x&format[y]=z', '?__proto__=1', '?%'),
    );
    const bodyArb = fc.oneof(
      fc.constant(''),
      fc.json({ maxDepth: 2 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom('{"displayName": "A", "consent": true}', '{"__proto__": {"x": 1}}', '{', 'null', '[]'),
    );
    const input = fc.record({
      method: fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
      path: pathArb,
      query: queryArb,
      headers: headerLines(
        [
          'Cookie',
          'Authorization',
          'Content-Type',
          'Accept',
          'Origin',
          'X-Forwarded-For',
          'X-Forwarded-Proto',
          'Content-Encoding',
          'Accept-Encoding',
          'Accept-Language',
          'Range',
          'If-None-Match',
          'Host',
        ],
        good(),
      ),
      body: bodyArb,
    });
    const outcomes = new Map<number | null, number>();
    await fc.assert(
      fc.asyncProperty(input, async ({ method, path: target, query, headers, body }) => {
        const bytes = Buffer.byteLength(body, 'latin1');
        const lines: [string, string][] = [
          ['Host', `127.0.0.1:${server.port}`],
          ['Connection', 'close'],
          ...headers,
          ...(bytes > 0 ? ([['Content-Length', String(bytes)]] as [string, string][]) : []),
        ];
        const result = await rawExchange(server.port, rawRequest(method, `${target}${query}`, lines, body));
        outcomes.set(result.status, (outcomes.get(result.status) ?? 0) + 1);
        expect(
          result.status === null || result.status < 500,
          `${method} ${target}${query} → ${result.head}`,
        ).toBe(true);
        expect(alive()).toBe(true);
      }),
      {
        seed: 1414,
        numRuns: 400,
        examples: [
          [{ method: 'GET', path: '/api/documents/%E0%A4%A', query: '', headers: [], body: '' }],
          [{ method: 'GET', path: '/w/%E0%A4%A', query: '', headers: [['Accept', 'text/html']], body: '' }],
          [{ method: 'GET', path: '/api/join/%FF', query: '', headers: [], body: '' }],
          [{ method: 'GET', path: '/api/me', query: '', headers: [['Cookie', 'wa_session=%E0']], body: '' }],
        ],
      },
    );
    const seen = JSON.stringify(Object.fromEntries(outcomes));
    // Requests got past the parser to the routes, and some all the way to a handler.
    expect(outcomes.get(400), seen).toBeGreaterThan(20);
    expect((outcomes.get(200) ?? 0) + (outcomes.get(201) ?? 0), seen).toBeGreaterThan(10);
    expect(outcomes.get(404), seen).toBeGreaterThan(20);
    expect(alive()).toBe(true);
  });
});
