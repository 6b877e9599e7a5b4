import type pg from 'pg';
import type { WorkspaceStore } from '../WorkspaceStore';
import type { CommentStore } from './pgComments';
import { changes, first, rows } from './pgDb';
import type { DocumentStore } from './pgDocuments';
import { type MemberMethods, pgMembers } from './pgMembers';
import {
  type DbInvite,
  type DbWerkgroep,
  INVITE_COLS,
  invite,
  WERKGROEP_COLS,
  werkgroep,
} from './pgWorkspaceRows';

type Store = Omit<WorkspaceStore, keyof DocumentStore | keyof CommentStore>;

type PeopleMethods = Pick<Store, 'createPerson' | 'createSession' | 'getSession' | 'deleteSession'>;

function peopleMethods(pool: pg.Pool): PeopleMethods {
  return {
    async createPerson(id, isAdmin, now) {
      await pool.query('INSERT INTO people (id, is_admin, created_at) VALUES ($1, $2, $3)', [
        id,
        isAdmin,
        now,
      ]);
    },
    async createSession(r) {
      await pool.query(
        'INSERT INTO sessions (token_hash, person_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
        [r.tokenHash, r.personId, r.createdAt, r.expiresAt],
      );
    },
    async getSession(tokenHash, now) {
      const r = await first<{ person_id: string; is_admin: boolean; created_at: number; expires_at: number }>(
        pool,
        `SELECT s.person_id, p.is_admin, s.created_at, s.expires_at
         FROM sessions s JOIN people p ON p.id = s.person_id WHERE s.token_hash = $1 AND s.expires_at > $2`,
        [tokenHash, now],
      );
      if (!r) return null;
      return {
        tokenHash,
        personId: r.person_id,
        isAdmin: r.is_admin,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
      };
    },
    async deleteSession(tokenHash) {
      await pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    },
  };
}

function werkgroepMethods(pool: pg.Pool): Omit<Store, keyof MemberMethods | keyof PeopleMethods> {
  return {
    async createWerkgroep(r) {
      await pool.query(
        'INSERT INTO werkgroepen (id, name, wijk, gemeente, created_at) VALUES ($1, $2, $3, $4, $5)',
        [r.id, r.name, r.wijk, r.gemeente, r.createdAt],
      );
    },
    async getWerkgroep(id) {
      const r = await first<DbWerkgroep>(pool, `SELECT ${WERKGROEP_COLS} FROM werkgroepen WHERE id = $1`, [
        id,
      ]);
      return r ? werkgroep(r) : null;
    },
    async listWerkgroepen() {
      const all = await rows<DbWerkgroep>(
        pool,
        `SELECT ${WERKGROEP_COLS} FROM werkgroepen ORDER BY created_at DESC, ord`,
      );
      return all.map(werkgroep);
    },
    async createInvite(r) {
      await pool.query(
        `INSERT INTO invites (id, werkgroep_id, role, code_hash, expires_at, max_uses, uses, revoked_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [r.id, r.werkgroepId, r.role, r.codeHash, r.expiresAt, r.maxUses, r.uses, r.revokedAt, r.createdAt],
      );
    },
    async getInviteByCodeHash(codeHash) {
      const r = await first<DbInvite>(pool, `SELECT ${INVITE_COLS} FROM invites WHERE code_hash = $1`, [
        codeHash,
      ]);
      return r ? invite(r) : null;
    },
    async listInvites(werkgroepId) {
      const all = await rows<DbInvite>(
        pool,
        `SELECT ${INVITE_COLS} FROM invites WHERE werkgroep_id = $1 ORDER BY created_at DESC, ord`,
        [werkgroepId],
      );
      return all.map(invite);
    },
    async revokeInvite(werkgroepId, inviteId, now) {
      const n = await changes(
        pool,
        'UPDATE invites SET revoked_at = COALESCE(revoked_at, $1) WHERE werkgroep_id = $2 AND id = $3',
        [now, werkgroepId, inviteId],
      );
      return n > 0;
    },
  };
}

/** Werkgroepen, people, sessions, members and invites on PostgreSQL (documents: pgDocuments.ts). */
export function pgWorkspace(pool: pg.Pool): Store {
  return { ...werkgroepMethods(pool), ...peopleMethods(pool), ...pgMembers(pool) };
}
