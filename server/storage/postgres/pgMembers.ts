import type pg from 'pg';
import { type AcceptResult, type GuestResult, inviteStatus, type WorkspaceStore } from '../WorkspaceStore';
import { changes, type Db, first, inTransaction, rows } from './pgDb';
import { type DbInvite, type DbMember, INVITE_COLS, invite, MEMBER_COLS, member } from './pgWorkspaceRows';

export type MemberMethods = Pick<
  WorkspaceStore,
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
type NewMember = Parameters<WorkspaceStore['joinAsGuest']>[0]['member'];

const ACTIVE_MEMBER = `SELECT ${MEMBER_COLS} FROM members WHERE werkgroep_id = $1 AND id = $2 AND removed_at IS NULL`;
const MEMBER_OF_PERSON = `SELECT ${MEMBER_COLS} FROM members
  WHERE werkgroep_id = $1 AND person_id = $2 AND removed_at IS NULL`;

const activeMember = (db: Db, werkgroepId: string, memberId: string) =>
  first<DbMember>(db, ACTIVE_MEMBER, [werkgroepId, memberId]);

async function insertMember(
  db: Db,
  werkgroepId: string,
  personId: string,
  m: NewMember,
  role: string,
  status: 'guest' | 'confirmed',
  now: number,
): Promise<DbMember> {
  const [created] = await rows<DbMember>(
    db,
    `INSERT INTO members (id, werkgroep_id, person_id, display_name, organisation, role, status, named_in_export, joined_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${MEMBER_COLS}`,
    [m.id, werkgroepId, personId, m.displayName, m.organisation, role, status, m.namedInExport, now],
  );
  if (!created) throw new Error('member was not created');
  return created;
}

/** Joining a werkgroep: each in one transaction with its checks, holding the row it counts on. */
function joinMethods(pool: pg.Pool): Pick<MemberMethods, 'acceptInvite' | 'joinAsGuest'> {
  return {
    acceptInvite(input) {
      return inTransaction(pool, async (db): Promise<AcceptResult> => {
        // The invite row is held until commit: two people taking the last use wait for each other.
        const row = await first<DbInvite>(
          db,
          `SELECT ${INVITE_COLS} FROM invites WHERE code_hash = $1 FOR UPDATE`,
          [input.codeHash],
        );
        if (!row) return { ok: false, status: 'not_found' };
        const inv = invite(row);
        const existing = await first<DbMember>(db, MEMBER_OF_PERSON, [inv.werkgroepId, input.personId]);
        if (existing) return { ok: true, member: member(existing), created: false };
        const status = inviteStatus(inv, input.now);
        if (status !== 'valid') return { ok: false, status };
        await db.query('UPDATE invites SET uses = uses + 1 WHERE id = $1', [inv.id]);
        const created = await insertMember(
          db,
          inv.werkgroepId,
          input.personId,
          input.member,
          inv.role,
          'confirmed',
          input.now,
        );
        return { ok: true, member: member(created), created: true };
      });
    },
    joinAsGuest(input) {
      return inTransaction(pool, async (db): Promise<GuestResult> => {
        // The werkgroep row is held until commit, so guests joining at once are counted one by one.
        await db.query('SELECT 1 FROM werkgroepen WHERE id = $1 FOR NO KEY UPDATE', [input.werkgroepId]);
        const existing = await first<DbMember>(db, MEMBER_OF_PERSON, [input.werkgroepId, input.personId]);
        if (existing) return { ok: true, member: member(existing), created: false };
        const waiting = await first<{ n: number }>(
          db,
          "SELECT count(*) AS n FROM members WHERE werkgroep_id = $1 AND status = 'guest' AND removed_at IS NULL",
          [input.werkgroepId],
        );
        if ((waiting?.n ?? 0) >= input.maxWaiting) return { ok: false, status: 'full' };
        const created = await insertMember(
          db,
          input.werkgroepId,
          input.personId,
          input.member,
          input.claimedRole,
          'guest',
          input.now,
        );
        return { ok: true, member: member(created), created: true };
      });
    },
  };
}

