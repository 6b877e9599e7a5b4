/**
 * `npm run bench:wijkpagina`: the public wijkpagina with the issue's amount of content (12 ambitions with
 * text, 200 published acties with 3 updates each, 40 indicators with 6 measurements, 40 decisions, 20
 * upcoming meetings, 40 published answers, 24 members). Seeded through the API and storage of a server in
 * this process, then measured against `server/main.ts` in a process of its own (as `npm start` runs it,
 * SQLite, logging every request): time to first byte (sequential), bytes on the wire (gzip), and latency
 * for 200 anonymous readers at once (each reading the page 10 times) WHILE a meeting runs on the same
 * server: 20 clients type into a section (bench/wijkpaginaMeeting.ts), and their updates' trip through
 * the server to another client is measured. Writes bench/results/wijkpagina-latest.json.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { startChildServer } from '../server/test/childServer';
import { connectClient, waitFor } from '../server/test/clients';
import { setupWerkgroep, werkgroepCall } from '../server/test/fixtures';
import { makeTempDir, startTestServer, TEST_ADMIN_TOKEN } from '../server/test/startTestServer';
import { DOCUMENT_FIELD } from '../shared/editor/documentField';
import { percentile, round } from './stats';
import { ACTIES, INDICATORS, MEASUREMENTS_EACH, seedUitvoering, UPDATES_EACH } from './wijkpaginaContent';
import { startMeeting } from './wijkpaginaMeeting';

const READERS = 200;
const READS_EACH = 10;
const TYPISTS = 20;
const LOREM =
  'We willen dat kinderen veilig naar school kunnen lopen en fietsen. Daarom kijken we samen met de school, de ouders en de gemeente naar de oversteekplaatsen rond het plein. ';

/** Text that does not repeat word for word (repeated text would flatter the gzip size). */
const WORDS = LOREM.split(' ').filter(Boolean);
function variedText(seed: string): string {
  let h = [...seed].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7);
  const out: string[] = [];
  for (let i = 0; i < 70; i++) {
    h = (h * 1103515245 + 12345) >>> 0;
    out.push(`${WORDS[h % WORDS.length] ?? 'wijk'}${h % 7 === 0 ? ` ${h.toString(36)}` : ''}`);
  }
  return `${out.join(' ')}.`;
}

const dataDir = await makeTempDir('wijkpagina-bench-');
const s = await startTestServer({ dataDir });
const seedBase = `http://127.0.0.1:${s.port}`;
const GROUPS = ['bewoner', 'ambtenaar', 'partner'] as const;
const roles = Array.from({ length: 23 }, (_, i) => GROUPS[i % 3] ?? 'bewoner');
const w = await setupWerkgroep(seedBase, TEST_ADMIN_TOKEN, roles);
const call = (method: string, path: string, body?: unknown) =>
  werkgroepCall(seedBase, w.werkgroep.id, method, path, w.facilitator, body);

// Ambitions: 12 parts of the document, each with a few paragraphs of text written through its room.
const sectionIds = [w.sectionId];
for (let i = 1; i < 12; i++) {
  const r = await call('POST', `/api/documents/${w.documentId}/sections`, {
    title: `Ambitie ${i + 1}: een groene, veilige wijk`,
  });
  sectionIds.push(r.body.id as string);
}
for (const id of sectionIds) {
  const client = connectClient(s.wsUrl, `section:${id}`, new Y.Doc(), w.facilitator.token);
  await client.synced;
  client.doc.transact(() => {
    const fragment = client.doc.getXmlFragment(DOCUMENT_FIELD);
    for (let p = 0; p < 4; p++) {
      const para = new Y.XmlElement('paragraph');
      para.insert(0, [new Y.XmlText(variedText(`${id}-${p}`))]);
      fragment.insert(fragment.length, [para]);
    }
  });
  // The server has it once a fresh reader sees it.
  const reader = connectClient(s.wsUrl, `section:${id}`, new Y.Doc(), w.facilitator.token);
  await reader.synced;
  await waitFor(() => reader.doc.getXmlFragment(DOCUMENT_FIELD).length >= 4);
  reader.destroy();
  client.destroy();
}
for (let i = 0; i < 40; i++) {
  const v = await call('POST', '/votes', {
    question: `Kiezen we voor plan ${i + 1} voor het plein?`,
    method: 'consent',
    rule: 'consent',
    secret: i % 2 === 0,
  });
  await call('PATCH', `/votes/${v.body.id}`, { status: 'open' });
  await call('PATCH', `/votes/${v.body.id}`, { status: 'closed' });
}
for (let i = 0; i < 20; i++) {
  const day = new Date(Date.now() + (i + 1) * 7 * 86_400_000).toISOString().slice(0, 10);
  await call('POST', '/meetings', {
    title: `Wijkavond ${i + 1}`,
    date: day,
    startTime: '19:30',
    place: 'Buurthuis De Boog, Zamenhofdreef 1',
  });
}
for (let i = 0; i < 40; i++) {
  const id = `benchq${i}`;
  await s.storage.addQuestion({
    id,
    werkgroepId: w.werkgroep.id,
    text: `Vraag ${i + 1}: ${variedText(`vraag-${i}`).slice(0, 160)}`,
    name: null,
    contact: null,
    askedAt: Date.now(),
    answer: null,
    answeredAt: null,
    published: false,
  });
  await s.storage.answerQuestion(w.werkgroep.id, id, {
    answer: LOREM,
    answeredAt: Date.now(),
    published: true,
  });
}
await seedUitvoering({
  storage: s.storage,
  call,
  werkgroepId: w.werkgroep.id,
  facilitatorId: w.facilitator.member.id,
  sectionIds,
  text: variedText,
});
await call('PUT', '/wijkpagina', {
  published: true,
  slug: 'bench',
  intro: 'Samen maken we de wijk groener en veiliger.',
  sections: [
    'ambities',
    'indicatoren',
    'acties',
    'akkoord',
    'besluiten',
    'vergaderingen',
    'werkgroep',
    'vragen',
  ],
  documentSectionIds: sectionIds,
});

