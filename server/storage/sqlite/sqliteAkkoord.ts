import type { Database } from 'better-sqlite3';
import type { FrozenVersion } from '../../../shared/akkoord/version';
import {
  type AkkoordRecord,
  type AkkoordStore,
  everyoneSigned,
  type SigningLinkRow,
  type SignOutcome,
  type StoredSignature,
} from '../AkkoordStore';
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

/** Issue 18: the wijkakkoord (records kept whole as JSON; what must hold across them in columns). */
export const AKKOORD_MIGRATION = `
CREATE TABLE akkoorden (
  werkgroep_id TEXT PRIMARY KEY REFERENCES werkgroepen(id) ON DELETE CASCADE,
  data_json TEXT NOT NULL
);
CREATE TABLE akkoord_afspraken (
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  data_json TEXT NOT NULL,
  PRIMARY KEY (werkgroep_id, id)
);
CREATE TABLE akkoord_versions (
  id TEXT PRIMARY KEY,
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  frozen_at INTEGER NOT NULL,
  data_json TEXT NOT NULL
);
CREATE TABLE akkoord_signatures (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  version_id TEXT NOT NULL,
  party_id TEXT NOT NULL,
  voided_at INTEGER,
  data_json TEXT NOT NULL
);
CREATE UNIQUE INDEX akkoord_signatures_valid ON akkoord_signatures (version_id, party_id) WHERE voided_at IS NULL;
CREATE INDEX akkoord_signatures_werkgroep ON akkoord_signatures (werkgroep_id, seq);
CREATE TABLE akkoord_signing_links (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  party_id TEXT NOT NULL,
  version_id TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER,
  voided_at INTEGER
);
CREATE INDEX akkoord_signing_links_werkgroep ON akkoord_signing_links (werkgroep_id, seq);
CREATE TABLE akkoord_progress (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  afspraak_id TEXT NOT NULL,
  data_json TEXT NOT NULL
);
CREATE INDEX akkoord_progress_werkgroep ON akkoord_progress (werkgroep_id, seq);`;

type Data = { data_json: string };
type SigColumns = { data_json: string; voided_at: number | null; version_id: string; party_id: string };
const LINK_COLUMNS =
  'id, werkgroep_id, party_id, version_id, token_hash, created_at, expires_at, used_at, voided_at';

