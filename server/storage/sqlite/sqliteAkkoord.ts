import type { Database } from 'better-sqlite3';
import type { Afspraak } from '../../../shared/akkoord/afspraak';
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

type Data = { data_json: string };
/** A link that may still sign: by token hash, werkgroep, version, party, and the moment. */
const OPEN_LINK = `token_hash = ? AND werkgroep_id = ? AND version_id = ? AND party_id = ?
  AND used_at IS NULL AND voided_at IS NULL AND expires_at > ?`;
type SigColumns = { data_json: string; voided_at: number | null; version_id: string; party_id: string };
const LINK_COLUMNS =
  'id, werkgroep_id, party_id, version_id, token_hash, created_at, expires_at, used_at, voided_at';

/** The akkoord row itself, which every part reads and writes. */
function akkoordRows(db: Database) {
  const get = db.prepare<[string], Data>('SELECT data_json FROM akkoorden WHERE werkgroep_id = ?');
  const put = db.prepare(
    `INSERT INTO akkoorden (werkgroep_id, data_json) VALUES (?, ?)
     ON CONFLICT (werkgroep_id) DO UPDATE SET data_json = excluded.data_json`,
  );
  return {
    stored: (werkgroepId: string): AkkoordRecord | null => {
      const r = get.get(werkgroepId);
      return r ? parseAkkoord(r.data_json) : null;
    },
    put: (record: AkkoordRecord) => put.run(record.werkgroepId, JSON.stringify(record)),
  };
}

type TextPart = Pick<
  AkkoordStore,
  | 'getAkkoord'
  | 'putAkkoord'
  | 'listAfspraken'
  | 'putAfspraken'
  | 'deleteAfspraak'
  | 'addProgress'
  | 'listProgress'
>;

/** The akkoord, its afspraken and their progress. */
function textPart(db: Database): TextPart {
  const akkoord = akkoordRows(db);
  const q = {
    afspraken: db.prepare<[string], Data>(
      'SELECT data_json FROM akkoord_afspraken WHERE werkgroep_id = ? ORDER BY position, id',
    ),
    putAfspraak: db.prepare(
      `INSERT INTO akkoord_afspraken (werkgroep_id, id, position, data_json) VALUES (?, ?, ?, ?)
       ON CONFLICT (werkgroep_id, id) DO UPDATE SET position = excluded.position, data_json = excluded.data_json`,
    ),
    deleteAfspraak: db.prepare('DELETE FROM akkoord_afspraken WHERE werkgroep_id = ? AND id = ?'),
    deleteProgressOf: db.prepare('DELETE FROM akkoord_progress WHERE werkgroep_id = ? AND afspraak_id = ?'),
    insertProgress: db.prepare(
      'INSERT INTO akkoord_progress (id, werkgroep_id, afspraak_id, data_json) VALUES (?, ?, ?, ?)',
    ),
    progress: db.prepare<[string], Data>(
      'SELECT data_json FROM akkoord_progress WHERE werkgroep_id = ? ORDER BY seq',
    ),
  };
  const putAfspraken = db.transaction((werkgroepId: string, list: readonly Afspraak[]) => {
    for (const a of list) q.putAfspraak.run(werkgroepId, a.id, a.position, JSON.stringify(a));
  });
  const deleteAfspraak = db.transaction((werkgroepId: string, id: string): boolean => {
    q.deleteProgressOf.run(werkgroepId, id);
    return q.deleteAfspraak.run(werkgroepId, id).changes > 0;
  });
  return {
    getAkkoord: async (werkgroepId) => akkoord.stored(werkgroepId),
    putAkkoord: async (record) => {
      akkoord.put(record);
    },
    listAfspraken: async (werkgroepId) => q.afspraken.all(werkgroepId).map((r) => parseAfspraak(r.data_json)),
    putAfspraken: async (werkgroepId, afspraken) => {
      putAfspraken(werkgroepId, afspraken);
    },
    deleteAfspraak: async (werkgroepId, afspraakId) => deleteAfspraak(werkgroepId, afspraakId),
    addProgress: async (werkgroepId, entry) => {
      q.insertProgress.run(entry.id, werkgroepId, entry.afspraakId, JSON.stringify(entry));
    },
    listProgress: async (werkgroepId) => q.progress.all(werkgroepId).map((r) => parseProgress(r.data_json)),
  };
}

/** Freezing and reopening. */
function versionPart(
  db: Database,
): Pick<AkkoordStore, 'freezeAkkoord' | 'getAkkoordVersion' | 'reopenAkkoord'> {
  const akkoord = akkoordRows(db);
  const q = {
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
  };
  const freeze = db.transaction((record: AkkoordRecord, v: FrozenVersion): boolean => {
    const current = akkoord.stored(record.werkgroepId);
    if (current && current.status !== 'concept') return false;
    q.insertVersion.run(v.id, record.werkgroepId, v.frozenAt, JSON.stringify(v));
    akkoord.put(record);
    return true;
  });
  const reopen = db.transaction((record: AkkoordRecord, versionId: string, at: number): number | null => {
    const current = akkoord.stored(record.werkgroepId);
    if (!current || current.currentVersionId !== versionId) return null;
    akkoord.put(record);
    q.voidOpenLinks.run(at, record.werkgroepId);
    return q.voidSignatures.run(at, record.werkgroepId, versionId).changes;
  });
  return {
    freezeAkkoord: async (record, version) => freeze(record, version),
    getAkkoordVersion: async (werkgroepId, versionId) => {
      const r = q.getVersion.get(werkgroepId, versionId);
      return r ? parseVersion(r.data_json) : null;
    },
    reopenAkkoord: async (record, versionId, at) => reopen(record, versionId, at),
  };
}

