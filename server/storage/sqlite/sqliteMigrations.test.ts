import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/schemas/member';
import { emptyTally, settings } from '../contract/fixtures';
import { change, party } from '../contract/networkFixtures';
import { openStorage } from '../openStorage';
import { StorageValueError } from '../values';
import { SQLITE_FILE_NAME } from './sqlite';
import { dropEnumChecks } from './sqliteDropEnumChecks';
import { MIGRATIONS, migrate } from './sqliteMigrations';
import { NETWORK_OUTLINE_MIGRATION } from './sqliteNetwork';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const t0 = 1_800_000_000_000;

/** Werkgroep, members (a confirmed one, a guest, a removed one), a document with sections and a comment. */
function workspaceRows(db: Database.Database): void {
  db.prepare("INSERT INTO werkgroepen VALUES ('w1', 'W', 'Wijk', 'G', ?)").run(t0);
  for (const p of ['p1', 'p2', 'p3'])
    db.prepare('INSERT INTO people (id, is_admin, created_at) VALUES (?, 0, ?)').run(p, t0);
  const member = db.prepare(
    `INSERT INTO members (id, werkgroep_id, person_id, display_name, organisation, role, named_in_export, joined_at,
       removed_at, status) VALUES (?, 'w1', ?, ?, NULL, ?, 0, ?, ?, ?)`,
  );
  member.run('m1', 'p1', 'Anna', 'facilitator', t0, null, 'confirmed');
  member.run('m2', 'p2', 'Bram', 'ambtenaar', t0 + 1, null, 'guest');
  member.run('m3', 'p3', 'Cor', 'bewoner', t0 + 2, t0 + 3, 'confirmed');
  db.prepare(
    "INSERT INTO documents (id, werkgroep_id, title, created_at, kind) VALUES ('d1', 'w1', 'Doc', ?, 'ambitiedocument')",
  ).run(t0);
  const section = db.prepare("INSERT INTO sections VALUES (?, 'd1', ?, '', ?, ?, ?)");
  section.run('s2', 'Twee', 'vastgesteld', 1, t0);
  section.run('s1', 'Een', 'in_bespreking', 0, t0);
  db.prepare(
    "INSERT INTO threads (id, document_id, section_id, created_at) VALUES ('t1', 'd1', 's1', ?)",
  ).run(t0);
  db.prepare("INSERT INTO comments VALUES ('c1', 't1', 'm3', 'Mooi plan', ?)").run(t0);
}

/** Two votes of one moment (listed by rowid), ballots before deleted ones (the counter is ahead), a decision. */
function voteRows(db: Database.Database): void {
  const vote = db.prepare(
    `INSERT INTO votes (id, werkgroep_id, question, explanation, options_json, settings_json, status, created_by,
       created_at, opened_at, closed_at) VALUES (?, 'w1', ?, '', '[{"id":"o1","label":"Ja"}]', ?, ?, 'm1', ?, ?, ?)`,
  );
  vote.run('vb', 'Eerste', JSON.stringify(settings), 'open', t0, t0, null);
  vote.run('va', 'Tweede', JSON.stringify(settings), 'closed', t0, t0, t0 + 5);
  const ballot = db.prepare(
    `INSERT INTO ballots (vote_id, member_id, voter_group, ballot_json, proxy, entered_by, note, cast_at)
     VALUES ('vb', ?, ?, '{"kind":"single","optionId":"o1"}', 0, NULL, '', ?)`,
  );
  ballot.run('m2', 'partners', t0 + 1);
  ballot.run('m1', 'ambtenaren', t0 + 2);
  for (const m of ['x1', 'x2', 'x3']) ballot.run(m, 'bewoners', t0 + 3);
  db.prepare("DELETE FROM ballots WHERE member_id IN ('x1', 'x2', 'x3')").run();
  db.prepare("INSERT INTO vote_events VALUES (NULL, 'vb', ?, 'ballot_cast', 'm2', 'm2', '')").run(t0 + 1);
  db.prepare("INSERT INTO decisions VALUES ('d-va', 'w1', 'va', 1, ?, ?)").run(
    JSON.stringify({
      question: 'Tweede',
      text: '',
      method: 'single',
      rule: 'gelijk_gewicht',
      secret: false,
      options: [],
      tally: emptyTally,
    }),
    t0 + 5,
  );
}

/** A database as the server before issue 16 left it (foreign keys on, as the server runs). */
function databaseBeforeIssue16(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkatelier-enums-'));
  dirs.push(dir);
  const db = new Database(path.join(dir, SQLITE_FILE_NAME));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.indexOf(dropEnumChecks));
  workspaceRows(db);
  voteRows(db);
  expect(() => db.prepare("UPDATE members SET role = 'buurtcoach' WHERE id = 'm1'").run()).toThrow(/CHECK/);
  db.close();
  return dir;
}