function memberReads(
  pool: pg.Pool,
): Pick<MemberMethods, 'listMembers' | 'getMember' | 'getMemberForPerson' | 'listMembershipsForPerson'> {
  return {
    async listMembers(werkgroepId) {
      const all = await rows<DbMember>(
        pool,
        `SELECT ${MEMBER_COLS} FROM members WHERE werkgroep_id = $1 AND removed_at IS NULL ORDER BY joined_at, ord`,
        [werkgroepId],
      );
      return all.map(member);
    },
    async getMember(werkgroepId, memberId) {
      const r = await activeMember(pool, werkgroepId, memberId);
      return r ? member(r) : null;
    },
    async getMemberForPerson(werkgroepId, personId) {
      const r = await first<DbMember>(pool, MEMBER_OF_PERSON, [werkgroepId, personId]);
      return r ? member(r) : null;
    },
    async listMembershipsForPerson(personId) {
      const all = await rows<
        DbMember & { w_name: string; w_wijk: string; w_gemeente: string; w_created_at: number }
      >(
        pool,
        `SELECT m.id, m.werkgroep_id, m.person_id, m.display_name, m.organisation, m.role, m.status,
                m.named_in_export, m.joined_at,
                w.name AS w_name, w.wijk AS w_wijk, w.gemeente AS w_gemeente, w.created_at AS w_created_at
         FROM members m JOIN werkgroepen w ON w.id = m.werkgroep_id
         WHERE m.person_id = $1 AND m.removed_at IS NULL ORDER BY m.joined_at DESC, m.ord`,
        [personId],
      );
      return all.map((r) => ({
        werkgroep: {
          id: r.werkgroep_id,
          name: r.w_name,
          wijk: r.w_wijk,
          gemeente: r.w_gemeente,
          createdAt: r.w_created_at,
        },
        member: member(r),
      }));
    },
  };
}

function memberChanges(
  pool: pg.Pool,
): Pick<MemberMethods, 'updateMember' | 'removeMember' | 'confirmGuest' | 'refuseGuest'> {
  return {
    async updateMember(werkgroepId, memberId, patch) {
      const r = await first<DbMember>(
        pool,
        `UPDATE members SET role = COALESCE($3::text, role),
           status = CASE WHEN $3::text IS NULL THEN status ELSE 'confirmed' END,
           display_name = COALESCE($4::text, display_name),
           organisation = CASE WHEN $5::boolean THEN $6::text ELSE organisation END,
           named_in_export = COALESCE($7::boolean, named_in_export)
         WHERE werkgroep_id = $1 AND id = $2 AND removed_at IS NULL
         RETURNING ${MEMBER_COLS}`,
        [
          werkgroepId,
          memberId,
          patch.role ?? null,
          patch.displayName ?? null,
          patch.organisation !== undefined,
          patch.organisation ?? null,
          patch.namedInExport ?? null,
        ],
      );
      return r ? member(r) : null;
    },
    async removeMember(werkgroepId, memberId, now) {
      const n = await changes(
        pool,
        'UPDATE members SET removed_at = $1 WHERE werkgroep_id = $2 AND id = $3 AND removed_at IS NULL',
        [now, werkgroepId, memberId],
      );
      return n > 0;
    },
    async confirmGuest(werkgroepId, memberId, role) {
      const n = await changes(
        pool,
        `UPDATE members SET role = $1, status = 'confirmed'
         WHERE werkgroep_id = $2 AND id = $3 AND status = 'guest' AND removed_at IS NULL`,
        [role, werkgroepId, memberId],
      );
      const r = await activeMember(pool, werkgroepId, memberId);
      if (!r) return { status: 'not_found' };
      return { status: n > 0 ? 'done' : 'confirmed', member: member(r) };
    },
    refuseGuest(werkgroepId, memberId, now) {
      return inTransaction(pool, async (db) => {
        const before = await first<DbMember>(db, `${ACTIVE_MEMBER} FOR UPDATE`, [werkgroepId, memberId]);
        if (!before) return { status: 'not_found' } as const;
        const n = await changes(
          db,
          "UPDATE members SET removed_at = $1 WHERE id = $2 AND status = 'guest' AND removed_at IS NULL",
          [now, memberId],
        );
        return { status: n > 0 ? 'done' : 'confirmed', member: member(before) } as const;
      });
    },
  };
}

/** Members and guests of werkgroepen on PostgreSQL. */
export function pgMembers(pool: pg.Pool): MemberMethods {
  return { ...joinMethods(pool), ...memberReads(pool), ...memberChanges(pool) };
}
