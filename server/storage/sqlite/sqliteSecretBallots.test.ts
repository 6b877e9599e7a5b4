import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { VoteSettings } from '../../../shared/schemas/vote';
import type { Tally } from '../../../shared/voting/result';
import { openSqliteStorage, SQLITE_FILE_NAME } from './sqlite';
import { migrateSecretBallots } from './sqliteMigrateSecretBallots';
import { MIGRATIONS, migrate } from './sqliteMigrations';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const t0 = 1_800_000_000_000;
const settings = (secret: boolean): VoteSettings => ({
  method: 'consent',
  rule: 'consent',
  maxChoices: null,
  dots: null,
  partnersAdvise: false,
  quorum: { bewoners: 0, ambtenaren: 0 },
  secret,
  results: secret ? 'after_close' : 'live',
});
const bezwaar = (reason: string) => JSON.stringify({ kind: 'consent', choice: 'bezwaar', reason });
const instemmen = JSON.stringify({ kind: 'consent', choice: 'instemmen' });

/**
 * A database as the server before issue 14 left it: a closed secret vote whose ballots kept their
 * casting time, row order and proxy mark (the audit trail names who cast when), an open secret vote
 * with member ids, and a replaced ballot's text in the free space of a page.
 */
function legacyDatabase(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkatelier-legacy-'));
  dirs.push(dir);
  const db = new Database(path.join(dir, SQLITE_FILE_NAME));
  db.pragma('journal_mode = WAL');
  migrate(db, MIGRATIONS.indexOf(migrateSecretBallots));
  db.prepare("INSERT INTO werkgroepen VALUES ('w1', 'W', 'Wijk', 'G', ?)").run(t0);
  const vote = db.prepare(
    `INSERT INTO votes (id, werkgroep_id, question, explanation, options_json, settings_json, status, created_by,
       created_at, opened_at, closed_at) VALUES (?, 'w1', 'Speeltuin?', '', '[]', ?, ?, 'f1', ?, ?, ?)`,
  );
  vote.run('closed', JSON.stringify(settings(true)), 'closed', t0, t0 + 1, t0 + 100);
  vote.run('open', JSON.stringify(settings(true)), 'open', t0, t0 + 1, null);
  const ballot = db.prepare(
    `INSERT INTO ballots (vote_id, member_id, voter_group, ballot_json, proxy, entered_by, note, cast_at)
     VALUES (?, ?, 'bewoners', ?, ?, ?, ?, ?)`,
  );
  const event = db.prepare(
    'INSERT INTO vote_events (vote_id, at, kind, actor_member_id, subject_member_id, note) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const cast: [string, string, number, string][] = [
    ['m1', bezwaar('Zeta: te duur'), 0, 'ballot_cast'],
    ['m2', instemmen, 1, 'proxy_cast'],
    ['m3', bezwaar('Alfa: geen schaduw'), 0, 'ballot_cast'],
  ];
  for (const [i, [member, json, proxy, kind]] of cast.entries()) {
    ballot.run('closed', null, json, proxy, null, proxy ? 'telefoon' : '', t0 + 10 + i);
    event.run('closed', t0 + 10 + i, kind, proxy ? 'f1' : member, member, proxy ? 'telefoon' : '');
  }
  event.run('closed', t0 + 100, 'closed', 'f1', null, '');
  const figures = (objections: string[]) => ({
    voters: objections.length,
    abstained: 0,
    proxies: 0,
    options: {},
    consent: { instemmen: 0, onthouden: 0, bezwaar: objections.length, objections },
  });
  const tally: Tally = {
    method: 'consent',
    rule: 'consent',
    groups: {
      bewoners: figures(['Zeta: te duur', 'Alfa: geen schaduw']),
      ambtenaren: figures([]),
      partners: null,
    },
    status: 'valid',
    ranking: [],
    winners: [],
    tie: false,
    passed: false,
  };
  const data = {
    question: 'Speeltuin?',
    text: '',
    method: 'consent',
    rule: 'consent',
    secret: true,
    options: [],
    tally,
  };
  db.prepare("INSERT INTO decisions VALUES ('d1', 'w1', 'closed', 1, ?, ?)").run(
    JSON.stringify(data),
    t0 + 100,
  );
  ballot.run('open', 'm1', bezwaar(`EERDER-legacy-7f3q ${'lang verhaal '.repeat(20)}`), 0, null, '', t0 + 20);
  db.prepare("UPDATE ballots SET ballot_json = ? WHERE member_id = 'm1' AND vote_id = 'open'").run(instemmen);
  ballot.run('open', 'm2', instemmen, 1, 'f1', 'telefoon', t0 + 21);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return dir;
}

describe('upgrading a database with secret votes (issue 14)', () => {
  it('[SQLITE2] [SQLITE3] seals closed secret votes, keys open ones, and leaves nothing of the old rows in the file', async () => {
    const dir = legacyDatabase();
    const file = path.join(dir, SQLITE_FILE_NAME);
    expect(fs.readFileSync(file).includes('EERDER-legacy-7f3q')).toBe(true);

    const storage = openSqliteStorage({ dataDir: dir });
    const sealed = await storage.listBallots('closed');
    expect(sealed.map((b) => [b.ballot, b.proxy, b.memberId, b.castAt])).toEqual([
      [{ kind: 'consent', choice: 'bezwaar', reason: 'Alfa: geen schaduw' }, true, null, null],
      [{ kind: 'consent', choice: 'bezwaar', reason: 'Zeta: te duur' }, false, null, null],
      [{ kind: 'consent', choice: 'instemmen' }, false, null, null],
    ]);
    const events = await storage.listVoteEvents('closed');
    expect(events.map((e) => [e.kind, e.subjectMemberId, e.at])).toEqual([
      ['took_part', 'm1', t0 + 100],
      ['took_part_by_proxy', 'm2', t0 + 100],
      ['took_part', 'm3', t0 + 100],
      ['closed', null, t0 + 100],
    ]);
    const [decision] = await storage.listDecisions('w1');
    expect(decision?.tally.groups.bewoners.consent?.objections).toEqual([
      'Alfa: geen schaduw',
      'Zeta: te duur',
    ]);

    // The open vote goes on: members find their own ballot, a proxy cannot replace it, closing seals.
    expect(await storage.getBallot('open', 'm1')).toMatchObject({
      ballot: { choice: 'instemmen' },
      proxy: false,
    });
    expect(await storage.getBallot('open', 'm2')).toMatchObject({ proxy: true });
    const proxy = {
      voteId: 'open',
      memberId: 'm1',
      group: 'bewoners' as const,
      proxy: true,
      enteredBy: 'f1',
    };
    const again = { ...proxy, ballot: { kind: 'abstain' as const }, note: '', castAt: t0 + 30 };
    expect(await storage.castBallot(again, 'f1')).toBe('already_voted');
    expect((await storage.listBallots('open')).every((b) => b.memberId === null)).toBe(true);
    await storage.close();

    const bytes = fs.readFileSync(file);
    expect(bytes.includes('EERDER-legacy-7f3q')).toBe(false);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM ballots').get()).toEqual({ n: 0 });
    db.close();
  });
});
