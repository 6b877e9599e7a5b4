/**
 * `npm run bench:history`: what a section costs after a day of normal typing, before and after
 * [SYNC13] (the server collects deleted content of text rooms). Four members type in one section for
 * a simulated six hours (bench/historyDay.ts: typos and backspaces, retyped words, deleted and
 * rewritten sentences, bold words, a few pasted blocks and deleted paragraphs), through a real server
 * (in this process, real SQLite in a temp folder, access control on) with stock WebsocketProvider
 * clients on gc-off docs, as the app's. They take turns, so both runs type exactly the same day.
 * At lunch everyone reloads (a new client id, the document from their local copy); the facilitator
 * saves a named version at lunch and at the end.
 * "before" is the same server with `ROOM_RULES.section.gc = false`, the rule until this change.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { ROOM_RULES } from '../server/sync/roomRules';
import { connectClient, flushed, type TestClient } from '../server/test/clients';
import { type Person, setupWerkgroep } from '../server/test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../server/test/startTestServer';
import { newcomerSync, storedBytes } from '../server/test/syncSize';
import { DOCUMENT_FIELD } from '../shared/editor/extensions';
import { versionDetailSchema, versionSchema } from '../shared/schemas/version';
import { sleep, waitFor } from './clients';
import { DAY, type DayCounts, Typist, visibleChars } from './historyDay';
import { round } from './stats';
import { prng } from './typingWriters';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Messages per second per connection the runner keeps under (the server allows 1000). */
const PACE_PER_SECOND = 700;
/** `--minutes=60` simulates a shorter day (a quick check of the bench itself). */
const MINUTES = Number(process.argv.find((a) => a.startsWith('--minutes='))?.split('=')[1]) || DAY.minutes;
/**
 * `--accident`: late in the day the facilitator pastes a 900 KB text by mistake (a whole exported
 * report) and undoes it — one honest version of the attack in issue 14.
 */
const ACCIDENT = process.argv.includes('--accident');
const ACCIDENT_CHARS = 900_000;

interface Member {
  person: Person;
  client: TestClient;
  closes: number[];
  sent: number;
  since: number;
}

function open(s: TestServer, room: string, person: Person, state: Uint8Array | null): Member {
  const doc = new Y.Doc({ gc: false });
  if (state) Y.applyUpdate(doc, state);
  const client = connectClient(s.wsUrl, room, doc, person.token);
  const closes: number[] = [];
  client.provider.on('connection-close', (e) => {
    if (e) closes.push(e.code);
  });
  return { person, client, closes, sent: 0, since: performance.now() };
}

const sameState = (docs: Y.Doc[]) => {
  const first = Buffer.from(Y.encodeStateVector(docs[0] as Y.Doc)).toString('base64');
  return docs.every((d) => Buffer.from(Y.encodeStateVector(d)).toString('base64') === first);
};

async function api(s: TestServer, token: string, method: string, route: string, body?: unknown) {
  const res = await fetch(`${s.url}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${route} → ${res.status}`);
  return res.json();
}

/** A whole report pasted into the section by mistake, then undone (two updates). */
async function accident(m: Member, counts: DayCounts): Promise<void> {
  const fragment = m.client.doc.getXmlFragment(DOCUMENT_FIELD);
  const p = new Y.XmlElement('paragraph');
  m.client.doc.transact(() => {
    fragment.push([p]);
    p.insert(0, [new Y.XmlText('rapport '.repeat(ACCIDENT_CHARS / 8))]);
  });
  await flushed(m.client);
  fragment.delete(fragment.length - 1, 1);
  await flushed(m.client);
  counts.pastedChars += ACCIDENT_CHARS;
  counts.deletedChars += ACCIDENT_CHARS;
  counts.updates += 2;
}

