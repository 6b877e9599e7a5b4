import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionSchema } from '../../shared/schemas/decision';
import { myBallotSchema, voteEventSchema, voteViewSchema } from '../../shared/voting/voteView';
import { type RunningServer, startServer } from '../server';
import { SQLITE_FILE_NAME } from '../storage/sqlite/sqlite';
import { type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { copyDatabase, type DatabaseCopy, hashesFound } from '../test/forensics';
import { makeTempDir, TEST_ADMIN_TOKEN, testConfig } from '../test/startTestServer';

/**
 * Issue 14: after a secret vote closes, whoever has the database file (WAL included, before and after
 * a restart) must not be able to tell whose ballot is whose, nor find a ballot someone replaced.
 */
let dataDir: string;
let s: RunningServer;
/** Every log line, at debug level. */
const logLines: string[] = [];
const logger = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) });
const start = () => startServer(testConfig(dataDir), logger);
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let voteId: string;
/** Texts that only ever were in ballots that got replaced. */
const EARLIER = ['EERDER-bewoner-0-k2v9', 'EERDER-ambtenaar-0-q7x1'];

beforeAll(async () => {
  dataDir = await makeTempDir();
  s = await start();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, [
    'bewoner',
    'bewoner',
    'bewoner',
    'bewoner',
    'ambtenaar',
    'ambtenaar',
  ]);
});
afterAll(async () => {
  await s.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const call = (method: string, path: string, who: Person, body?: unknown) =>
  werkgroepCall(s.url, w.werkgroep.id, method, path, who, body);
const voter = (i: number) => w.people[i] as Person;
const voterIds = () => w.people.map((p) => p.member.id);
const consent = (choice: string, reason?: string) => ({
  kind: 'consent',
  choice,
  ...(reason ? { reason } : {}),
});
const vote = (who: Person, ballot: unknown) => call('POST', `/votes/${voteId}/ballot`, who, ballot);
const proxy = (who: Person, ballot: unknown, note: string) =>
  call('POST', `/votes/${voteId}/proxy-ballots`, w.facilitator, { memberId: who.member.id, ballot, note });
const restart = async () => {
  await s.stop();
  s = await start();
};

/** Tries every link between a ballot and a voter that a copy of the data folder offers. */
function attack(copy: DatabaseCopy, openedAt: number, closedAt: number) {
  const ids = voterIds();
  // No replaced ballot survives anywhere in the bytes, WAL included.
  for (const text of EARLIER) expect(copy.main.includes(text) || copy.wal.includes(text)).toBe(false);
  // Ballots are in one page only (of the file and of every WAL frame): no earlier image of them is
  // left, and that page holds no voter's member id.
  const ballotPages = copy.pages.filter((page) => page.includes('"choice":"'));
  expect(ballotPages).toHaveLength(1);
  for (const page of ballotPages) for (const id of ids) expect(page.includes(id)).toBe(false);

  // Rows that hold ballots: no member, no time of casting, no order but the ballots' own.
  const ballotRows = copy.rows.filter((r) =>
    r.values.some((v) => typeof v === 'string' && v.includes('"choice":"')),
  );
  expect(ballotRows.length).toBeGreaterThan(0);
  for (const { values } of ballotRows) {
    for (const v of values) {
      if (typeof v === 'string') for (const id of ids) expect(v).not.toContain(id);
      if (typeof v === 'number') expect(v >= openedAt && v < closedAt).toBe(false);
    }
  }
  // Rows differ only by ballot content and group: no row id, flag or note tells one from another.
  if (ballotRows.length > 1) {
    const columns = ballotRows[0]?.values.length ?? 0;
    for (let c = 0; c < columns; c++) {
      const distinct = new Set(ballotRows.map((r) => JSON.stringify(r.values[c])));
      const content = ballotRows.every((r) =>
        /"choice"|^"(bewoners|ambtenaren|partners)"$/.test(JSON.stringify(r.values[c])),
      );
      if (!content) expect(distinct.size).toBe(1);
    }
  }
  // In the order of their group and content: the order tells nothing of who or when.
  const groups = /^(bewoners|ambtenaren|partners)$/;
  const stored = ballotRows.flatMap(({ values }) => {
    const column = values.find((v) => typeof v === 'string' && groups.test(v));
    return values
      .filter((v): v is string => typeof v === 'string')
      .flatMap((v) => [...v.matchAll(/(?:"(\w+)",[^{}]*)?(\{[^{}]*"choice":"[^{}]*\})/g)])
      .map((m) => `${m[1] ?? column} ${m[2]}`);
  });
  expect(stored).toHaveLength(6);
  expect(stored).toEqual([...stored].sort());

  // The audit trail keeps who took part, not when, and nothing that was replaced.
  const events = copy.rows.filter((r) => r.table === 'vote_events' && r.values.includes(voteId));
  const naming = events.filter((r) => r.values.some((v) => typeof v === 'string' && ids.includes(v)));
  expect(naming.length).toBeGreaterThanOrEqual(ids.length);
  for (const { values } of naming) {
    for (const v of values) if (typeof v === 'number') expect(v >= openedAt && v < closedAt).toBe(false);
    expect(values.some((v) => typeof v === 'string' && v.includes('changed'))).toBe(false);
  }
  // No hash of a member id, keyed with anything left in the file, is in the file.
  expect(hashesFound(copy, voteId, ids)).toEqual([]);
}

describe('a closed secret vote cannot be linked to its voters from the database file', () => {
  it('5+ voters, changed ballots, proxies, a restart while open: after closing and after a restart, no ballot links to a voter', async () => {
    const firstLogLine = logLines.length;
    const created = await call('POST', '/votes', w.facilitator, {
      question: 'Stemmen we in met het voorstel voor de speeltuin?',
      method: 'consent',
      rule: 'consent',
      secret: true,
    });
    voteId = voteViewSchema.parse(created.body).id;
    expect((await call('PATCH', `/votes/${voteId}`, w.facilitator, { status: 'open' })).status).toBe(200);

    expect((await vote(voter(0), consent('bezwaar', EARLIER[0]))).status).toBe(200);
    expect((await vote(voter(1), consent('bezwaar', 'DEFINITIEF-bewoner-1'))).status).toBe(200);
    expect((await vote(voter(2), consent('onthouden'))).status).toBe(200);
    expect((await proxy(voter(3), consent('instemmen'), 'per telefoon')).status).toBe(204);
    expect((await proxy(voter(4), consent('bezwaar', EARLIER[1]), 'op papier')).status).toBe(204);
    expect((await vote(voter(5), consent('instemmen'))).status).toBe(200);

    // A restart while the vote is open: each member still has one ballot, which they can see and change.
    await restart();
    expect((await vote(voter(0), consent('instemmen'))).status).toBe(200);
    expect((await vote(voter(2), consent('bezwaar', 'DEFINITIEF-bewoner-2'))).status).toBe(200);
    expect((await vote(voter(4), consent('instemmen'))).status).toBe(200);
    expect((await proxy(voter(1), consent('instemmen'), 'nog een keer')).body.code).toBe('already_voted');
    const mine = myBallotSchema.parse((await call('GET', `/votes/${voteId}/ballot`, voter(0))).body);
    expect(mine.ballot).toEqual(consent('instemmen'));
    expect(myBallotSchema.parse((await call('GET', `/votes/${voteId}/ballot`, voter(3))).body).proxy).toBe(
      true,
    );
    const open = voteViewSchema.parse((await call('GET', `/votes/${voteId}`, voter(1))).body);
    expect(open.turnout).toEqual({ bewoners: 4, ambtenaren: 2, partners: null });

    const closed = voteViewSchema.parse(
      (await call('PATCH', `/votes/${voteId}`, w.facilitator, { status: 'closed' })).body,
    );
    const openedAt = Date.parse(closed.openedAt ?? '');
    const closedAt = Date.parse(closed.closedAt ?? '');
    const expected = {
      bewoners: { voters: 4, proxies: 1, consent: { instemmen: 2, onthouden: 0, bezwaar: 2 } },
      ambtenaren: { voters: 2, proxies: 0, consent: { instemmen: 2, onthouden: 0, bezwaar: 0 } },
    };
    expect(closed.tally?.groups).toMatchObject(expected);
    expect(closed.tally?.passed).toBe(false);
    expect(closed.tally?.groups.bewoners.consent?.objections.sort()).toEqual([
      'DEFINITIEF-bewoner-1',
      'DEFINITIEF-bewoner-2',
    ]);

    // A copy right after closing, with the server still running (attacked below: the attack keeps
    // this process busy, and the server runs in it).
    const afterClose = copyDatabase(dataDir);
    // Nobody sees their own ballot any more; the facilitator's trail names who took part, without times.
    for (const p of w.people)
      expect(myBallotSchema.parse((await call('GET', `/votes/${voteId}/ballot`, p)).body).ballot).toBeNull();
    const audit = (await call('GET', `/votes/${voteId}/audit`, w.facilitator)).body.map((e: unknown) =>
      voteEventSchema.parse(e),
    );
    expect(
      audit
        .filter((e: { kind: string }) => e.kind.startsWith('took_part'))
        .map((e: { subject: string }) => e.subject)
        .sort(),
    ).toEqual(w.people.map((p) => p.member.displayName).sort());
    expect(
      audit.find((e: { subject: string | null }) => e.subject === voter(3).member.displayName),
    ).toMatchObject({
      kind: 'took_part_by_proxy',
      actor: w.facilitator.member.displayName,
      note: 'per telefoon',
    });

    attack(afterClose, openedAt, closedAt);

    // After a stop (as on SIGTERM) and a start.
    await restart();
    expect(
      fs.existsSync(path.join(dataDir, `${SQLITE_FILE_NAME}-wal`))
        ? fs.statSync(path.join(dataDir, `${SQLITE_FILE_NAME}-wal`)).size
        : 0,
    ).toBe(0);
    const again = voteViewSchema.parse((await call('GET', `/votes/${voteId}`, voter(0))).body);
    expect(again.tally).toEqual(closed.tally);
    expect(again.turnout).toEqual({ bewoners: 4, ambtenaren: 2, partners: null });
    // No log line from the vote on names a voter or holds a ballot.
    const voteLog = logLines.slice(firstLogLine);
    expect(voteLog.some((l) => l.includes('"msg":"ballot"'))).toBe(true);
    for (const line of voteLog) {
      for (const id of voterIds()) expect(line).not.toContain(id);
      expect(line).not.toMatch(/EERDER|DEFINITIEF|instemmen|choice/);
    }
    const decisions = (await call('GET', '/decisions', voter(0))).body.map((d: unknown) =>
      decisionSchema.parse(d),
    );
    expect(decisions[0]?.tally).toEqual(closed.tally);
    attack(copyDatabase(dataDir), openedAt, closedAt);
  });
});
