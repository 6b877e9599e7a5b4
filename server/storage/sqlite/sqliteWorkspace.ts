import type { Database } from 'better-sqlite3';
import {
  type AcceptResult,
  type GuestResult,
  inviteStatus,
  type SessionRow,
  type WorkspaceStore,
} from '../WorkspaceStore';
import type { CommentStore } from './sqliteComments';
import type { DocumentStore } from './sqliteDocuments';
import type { VersionStore } from './sqliteVersions';
import {
  type DbInvite,
  type DbMember,
  type DbWerkgroep,
  invite,
  MEMBER_COLS,
  member,
  werkgroep,
} from './sqliteWorkspaceRows';

type Statements = ReturnType<typeof prepare>;
type Store = Omit<WorkspaceStore, keyof DocumentStore | keyof CommentStore | keyof VersionStore>;
type MemberMethods = Pick<
  Store,
  | 'acceptInvite'
  | 'joinAsGuest'
  | 'listMembers'
  | 'getMember'
  | 'getMemberForPerson'
  | 'listMembershipsForPerson'
  | 'updateMember'
  | 'removeMember'
  | 'confirmGuest'
  | 'refuseGuest'
>;

function prepare(db: Database) {
  return {
    insertWerkgroep: db.prepare(
      'INSERT INTO werkgroepen (id, name, wijk, gemeente, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    getWerkgroep: db.prepare<[string], DbWerkgroep>('SELECT * FROM werkgroepen WHERE id = ?'),
    listWerkgroepen: db.prepare<[], DbWerkgroep>('SELECT * FROM werkgroepen ORDER BY created_at DESC'),
    insertPerson: db.prepare('INSERT INTO people (id, is_admin, created_at) VALUES (?, ?, ?)'),
    insertSession: db.prepare(
      'INSERT INTO sessions (token_hash, person_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    ),
    getSession: db.prepare<[string, number], SessionRow & { is_admin: number }>(
      `SELECT s.token_hash AS tokenHash, s.person_id AS personId, p.is_admin, s.created_at AS createdAt,
              s.expires_at AS expiresAt
       FROM sessions s JOIN people p ON p.id = s.person_id WHERE s.token_hash = ? AND s.expires_at > ?`,
    ),
    deleteSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
    insertInvite: db.prepare(
      `INSERT INTO invites (id, werkgroep_id, role, code_hash, expires_at, max_uses, uses, revoked_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    getInviteByHash: db.prepare<[string], DbInvite>('SELECT * FROM invites WHERE code_hash = ?'),
    listInvites: db.prepare<[string], DbInvite>(
      'SELECT * FROM invites WHERE werkgroep_id = ? ORDER BY created_at DESC',
    ),
    revokeInvite: db.prepare(
      'UPDATE invites SET revoked_at = COALESCE(revoked_at, ?) WHERE werkgroep_id = ? AND id = ?',
    ),
    useInvite: db.prepare('UPDATE invites SET uses = uses + 1 WHERE id = ?'),
    insertMember: db.prepare(
      `INSERT INTO members (id, werkgroep_id, person_id, display_name, organisation, role, status, named_in_export, joined_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    countGuests: db.prepare<[string], { n: number }>(
      "SELECT COUNT(*) AS n FROM members WHERE werkgroep_id = ? AND status = 'guest' AND removed_at IS NULL",
    ),
    listMembers: db.prepare<[string], DbMember>(
      `SELECT ${MEMBER_COLS} FROM members WHERE werkgroep_id = ? AND removed_at IS NULL ORDER BY joined_at`,
    ),
    getMember: db.prepare<[string, string], DbMember>(
      `SELECT ${MEMBER_COLS} FROM members WHERE werkgroep_id = ? AND id = ? AND removed_at IS NULL`,
    ),
    getMemberForPerson: db.prepare<[string, string], DbMember>(
      `SELECT ${MEMBER_COLS} FROM members WHERE werkgroep_id = ? AND person_id = ? AND removed_at IS NULL`,
    ),
    membershipsForPerson: db.prepare<[string], DbMember>(
      `SELECT ${MEMBER_COLS} FROM members WHERE person_id = ? AND removed_at IS NULL ORDER BY joined_at DESC`,
    ),
    updateMember: db.prepare(
      `UPDATE members SET role = COALESCE(@role, role),
         status = CASE WHEN @role IS NULL THEN status ELSE 'confirmed' END, display_name = COALESCE(@displayName, display_name),
         organisation = CASE WHEN @setOrganisation = 1 THEN @organisation ELSE organisation END,
         named_in_export = COALESCE(@namedInExport, named_in_export)
       WHERE werkgroep_id = @werkgroepId AND id = @memberId AND removed_at IS NULL`,
    ),
    removeMember: db.prepare(
      'UPDATE members SET removed_at = ? WHERE werkgroep_id = ? AND id = ? AND removed_at IS NULL',
    ),
    confirmGuest: db.prepare(
      `UPDATE members SET role = ?, status = 'confirmed'
       WHERE werkgroep_id = ? AND id = ? AND status = 'guest' AND removed_at IS NULL`,
    ),
    refuseGuest: db.prepare(
      `UPDATE members SET removed_at = ?
       WHERE werkgroep_id = ? AND id = ? AND status = 'guest' AND removed_at IS NULL`,
    ),
  };
}

/** Joining a werkgroep: each in one transaction with its checks. */
function joinTransactions(db: Database, q: Statements) {
  const accept = db.transaction((input: Parameters<WorkspaceStore['acceptInvite']>[0]): AcceptResult => {
    const row = q.getInviteByHash.get(input.codeHash);
    if (!row) return { ok: false, status: 'not_found' };
    const inv = invite(row);
    const existing = q.getMemberForPerson.get(inv.werkgroepId, input.personId);
    if (existing) return { ok: true, member: member(existing), created: false };
    const status = inviteStatus(inv, input.now);
    if (status !== 'valid') return { ok: false, status };
    q.useInvite.run(inv.id);
    const m = input.member;
    q.insertMember.run(
      m.id,
      inv.werkgroepId,
      input.personId,
      m.displayName,
      m.organisation,
      inv.role,
      'confirmed',
      m.namedInExport ? 1 : 0,
      input.now,
    );
    const created = q.getMember.get(inv.werkgroepId, m.id);
    if (!created) throw new Error('member was not created');
    return { ok: true, member: member(created), created: true };
  });

  const joinAsGuest = db.transaction((input: Parameters<WorkspaceStore['joinAsGuest']>[0]): GuestResult => {
    const existing = q.getMemberForPerson.get(input.werkgroepId, input.personId);
    if (existing) return { ok: true, member: member(existing), created: false };
    if ((q.countGuests.get(input.werkgroepId)?.n ?? 0) >= input.maxWaiting)
      return { ok: false, status: 'full' };
    const m = input.member;
    q.insertMember.run(
      m.id,
      input.werkgroepId,
      input.personId,
      m.displayName,
      m.organisation,
      input.claimedRole,
      'guest',
      m.namedInExport ? 1 : 0,
      input.now,
    );
    const created = q.getMember.get(input.werkgroepId, m.id);
    if (!created) throw new Error('member was not created');
    return { ok: true, member: member(created), created: true };
  });
  return { accept, joinAsGuest };
}

function werkgroepMethods(q: Statements): Omit<Store, keyof MemberMethods> {
  return {
    async createWerkgroep(r) {
      q.insertWerkgroep.run(r.id, r.name, r.wijk, r.gemeente, r.createdAt);
    },
    async getWerkgroep(id) {
      const r = q.getWerkgroep.get(id);
      return r ? werkgroep(r) : null;
    },
    async listWerkgroepen() {
      return q.listWerkgroepen.all().map(werkgroep);
    },
    async createPerson(id, isAdmin, now) {
      q.insertPerson.run(id, isAdmin ? 1 : 0, now);
    },
    async createSession(r) {
      q.insertSession.run(r.tokenHash, r.personId, r.createdAt, r.expiresAt);
    },
    async getSession(tokenHash, now) {
      const r = q.getSession.get(tokenHash, now);
      if (!r) return null;
      return {
        tokenHash: r.tokenHash,
        personId: r.personId,
        isAdmin: r.is_admin === 1,
        createdAt: r.createdAt,
        expiresAt: r.expiresAt,
      };
    },
    async deleteSession(tokenHash) {
      q.deleteSession.run(tokenHash);
    },
    async createInvite(r) {
      q.insertInvite.run(
        r.id,
        r.werkgroepId,
        r.role,
        r.codeHash,
        r.expiresAt,
        r.maxUses,
        r.uses,
        r.revokedAt,
        r.createdAt,
      );
    },
    async getInviteByCodeHash(codeHash) {
      const r = q.getInviteByHash.get(codeHash);
      return r ? invite(r) : null;
    },
    async listInvites(werkgroepId) {
      return q.listInvites.all(werkgroepId).map(invite);
    },
    async revokeInvite(werkgroepId, inviteId, now) {
      return q.revokeInvite.run(now, werkgroepId, inviteId).changes > 0;
    },
  };
}

function memberMethods(q: Statements, tx: ReturnType<typeof joinTransactions>): MemberMethods {
  return {
    async acceptInvite(input) {
      return tx.accept(input);
    },
    async joinAsGuest(input) {
      return tx.joinAsGuest(input);
    },
    async listMembers(werkgroepId) {
      return q.listMembers.all(werkgroepId).map(member);
    },
    async getMember(werkgroepId, memberId) {
      const r = q.getMember.get(werkgroepId, memberId);
      return r ? member(r) : null;
    },
    async getMemberForPerson(werkgroepId, personId) {
      const r = q.getMemberForPerson.get(werkgroepId, personId);
      return r ? member(r) : null;
    },
    async listMembershipsForPerson(personId) {
      return q.membershipsForPerson.all(personId).flatMap((m) => {
        const w = q.getWerkgroep.get(m.werkgroep_id);
        return w ? [{ werkgroep: werkgroep(w), member: member(m) }] : [];
      });
    },
    async updateMember(werkgroepId, memberId, patch) {
      q.updateMember.run({
        werkgroepId,
        memberId,
        role: patch.role ?? null,
        displayName: patch.displayName ?? null,
        setOrganisation: patch.organisation !== undefined ? 1 : 0,
        organisation: patch.organisation ?? null,
        namedInExport: patch.namedInExport === undefined ? null : patch.namedInExport ? 1 : 0,
      });
      const r = q.getMember.get(werkgroepId, memberId);
      return r ? member(r) : null;
    },
    async removeMember(werkgroepId, memberId, now) {
      return q.removeMember.run(now, werkgroepId, memberId).changes > 0;
    },
    async confirmGuest(werkgroepId, memberId, role) {
      const changed = q.confirmGuest.run(role, werkgroepId, memberId).changes > 0;
      const r = q.getMember.get(werkgroepId, memberId);
      if (!r) return { status: 'not_found' };
      return { status: changed ? 'done' : 'confirmed', member: member(r) };
    },
    async refuseGuest(werkgroepId, memberId, now) {
      const before = q.getMember.get(werkgroepId, memberId);
      if (!before) return { status: 'not_found' };
      const changed = q.refuseGuest.run(now, werkgroepId, memberId).changes > 0;
      return { status: changed ? 'done' : 'confirmed', member: member(before) };
    },
  };
}

/** Werkgroepen, people, sessions, members and invites on SQLite (documents: sqliteDocuments.ts). */
export function sqliteWorkspace(db: Database): Store {
  const q = prepare(db);
  return { ...werkgroepMethods(q), ...memberMethods(q, joinTransactions(db, q)) };
}