describe('dropping the CHECK lists that repeated shared enums (issue 16): the rows', () => {
  it('[SQLITE4] every row survives through the storage interface, in the same order', async () => {
    const dir = databaseBeforeIssue16();
    const storage = await openStorage({ dataDir: dir, sqliteSynchronous: 'FULL' });
    const members = await storage.listMembers('w1');
    expect(members.map((m) => [m.id, m.role, m.claimedRole])).toEqual([
      ['m1', 'facilitator', null],
      ['m2', 'guest', 'ambtenaar'],
    ]);
    expect((await storage.listSections('d1')).map((s) => [s.id, s.status])).toEqual([
      ['s1', 'in_bespreking'],
      ['s2', 'vastgesteld'],
    ]);
    expect((await storage.getThread('t1'))?.comments.map((c) => [c.authorName, c.body])).toEqual([
      ['Cor', 'Mooi plan'],
    ]);
    // Same created_at: the later rowid first, as before.
    expect((await storage.listVotes('w1')).map((v) => [v.id, v.status])).toEqual([
      ['va', 'closed'],
      ['vb', 'open'],
    ]);
    expect((await storage.listBallots('vb')).map((b) => [b.memberId, b.group])).toEqual([
      ['m2', 'partners'],
      ['m1', 'ambtenaren'],
    ]);
    expect((await storage.listVoteEvents('vb')).map((e) => e.kind)).toEqual(['ballot_cast']);
    expect((await storage.listDecisions('w1')).map((d) => d.voteId)).toEqual(['va']);
    // A value outside the shared enums is now refused at the boundary.
    await expect(storage.updateMember('w1', 'm1', { role: 'buurtcoach' as Role })).rejects.toThrow(
      StorageValueError,
    );
    await storage.close();
  });
});

describe('dropping the CHECK lists that repeated shared enums (issue 16): the schema', () => {
  it('[SQLITE4] the schema keeps its keys, indexes and counters, and no list of shared values', async () => {
    const dir = databaseBeforeIssue16();
    const storage = await openStorage({ dataDir: dir, sqliteSynchronous: 'FULL' });
    const b = { kind: 'single' as const, optionId: 'o1' };
    const mine = {
      voteId: 'vb',
      memberId: 'm4',
      group: 'bewoners' as const,
      ballot: b,
      proxy: false,
      enteredBy: null,
    };
    await storage.castBallot({ ...mine, note: '', castAt: t0 + 9 }, 'm4');
    await storage.close();
    const db = new Database(path.join(dir, SQLITE_FILE_NAME));
    db.pragma('foreign_keys = ON');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const sql = db
      .prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
      .all();
    expect(sql.filter((t) => /CHECK \((role|status|voter_group) IN/.test(t.sql)).map((t) => t.name)).toEqual([
      'members',
    ]);
    expect(sql.find((t) => t.name === 'members')?.sql).toMatch(/CHECK \(status IN \('guest','confirmed'\)\)/);
    const indexes = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index'")
      .all();
    expect(indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining([
        'members_active_person',
        'sections_document',
        'votes_werkgroep',
        'ballots_one_per_member',
      ]),
    );
    // The AUTOINCREMENT counter stayed ahead: no ballot got the number of a deleted one.
    expect(db.prepare('SELECT MIN(seq) AS seq FROM ballots').get()).toEqual({ seq: 1 });
    expect(db.prepare('SELECT MAX(seq) AS seq FROM ballots').get()).toEqual({ seq: 6 });
    // Foreign keys still hold and still cascade.
    expect(() => db.prepare("INSERT INTO comments VALUES ('c2', 't1', 'nobody', 'x', 0)").run()).toThrow(
      /FOREIGN KEY/,
    );
    expect(() =>
      db
        .prepare(
          "INSERT INTO members (id, werkgroep_id, person_id, display_name, role, joined_at) VALUES ('m9', 'w1', 'p1', 'X', 'buurtcoach', 0)",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    db.prepare("DELETE FROM votes WHERE id = 'vb'").run();
    expect(db.prepare("SELECT COUNT(*) AS n FROM ballots WHERE vote_id = 'vb'").get()).toEqual({ n: 0 });
    // A value new to the shared enums needs no migration: the table takes it.
    db.prepare("INSERT INTO people (id, is_admin, created_at) VALUES ('p9', 0, 0)").run();
    db.prepare(
      "INSERT INTO members (id, werkgroep_id, person_id, display_name, role, joined_at) VALUES ('m9', 'w1', 'p9', 'X', 'buurtcoach', 0)",
    ).run();
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});

describe('the wijkgrens (issue 18): a database from before it', () => {
  it('[SQLITE4] keeps its network records, has no outline, and takes one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkatelier-outline-'));
    dirs.push(dir);
    const db = new Database(path.join(dir, SQLITE_FILE_NAME));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.indexOf(NETWORK_OUTLINE_MIGRATION));
    db.prepare("INSERT INTO werkgroepen VALUES ('w1', 'W', 'Wijk', 'G', ?)").run(t0);
    db.prepare("INSERT INTO network_items VALUES ('w1', 'party', 'pa1', ?, ?)").run(
      JSON.stringify(party()),
      t0,
    );
    db.close();
    const storage = await openStorage({ dataDir: dir, sqliteSynchronous: 'FULL' });
    expect((await storage.listNetwork('w1')).map((i) => i.value)).toEqual([party()]);
    expect(await storage.getNetworkOutline('w1')).toBeNull();
    const ring: [number, number][] = [
      [5.1, 52.1],
      [5.2, 52.1],
      [5.2, 52.2],
      [5.1, 52.1],
    ];
    const outline = { type: 'MultiPolygon' as const, coordinates: [[ring]] };
    await storage.setNetworkOutline('w1', outline, change({ entity: 'outline', entityId: 'w1' }));
    expect(await storage.getNetworkOutline('w1')).toEqual(outline);
    await storage.close();
  });
});