await s.stop();
const server = await startChildServer({
  DATA_DIR: dataDir,
  HOST: '127.0.0.1',
  ADMIN_TOKEN: TEST_ADMIN_TOKEN,
});
const base = `http://127.0.0.1:${server.port}`;

const agent = new http.Agent({ keepAlive: true, maxSockets: READERS });
/** One GET: time to the response's first byte and to its end, and the bytes on the wire. */
const get = () =>
  new Promise<{ ttfb: number; total: number; bytes: number; status: number }>((resolve, reject) => {
    const t0 = performance.now();
    http
      .get(`${base}/wijk/bench`, { agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
        let ttfb = 0;
        let bytes = 0;
        res.on('data', (c: Buffer) => {
          if (bytes === 0) ttfb = performance.now() - t0;
          bytes += c.length;
        });
        res.on('end', () =>
          resolve({ ttfb, total: performance.now() - t0, bytes, status: res.statusCode ?? 0 }),
        );
      })
      .on('error', reject);
  });

for (let i = 0; i < 10; i++) await get(); // warm-up
const sequential = [];
for (let i = 0; i < 50; i++) sequential.push(await get());
// The meeting: typists in a section of the same werkgroep, warmed up for 2 s before the readers come.
const meeting = await startMeeting(server.wsUrl, `section:${w.sectionId}`, w.facilitator.token, TYPISTS);
await new Promise((resolve) => setTimeout(resolve, 2000));
meeting.measure();
const started = performance.now();
const crowd = (
  await Promise.all(
    Array.from({ length: READERS }, async () => {
      const out = [];
      for (let i = 0; i < READS_EACH; i++) out.push(await get());
      return out;
    }),
  )
).flat();
const seconds = (performance.now() - started) / 1000;
const loadAverage = os.loadavg().map((l) => round(l, 2));
const trips = meeting.stop();
const ok = crowd.filter((r) => r.status === 200).length;
const result = {
  content: {
    ambitions: sectionIds.length,
    decisions: 40,
    meetings: 20,
    answers: 40,
    members: roles.length + 1,
    acties: ACTIES,
    updatesPerActie: UPDATES_EACH,
    indicators: INDICATORS,
    measurementsPerIndicator: MEASUREMENTS_EACH,
  },
  loadAverage,
  gzipBytes: sequential[0]?.bytes ?? 0,
  ttfbMs: {
    p50: round(
      percentile(
        sequential.map((r) => r.ttfb),
        50,
      ),
      1,
    ),
    p99: round(
      percentile(
        sequential.map((r) => r.ttfb),
        99,
      ),
      1,
    ),
  },
  concurrent: {
    readers: READERS,
    requests: crowd.length,
    ok,
    p50Ms: round(
      percentile(
        crowd.map((r) => r.total),
        50,
      ),
      1,
    ),
    p99Ms: round(
      percentile(
        crowd.map((r) => r.total),
        99,
      ),
      1,
    ),
    perSecond: round(crowd.length / seconds, 0),
  },
  meeting: {
    typists: TYPISTS,
    updates: trips.length,
    roundTripP50Ms: round(percentile(trips, 50), 1),
    roundTripP99Ms: round(percentile(trips, 99), 1),
  },
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
fs.mkdirSync('bench/results', { recursive: true });
fs.writeFileSync(
  'bench/results/wijkpagina-latest.json',
  `${JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2)}\n`,
);
agent.destroy();
server.child.kill('SIGTERM');
await server.exited;
fs.rmSync(dataDir, { recursive: true, force: true });
