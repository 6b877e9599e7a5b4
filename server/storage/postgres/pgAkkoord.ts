import type pg from 'pg';
import { type AkkoordStore, everyoneSigned } from '../AkkoordStore';
import {
  type LinkColumns,
  parseAfspraak,
  parseAkkoord,
  parseLink,
  parseProgress,
  parseSignature,
  parseVersion,
  signatureData,
} from '../akkoordRows';
import { changes, type Db, first, inTransaction, json, rows } from './pgDb';

type Data = { data: unknown };
/** A link that may still sign: by token hash, werkgroep, version, party, and the moment ($1..$5). */
const OPEN_LINK = `token_hash = $1 AND werkgroep_id = $2 AND version_id = $3 AND party_id = $4
  AND used_at IS NULL AND voided_at IS NULL AND expires_at > $5`;
type SigColumns = { data: unknown; voided_at: number | null; version_id: string; party_id: string };
const LINK_COLUMNS =
  'id, werkgroep_id, party_id, version_id, token_hash, created_at, expires_at, used_at, voided_at';

const PUT_AKKOORD = `INSERT INTO akkoorden (werkgroep_id, data) VALUES ($1, $2::jsonb)
  ON CONFLICT (werkgroep_id) DO UPDATE SET data = excluded.data`;

/** The stored akkoord, its row locked until the transaction ends (signing, freezing and reopening take turns). */
async function lockedAkkoord(db: Db, werkgroepId: string) {
  const r = await first<Data>(db, 'SELECT data FROM akkoorden WHERE werkgroep_id = $1 FOR UPDATE', [
    werkgroepId,
  ]);
  return r ? parseAkkoord(r.data) : null;
}

const signaturesOf = (db: Db, werkgroepId: string) =>
  rows<SigColumns>(
    db,
    'SELECT data, voided_at, version_id, party_id FROM akkoord_signatures WHERE werkgroep_id = $1 ORDER BY seq',
    [werkgroepId],
  );

/** The akkoord, its afspraken and their progress. */
function textPart(
  pool: pg.Pool,
): Pick<
  AkkoordStore,
  | 'getAkkoord'
  | 'putAkkoord'
  | 'listAfspraken'
  | 'putAfspraken'
  | 'deleteAfspraak'
  | 'addProgress'
  | 'listProgress'
> {
  return {
    async getAkkoord(werkgroepId) {
      const r = await first<Data>(pool, 'SELECT data FROM akkoorden WHERE werkgroep_id = $1', [werkgroepId]);
      return r ? parseAkkoord(r.data) : null;
    },
    async putAkkoord(record) {
      await pool.query(PUT_AKKOORD, [record.werkgroepId, json(record)]);
    },
    async listAfspraken(werkgroepId) {
      const all = await rows<Data>(
        pool,
        'SELECT data FROM akkoord_afspraken WHERE werkgroep_id = $1 ORDER BY position, id',
        [werkgroepId],
      );
      return all.map((r) => parseAfspraak(r.data));
    },
    putAfspraken(werkgroepId, afspraken) {
      return inTransaction(pool, async (db) => {
        for (const a of afspraken) {
          await db.query(
            `INSERT INTO akkoord_afspraken (werkgroep_id, id, position, data) VALUES ($1, $2, $3, $4::jsonb)
             ON CONFLICT (werkgroep_id, id) DO UPDATE SET position = excluded.position, data = excluded.data`,
            [werkgroepId, a.id, a.position, json(a)],
          );
        }
      });
    },
    deleteAfspraak(werkgroepId, afspraakId) {
      return inTransaction(pool, async (db) => {
        await db.query('DELETE FROM akkoord_progress WHERE werkgroep_id = $1 AND afspraak_id = $2', [
          werkgroepId,
          afspraakId,
        ]);
        const n = await changes(db, 'DELETE FROM akkoord_afspraken WHERE werkgroep_id = $1 AND id = $2', [
          werkgroepId,
          afspraakId,
        ]);
        return n > 0;
      });
    },
    async addProgress(werkgroepId, entry) {
      await pool.query(
        'INSERT INTO akkoord_progress (id, werkgroep_id, afspraak_id, data) VALUES ($1, $2, $3, $4::jsonb)',
        [entry.id, werkgroepId, entry.afspraakId, json(entry)],
      );
    },
    async listProgress(werkgroepId) {
      const all = await rows<Data>(
        pool,
        'SELECT data FROM akkoord_progress WHERE werkgroep_id = $1 ORDER BY seq',
        [werkgroepId],
      );
      return all.map((r) => parseProgress(r.data));
    },
  };
}

/** Freezing and reopening (the akkoord row locked meanwhile). */
function versionPart(
  pool: pg.Pool,
): Pick<AkkoordStore, 'freezeAkkoord' | 'getAkkoordVersion' | 'reopenAkkoord'> {
  return {
    freezeAkkoord(record, version) {
      return inTransaction(pool, async (db) => {
        // The domain runs a werkgroep's akkoord changes one at a time; the row lock also holds off a signature.
        const current = await lockedAkkoord(db, record.werkgroepId);
        if (current && current.status !== 'concept') return false;
        await db.query(
          'INSERT INTO akkoord_versions (id, werkgroep_id, frozen_at, data) VALUES ($1, $2, $3, $4::jsonb)',
          [version.id, record.werkgroepId, version.frozenAt, json(version)],
        );
        await db.query(PUT_AKKOORD, [record.werkgroepId, json(record)]);
        return true;
      });
    },
    async getAkkoordVersion(werkgroepId, versionId) {
      const r = await first<Data>(
        pool,
        'SELECT data FROM akkoord_versions WHERE werkgroep_id = $1 AND id = $2',
        [werkgroepId, versionId],
      );
      return r ? parseVersion(r.data) : null;
    },
    reopenAkkoord(record, versionId, at) {
      return inTransaction(pool, async (db) => {
        const current = await lockedAkkoord(db, record.werkgroepId);
        if (!current || current.currentVersionId !== versionId) return null;
        await db.query(PUT_AKKOORD, [record.werkgroepId, json(record)]);
        await db.query(
          `UPDATE akkoord_signing_links SET voided_at = $1
           WHERE werkgroep_id = $2 AND used_at IS NULL AND voided_at IS NULL`,
          [at, record.werkgroepId],
        );
        return changes(
          db,
          `UPDATE akkoord_signatures SET voided_at = $1
           WHERE werkgroep_id = $2 AND version_id = $3 AND voided_at IS NULL`,
          [at, record.werkgroepId, versionId],
        );
      });
    },
  };
}