/** Signatures: one transaction checks the version, the party and the link ([STORE-AKK4]). */
function signaturePart(db: Database): Pick<AkkoordStore, 'addSignature' | 'listSignatures'> {
  const akkoord = akkoordRows(db);
  const q = {
    openLink: db.prepare<[string | null, string, string, string, number], { n: number }>(
      `SELECT 1 AS n FROM akkoord_signing_links WHERE ${OPEN_LINK}`,
    ),
    useLink: db.prepare(`UPDATE akkoord_signing_links SET used_at = ? WHERE ${OPEN_LINK}`),
    validSignature: db.prepare<[string, string], { n: number }>(
      'SELECT 1 AS n FROM akkoord_signatures WHERE version_id = ? AND party_id = ? AND voided_at IS NULL',
    ),
    insertSignature: db.prepare(
      `INSERT INTO akkoord_signatures (id, werkgroep_id, version_id, party_id, voided_at, data_json)
       VALUES (?, ?, ?, ?, NULL, ?)`,
    ),
    signatures: db.prepare<[string], SigColumns>(
      `SELECT data_json, voided_at, version_id, party_id FROM akkoord_signatures
       WHERE werkgroep_id = ? ORDER BY seq`,
    ),
  };
  const sign = db.transaction(
    (werkgroepId: string, s: StoredSignature, linkTokenHash: string | null, at: number): SignOutcome => {
      const current = akkoord.stored(werkgroepId);
      if (current?.status !== 'ter_ondertekening' || current.currentVersionId !== s.versionId)
        return { outcome: 'text_changed' };
      const link = [linkTokenHash, werkgroepId, s.versionId, s.partyId, at] as const;
      // A spent link says so first: of two submits through one link, the second hears "used".
      if (linkTokenHash !== null && !q.openLink.get(...link)) return { outcome: 'link_spent' };
      if (q.validSignature.get(s.versionId, s.partyId)) return { outcome: 'already_signed' };
      if (linkTokenHash !== null && q.useLink.run(at, ...link).changes === 0)
        return { outcome: 'link_spent' };
      q.insertSignature.run(s.id, werkgroepId, s.versionId, s.partyId, JSON.stringify(signatureData(s)));
      const all = q.signatures
        .all(werkgroepId)
        .map((r) => ({ versionId: r.version_id, partyId: r.party_id, voidedAt: r.voided_at }));
      if (!everyoneSigned(current, all, s.versionId)) return { outcome: 'signed', status: current.status };
      akkoord.put({ ...current, status: 'getekend', updatedAt: at });
      return { outcome: 'signed', status: 'getekend' };
    },
  );
  return {
    addSignature: async (werkgroepId, signature, linkTokenHash, at) =>
      sign(werkgroepId, signature, linkTokenHash, at),
    listSignatures: async (werkgroepId) =>
      q.signatures.all(werkgroepId).map((r) => parseSignature(r.data_json, r.voided_at)),
  };
}

type LinkPart = Pick<
  AkkoordStore,
  'createSigningLink' | 'getSigningLinkByHash' | 'listSigningLinks' | 'revokeSigningLink'
>;

/** One-time signing links, by their token's hash. */
function linkPart(db: Database): LinkPart {
  const q = {
    voidPartyLinks: db.prepare(
      `UPDATE akkoord_signing_links SET voided_at = ?
       WHERE werkgroep_id = ? AND party_id = ? AND used_at IS NULL AND voided_at IS NULL`,
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
  };
  const createLink = db.transaction((r: SigningLinkRow) => {
    q.voidPartyLinks.run(r.createdAt, r.werkgroepId, r.partyId);
    q.insertLink.run(
      r.id,
      r.werkgroepId,
      r.partyId,
      r.versionId,
      r.tokenHash,
      r.createdAt,
      r.expiresAt,
      r.usedAt,
      r.voidedAt,
    );
  });
  return {
    createSigningLink: async (row) => {
      createLink(row);
    },
    getSigningLinkByHash: async (tokenHash) => {
      const r = q.linkByHash.get(tokenHash);
      return r ? parseLink(r) : null;
    },
    listSigningLinks: async (werkgroepId) => q.links.all(werkgroepId).map(parseLink),
    revokeSigningLink: async (werkgroepId, linkId, at) =>
      q.revokeLink.run(at, werkgroepId, linkId).changes > 0,
  };
}

/** The wijkakkoord on SQLite. */
export const sqliteAkkoord = (db: Database): AkkoordStore => ({
  ...textPart(db),
  ...versionPart(db),
  ...signaturePart(db),
  ...linkPart(db),
});