/** The wijkakkoord on SQLite. */
export function sqliteAkkoord(db: Database): AkkoordStore {
  const q = {
    getAkkoord: db.prepare<[string], Data>('SELECT data_json FROM akkoorden WHERE werkgroep_id = ?'),
    putAkkoord: db.prepare(
      `INSERT INTO akkoorden (werkgroep_id, data_json) VALUES (?, ?)
       ON CONFLICT (werkgroep_id) DO UPDATE SET data_json = excluded.data_json`,
    ),
    afspraken: db.prepare<[string], Data>(
      'SELECT data_json FROM akkoord_afspraken WHERE werkgroep_id = ? ORDER BY position, id',
    ),
    putAfspraak: db.prepare(
      `INSERT INTO akkoord_afspraken (werkgroep_id, id, position, data_json) VALUES (?, ?, ?, ?)
       ON CONFLICT (werkgroep_id, id) DO UPDATE SET position = excluded.position, data_json = excluded.data_json`,
    ),
    deleteAfspraak: db.prepare('DELETE FROM akkoord_afspraken WHERE werkgroep_id = ? AND id = ?'),
    deleteProgressOf: db.prepare('DELETE FROM akkoord_progress WHERE werkgroep_id = ? AND afspraak_id = ?'),
    insertVersion: db.prepare(
      'INSERT INTO akkoord_versions (id, werkgroep_id, frozen_at, data_json) VALUES (?, ?, ?, ?)',
    ),
    getVersion: db.prepare<[string, string], Data>(
      'SELECT data_json FROM akkoord_versions WHERE werkgroep_id = ? AND id = ?',
    ),
    voidSignatures: db.prepare(
      'UPDATE akkoord_signatures SET voided_at = ? WHERE werkgroep_id = ? AND version_id = ? AND voided_at IS NULL',
    ),
    voidOpenLinks: db.prepare(
      'UPDATE akkoord_signing_links SET voided_at = ? WHERE werkgroep_id = ? AND used_at IS NULL AND voided_at IS NULL',
    ),
    voidPartyLinks: db.prepare(
      `UPDATE akkoord_signing_links SET voided_at = ?
       WHERE werkgroep_id = ? AND party_id = ? AND used_at IS NULL AND voided_at IS NULL`,
    ),
    useLink: db.prepare(
      `UPDATE akkoord_signing_links SET used_at = ?
       WHERE token_hash = ? AND werkgroep_id = ? AND version_id = ? AND party_id = ?
         AND used_at IS NULL AND voided_at IS NULL AND expires_at > ?`,
    ),
    validSignature: db.prepare<[string, string], { n: number }>(
      'SELECT 1 AS n FROM akkoord_signatures WHERE version_id = ? AND party_id = ? AND voided_at IS NULL',
    ),
    insertSignature: db.prepare(
      `INSERT INTO akkoord_signatures (id, werkgroep_id, version_id, party_id, voided_at, data_json)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    signatures: db.prepare<[string], SigColumns>(
      `SELECT data_json, voided_at, version_id, party_id FROM akkoord_signatures
       WHERE werkgroep_id = ? ORDER BY seq`,
    ),
    insertLink: db.prepare(
      `INSERT INTO akkoord_signing_links (${LINK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    linkByHash: db.prepare<[string], LinkColumns>(
      `SELECT ${LINK_COLUMNS} FROM akkoord_signing_links WHERE token_hash = ?`,
    ),
    links: db.prepare<[string], LinkColumns>(
      `SELECT ${LINK_COLUMNS} FROM akkoord_signing_links WHERE werkgroep_id = ? ORDER BY seq`,
    ),
    revokeLink: db.prepare(
      `UPDATE akkoord_signing_links SET voided_at = ?
       WHERE werkgroep_id = ? AND id = ? AND used_at IS NULL AND voided_at IS NULL`,
    ),
    insertProgress: db.prepare(
      'INSERT INTO akkoord_progress (id, werkgroep_id, afspraak_id, data_json) VALUES (?, ?, ?, ?)',
    ),
    progress: db.prepare<[string], Data>(
      'SELECT data_json FROM akkoord_progress WHERE werkgroep_id = ? ORDER BY seq',
    ),
  };
  const stored = (werkgroepId: string) => {
    const r = q.getAkkoord.get(werkgroepId);
    return r ? parseAkkoord(r.data_json) : null;
  };
  const putAfspraken = db.transaction(
    (werkgroepId: string, list: readonly { id: string; position: number }[]) => {
      for (const a of list) q.putAfspraak.run(werkgroepId, a.id, a.position, JSON.stringify(a));
    },
  );
  const deleteAfspraak = db.transaction((werkgroepId: string, id: string): boolean => {
    q.deleteProgressOf.run(werkgroepId, id);
    return q.deleteAfspraak.run(werkgroepId, id).changes > 0;
  });
  const freeze = db.transaction((record: AkkoordRecord, v: FrozenVersion): boolean => {
    const current = stored(record.werkgroepId);
    if (current && current.status !== 'concept') return false;
    q.insertVersion.run(v.id, record.werkgroepId, v.frozenAt, JSON.stringify(v));
    q.putAkkoord.run(record.werkgroepId, JSON.stringify(record));
    return true;
  });
  const reopen = db.transaction((record: AkkoordRecord, versionId: string, at: number): number | null => {
    const current = stored(record.werkgroepId);
    if (!current || current.currentVersionId !== versionId) return null;
    q.putAkkoord.run(record.werkgroepId, JSON.stringify(record));
    q.voidOpenLinks.run(at, record.werkgroepId);
    return q.voidSignatures.run(at, record.werkgroepId, versionId).changes;
  });
  const sign = db.transaction(
    (werkgroepId: string, s: StoredSignature, linkTokenHash: string | null, at: number): SignOutcome => {
      const current = stored(werkgroepId);
      if (current?.status !== 'ter_ondertekening' || current.currentVersionId !== s.versionId)
        return { outcome: 'text_changed' };
      if (q.validSignature.get(s.versionId, s.partyId)) return { outcome: 'already_signed' };
      if (linkTokenHash !== null) {
        const used = q.useLink.run(at, linkTokenHash, werkgroepId, s.versionId, s.partyId, at).changes;
        if (used === 0) return { outcome: 'link_spent' };
      }
      q.insertSignature.run(
        s.id,
        werkgroepId,
        s.versionId,
        s.partyId,
        null,
        JSON.stringify(signatureData(s)),
      );
      const all = q.signatures.all(werkgroepId).map((r) => ({
        versionId: r.version_id,
        partyId: r.party_id,
        voidedAt: r.voided_at,
      }));
      if (!everyoneSigned(current, all, s.versionId)) return { outcome: 'signed', status: current.status };
      q.putAkkoord.run(werkgroepId, JSON.stringify({ ...current, status: 'getekend', updatedAt: at }));
      return { outcome: 'signed', status: 'getekend' };
    },
  );
  const createLink = db.transaction((row: SigningLinkRow) => {
    q.voidPartyLinks.run(row.createdAt, row.werkgroepId, row.partyId);
    q.insertLink.run(
      row.id,
      row.werkgroepId,
      row.partyId,
      row.versionId,
      row.tokenHash,
      row.createdAt,
      row.expiresAt,
      row.usedAt,
      row.voidedAt,
    );
  });
  return {
    async getAkkoord(werkgroepId) {
      return stored(werkgroepId);
    },
    async putAkkoord(record) {
      q.putAkkoord.run(record.werkgroepId, JSON.stringify(record));
    },
    async listAfspraken(werkgroepId) {
      return q.afspraken.all(werkgroepId).map((r) => parseAfspraak(r.data_json));
    },
    async putAfspraken(werkgroepId, afspraken) {
      putAfspraken(werkgroepId, afspraken);
    },
    async deleteAfspraak(werkgroepId, afspraakId) {
      return deleteAfspraak(werkgroepId, afspraakId);
    },
    async freezeAkkoord(record, version) {
      return freeze(record, version);
    },
    async getAkkoordVersion(werkgroepId, versionId) {
      const r = q.getVersion.get(werkgroepId, versionId);
      return r ? parseVersion(r.data_json) : null;
    },
    async reopenAkkoord(record, versionId, at) {
      return reopen(record, versionId, at);
    },
    async addSignature(werkgroepId, signature, linkTokenHash, at) {
      return sign(werkgroepId, signature, linkTokenHash, at);
    },
    async listSignatures(werkgroepId) {
      return q.signatures.all(werkgroepId).map((r) => parseSignature(r.data_json, r.voided_at));
    },
    async createSigningLink(row) {
      createLink(row);
    },
    async getSigningLinkByHash(tokenHash) {
      const r = q.linkByHash.get(tokenHash);
      return r ? parseLink(r) : null;
    },
    async listSigningLinks(werkgroepId) {
      return q.links.all(werkgroepId).map(parseLink);
    },
    async revokeSigningLink(werkgroepId, linkId, at) {
      return q.revokeLink.run(at, werkgroepId, linkId).changes > 0;
    },
    async addProgress(werkgroepId, entry) {
      q.insertProgress.run(entry.id, werkgroepId, entry.afspraakId, JSON.stringify(entry));
    },
    async listProgress(werkgroepId) {
      return q.progress.all(werkgroepId).map((r) => parseProgress(r.data_json));
    },
  };
}
