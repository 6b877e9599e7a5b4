import type { Database } from 'better-sqlite3';
import type { Actie } from '../../../shared/uitvoering/actie';
import type { Voortgang } from '../../../shared/uitvoering/voortgang';
import type { StoredPhoto, UitvoeringStore } from '../UitvoeringStore';
import {
  parseActie,
  parsePhoto,
  parsePublishedVoortgang,
  parseVoortgang,
  published,
} from '../uitvoeringRows';

type Json = { data_json: string };

/** The uitvoeringsplan on SQLite (records as JSON, photos as BLOBs). */
export function sqliteUitvoering(db: Database): UitvoeringStore {
  const q = {
    putActie: db.prepare(
      `INSERT INTO uitvoering_acties (werkgroep_id, id, data_json, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (werkgroep_id, id) DO UPDATE SET data_json = excluded.data_json`,
    ),
    getActie: db.prepare<[string, string], Json>(
      'SELECT data_json FROM uitvoering_acties WHERE werkgroep_id = ? AND id = ?',
    ),
    listActies: db.prepare<[string], Json>(
      'SELECT data_json FROM uitvoering_acties WHERE werkgroep_id = ? ORDER BY created_at, rowid',
    ),
    deleteActie: db.prepare('DELETE FROM uitvoering_acties WHERE werkgroep_id = ? AND id = ?'),
    deletePhotos: db.prepare(
      `DELETE FROM uitvoering_photos WHERE werkgroep_id = ? AND id IN
       (SELECT photo_id FROM uitvoering_updates WHERE werkgroep_id = ? AND actie_id = ? AND photo_id IS NOT NULL)`,
    ),
    deleteUpdates: db.prepare('DELETE FROM uitvoering_updates WHERE werkgroep_id = ? AND actie_id = ?'),
    addUpdate: db.prepare(
      `INSERT INTO uitvoering_updates (werkgroep_id, id, actie_id, photo_id, data_json, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    addPhoto: db.prepare('INSERT INTO uitvoering_photos (werkgroep_id, id, type, bytes) VALUES (?, ?, ?, ?)'),
    listUpdates: db.prepare<[string], Json>(
      'SELECT data_json FROM uitvoering_updates WHERE werkgroep_id = ? ORDER BY created_at, seq',
    ),
    // Walks the (werkgroep_id, created_at) index backwards (its rows end in the rowid, seq) until `limit`
    // updates of published acties are found.
    listPublishedUpdates: db.prepare<[string, number], { actie_json: string; update_json: string }>(
      `SELECT a.data_json AS actie_json, u.data_json AS update_json
       FROM uitvoering_updates u
       JOIN uitvoering_acties a ON a.werkgroep_id = u.werkgroep_id AND a.id = u.actie_id
       WHERE u.werkgroep_id = ? AND json_extract(a.data_json, '$.published') = 1
       ORDER BY u.created_at DESC, u.seq DESC LIMIT ?`,
    ),
    getPhoto: db.prepare<[string, string], { id: string; type: string; bytes: Buffer }>(
      'SELECT id, type, bytes FROM uitvoering_photos WHERE werkgroep_id = ? AND id = ?',
    ),
    getVisit: db.prepare<[string, string, string], { at: number }>(
      'SELECT at FROM uitvoering_visits WHERE werkgroep_id = ? AND member_id = ? AND page = ?',
    ),
    setVisit: db.prepare(
      `INSERT INTO uitvoering_visits (werkgroep_id, member_id, page, at) VALUES (?, ?, ?, ?)
       ON CONFLICT (werkgroep_id, member_id, page) DO UPDATE SET at = excluded.at`,
    ),
  };
  const remove = db.transaction((werkgroepId: string, actieId: string) => {
    q.deletePhotos.run(werkgroepId, werkgroepId, actieId);
    q.deleteUpdates.run(werkgroepId, actieId);
    q.deleteActie.run(werkgroepId, actieId);
  });
  const add = db.transaction((werkgroepId: string, u: Voortgang, photo: StoredPhoto | null) => {
    if (photo) q.addPhoto.run(werkgroepId, photo.id, photo.type, Buffer.from(photo.bytes));
    q.addUpdate.run(werkgroepId, u.id, u.actieId, photo?.id ?? null, JSON.stringify(u), u.createdAt);
  });
  const listActies = (werkgroepId: string): Actie[] =>
    q.listActies.all(werkgroepId).map((r) => parseActie(r.data_json));
  const listUpdates = (werkgroepId: string): Voortgang[] =>
    q.listUpdates.all(werkgroepId).map((r) => parseVoortgang(r.data_json));
  return {
    async putActie(werkgroepId, actie) {
      q.putActie.run(werkgroepId, actie.id, JSON.stringify(actie), actie.createdAt);
    },
    async getActie(werkgroepId, actieId) {
      const r = q.getActie.get(werkgroepId, actieId);
      return r ? parseActie(r.data_json) : null;
    },
    async listActies(werkgroepId) {
      return listActies(werkgroepId);
    },
    async deleteActie(werkgroepId, actieId) {
      remove(werkgroepId, actieId);
    },
    async addVoortgang(werkgroepId, update, photo) {
      add(werkgroepId, update, photo);
    },
    async listVoortgang(werkgroepId) {
      return listUpdates(werkgroepId);
    },
    async getPhoto(werkgroepId, photoId) {
      const r = q.getPhoto.get(werkgroepId, photoId);
      return r ? parsePhoto(r) : null;
    },
    async listPublishedActies(werkgroepId) {
      return published(listActies(werkgroepId), listUpdates(werkgroepId));
    },
    async listPublishedVoortgang(werkgroepId, limit) {
      return q.listPublishedUpdates
        .all(werkgroepId, limit)
        .map((r) => parsePublishedVoortgang(r.actie_json, r.update_json));
    },
    async getLastVisit(werkgroepId, memberId, page) {
      return q.getVisit.get(werkgroepId, memberId, page)?.at ?? null;
    },
    async setLastVisit(werkgroepId, memberId, page, at) {
      q.setVisit.run(werkgroepId, memberId, page, at);
    },
  };
}