async function day(label: 'before' | 'after', gc: boolean) {
  const rule = ROOM_RULES.section.gc;
  ROOM_RULES.section.gc = gc;
  const s = await startTestServer({ config: { unloadAfterMs: 100 } });
  const started = performance.now();
  try {
    const w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner', 'bewoner', 'ambtenaar']);
    const room = w.documentRoom;
    const people = [w.facilitator, ...w.people];
    const counts: DayCounts = { updates: 0, typedChars: 0, deletedChars: 0, pastedChars: 0 };
    const typists = people.map((_, i) => new Typist(1000 + i, counts));
    let members = people.map((p) => open(s, room, p, null));
    await Promise.all(members.map((m) => m.client.synced));
    const versions: string[] = [];
    const saveVersion = async (name: string) => {
      const v = versionSchema.parse(
        await api(s, w.facilitator.token, 'POST', `/api/documents/${w.documentId}/versions`, { name }),
      );
      versions.push(v.id);
    };
    const schedule = prng(42);
    const closes: number[] = [];
    for (let minute = 0; minute < MINUTES; minute++) {
      if (minute === Math.floor(MINUTES / 2)) {
        await saveVersion('lunch');
        // Everyone reloads the page: a new Y.Doc (new client id) from their local copy.
        members = members.map((m) => {
          const copy = Y.encodeStateAsUpdate(m.client.doc);
          closes.push(...m.closes);
          m.client.destroy();
          return open(s, room, m.person, copy);
        });
        await Promise.all(members.map((m) => m.client.synced));
      }
      if (ACCIDENT && minute === Math.floor(MINUTES * 0.8)) await accident(members[0] as Member, counts);
      for (const [i, m] of members.entries()) {
        if (schedule() >= DAY.activePerMinute) continue;
        // Stay under the server's message rate per connection.
        const wait = m.since + (m.sent / PACE_PER_SECOND) * 1000 - performance.now();
        if (wait > 0) await sleep(wait);
        const before = counts.updates;
        (typists[i] as Typist).minute(m.client.doc);
        m.sent += counts.updates - before + 1;
        await flushed(m.client);
        const docs = members.map((x) => x.client.doc);
        await waitFor(() => sameState(docs), 30_000, 'everyone has every change');
      }
    }
    await saveVersion('einde van de dag');
    const writer = members[0] as Member;
    const visible = visibleChars(writer.client.doc);
    const live = await newcomerSync(s.wsUrl, room, w.facilitator.token);
    if (visibleChars(live.doc) !== visible) throw new Error('the newcomer did not get the same text');
    const storedLive = storedBytes(await s.storage.loadDoc(room));
    const localCopy = Y.encodeStateAsUpdate(writer.client.doc).byteLength;
    for (const m of members) {
      closes.push(...m.closes);
      m.client.destroy();
    }
    await waitFor(() => s.sync.stats().rooms === 0, 30_000, 'room unloaded');
    const storedFolded = storedBytes(await s.storage.loadDoc(room));
    const cold = await newcomerSync(s.wsUrl, room, w.facilitator.token);
    const version = versionDetailSchema.parse(
      await api(s, w.facilitator.token, 'GET', `/api/documents/${w.documentId}/versions/${versions.at(-1)}`),
    );
    const versionBytes = Buffer.from(version.sections[0]?.state ?? '', 'base64').byteLength;
    return {
      label,
      gc,
      ...counts,
      visibleChars: visible,
      newcomerSyncBytes: live.bytes,
      newcomerSyncBytesAfterReload: cold.bytes,
      storedBytesLive: storedLive,
      storedBytesFolded: storedFolded,
      localCopyBytes: localCopy,
      versionBytes,
      syncBytesPerVisibleChar: round(live.bytes / visible, 2),
      keptShare: round(visible / (counts.typedChars + counts.pastedChars), 2),
      closeCodes: closes,
      seconds: round((performance.now() - started) / 1000, 1),
    };
  } finally {
    ROOM_RULES.section.gc = rule;
    await s.cleanup();
  }
}

async function main() {
  const before = await day('before', false);
  const after = await day('after', true);
  const rows: [string, keyof typeof after][] = [
    ['visible text (characters)', 'visibleChars'],
    ['typed characters (keystrokes)', 'typedChars'],
    ['pasted characters', 'pastedChars'],
    ['deleted characters', 'deletedChars'],
    ['visible ÷ (typed + pasted)', 'keptShare'],
    ['updates sent', 'updates'],
    ['newcomer sync step 2 (bytes)', 'newcomerSyncBytes'],
    ['… after the room was unloaded and loaded again', 'newcomerSyncBytesAfterReload'],
    ['stored, room open: snapshot + log (bytes)', 'storedBytesLive'],
    ['stored, after everyone left (folded) (bytes)', 'storedBytesFolded'],
    ['one named version, this section (bytes, V2)', 'versionBytes'],
    ["a member's local copy, gc off (bytes)", 'localCopyBytes'],
    ['newcomer sync bytes per visible character', 'syncBytesPerVisibleChar'],
  ];
  const lines = ['| figure | before (gc off) | after (gc on) |', '|---|---|---|'];
  for (const [name, key] of rows) lines.push(`| ${name} | ${before[key]} | ${after[key]} |`);
  console.log(lines.join('\n'));
  if (before.closeCodes.length + after.closeCodes.length > 0) {
    console.warn('connections were closed:', before.closeCodes, after.closeCodes);
  }
  const result = {
    startedAt: new Date().toISOString(),
    day: { ...DAY, minutes: MINUTES, accident: ACCIDENT },
    before,
    after,
    machine: { cpus: os.cpus().length, node: process.version },
  };
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  const kind = ACCIDENT ? 'history-accident' : 'history';
  fs.writeFileSync(path.join(ROOT, `bench/results/${kind}-${stamp}.json`), json);
  fs.writeFileSync(path.join(ROOT, `bench/results/${kind}-latest.json`), json);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