/** Signatures: one transaction checks the version, the party and the link ([STORE-AKK4]). */
function signaturePart(pool: pg.Pool): Pick<AkkoordStore, 'addSignature' | 'listSignatures'> {
  return {
    addSignature(werkgroepId, s, linkTokenHash, at) {
      return inTransaction(pool, async (db) => {
        const current = await lockedAkkoord(db, werkgroepId);
        if (current?.status !== 'ter_ondertekening' || current.currentVersionId !== s.versionId)
          return { outcome: 'text_changed' as const };
        const link = [linkTokenHash, werkgroepId, s.versionId, s.partyId, at];
        // A spent link says so first: of two submits through one link, the second hears "used".
        if (
          linkTokenHash !== null &&
          !(await first(db, `SELECT 1 FROM akkoord_signing_links WHERE ${OPEN_LINK}`, link))
        )
          return { outcome: 'link_spent' as const };
        const valid = await first(
          db,
          'SELECT 1 FROM akkoord_signatures WHERE version_id = $1 AND party_id = $2 AND voided_at IS NULL',
          [s.versionId, s.partyId],
        );
        if (valid) return { outcome: 'already_signed' as const };
        if (linkTokenHash !== null) {
          const used = await changes(
            db,
            `UPDATE akkoord_signing_links SET used_at = $5 WHERE ${OPEN_LINK}`,
            link,
          );
          if (used === 0) return { outcome: 'link_spent' as const };
        }
        await db.query(
          `INSERT INTO akkoord_signatures (id, werkgroep_id, version_id, party_id, voided_at, data)
           VALUES ($1, $2, $3, $4, NULL, $5::jsonb)`,
          [s.id, werkgroepId, s.versionId, s.partyId, json(signatureData(s))],
        );
        const all = (await signaturesOf(db, werkgroepId)).map((r) => ({
          versionId: r.version_id,
          partyId: r.party_id,
          voidedAt: r.voided_at,
        }));
        if (!everyoneSigned(current, all, s.versionId))
          return { outcome: 'signed' as const, status: current.status };
        await db.query(PUT_AKKOORD, [werkgroepId, json({ ...current, status: 'getekend', updatedAt: at })]);
        return { outcome: 'signed' as const, status: 'getekend' as const };
      });
    },
    async listSignatures(werkgroepId) {
      return (await signaturesOf(pool, werkgroepId)).map((r) => parseSignature(r.data, r.voided_at));
    },
  };
}

/** One-time signing links, by their token's hash. */
function linkPart(
  pool: pg.Pool,
): Pick<
  AkkoordStore,
  'createSigningLink' | 'getSigningLinkByHash' | 'listSigningLinks' | 'revokeSigningLink'
> {
  return {
    createSigningLink(row) {
      return inTransaction(pool, async (db) => {
        await db.query(
          `UPDATE akkoord_signing_links SET voided_at = $1
           WHERE werkgroep_id = $2 AND party_id = $3 AND used_at IS NULL AND voided_at IS NULL`,
          [row.createdAt, row.werkgroepId, row.partyId],
        );
        await db.query(
          `INSERT INTO akkoord_signing_links (${LINK_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            row.id,
            row.werkgroepId,
            row.partyId,
            row.versionId,
            row.tokenHash,
            row.createdAt,
            row.expiresAt,
            row.usedAt,
            row.voidedAt,
          ],
        );
      });
    },
    async getSigningLinkByHash(tokenHash) {
      const r = await first<LinkColumns>(
        pool,
        `SELECT ${LINK_COLUMNS} FROM akkoord_signing_links WHERE token_hash = $1`,
        [tokenHash],
      );
      return r ? parseLink(r) : null;
    },
    async listSigningLinks(werkgroepId) {
      const all = await rows<LinkColumns>(
        pool,
        `SELECT ${LINK_COLUMNS} FROM akkoord_signing_links WHERE werkgroep_id = $1 ORDER BY seq`,
        [werkgroepId],
      );
      return all.map(parseLink);
    },
    async revokeSigningLink(werkgroepId, linkId, at) {
      const n = await changes(
        pool,
        `UPDATE akkoord_signing_links SET voided_at = $1
         WHERE werkgroep_id = $2 AND id = $3 AND used_at IS NULL AND voided_at IS NULL`,
        [at, werkgroepId, linkId],
      );
      return n > 0;
    },
  };
}

/** The wijkakkoord on PostgreSQL. */
export const pgAkkoord = (pool: pg.Pool): AkkoordStore => ({
  ...textPart(pool),
  ...versionPart(pool),
  ...signaturePart(pool),
  ...linkPart(pool),
});
