import type pg from 'pg';
import type { Actie } from '../../../shared/uitvoering/actie';
import type { Voortgang } from '../../../shared/uitvoering/voortgang';
import type { PublishedVoortgang, UitvoeringStore } from '../UitvoeringStore';
import {
  parseActie,
  parsePhoto,
  parsePublishedVoortgang,
  parseVoortgang,
  published,
} from '../uitvoeringRows';
import { bytes, first, inTransaction, json, rows } from './pgDb';

type Data = { data: unknown };

/** The feed's updates in one query: the join keeps only published acties' updates, newest first. */
async function listPublishedVoortgang(
  pool: pg.Pool,
  werkgroepId: string,
  limit: number,
): Promise<PublishedVoortgang[]> {
  const found = await rows<{ actie_data: unknown; update_data: unknown }>(
    pool,
    `SELECT a.data AS actie_data, u.data AS update_data
     FROM uitvoering_updates u
     JOIN uitvoering_acties a ON a.werkgroep_id = u.werkgroep_id AND a.id = u.actie_id
     WHERE u.werkgroep_id = $1 AND a.data -> 'published' = 'true'::jsonb
     ORDER BY u.created_at DESC, u.seq DESC LIMIT $2`,
    [werkgroepId, limit],
  );
  return found.map((r) => parsePublishedVoortgang(r.actie_data, r.update_data));
}

/** The uitvoeringsplan on PostgreSQL (records as jsonb, photos as bytea). */
export function pgUitvoering(pool: pg.Pool): UitvoeringStore {
  const listActies = async (werkgroepId: string): Promise<Actie[]> =>
    (
      await rows<Data>(
        pool,
        'SELECT data FROM uitvoering_acties WHERE werkgroep_id = $1 ORDER BY created_at, ord',
        [werkgroepId],
      )
    ).map((r) => parseActie(r.data));
  const listUpdates = async (werkgroepId: string): Promise<Voortgang[]> =>
    (
      await rows<Data>(
        pool,
        'SELECT data FROM uitvoering_updates WHERE werkgroep_id = $1 ORDER BY created_at, seq',
        [werkgroepId],
      )
    ).map((r) => parseVoortgang(r.data));
  return {
    async putActie(werkgroepId, actie) {
      await pool.query(
        `INSERT INTO uitvoering_acties (werkgroep_id, id, data, created_at) VALUES ($1, $2, $3::jsonb, $4)
         ON CONFLICT (werkgroep_id, id) DO UPDATE SET data = excluded.data`,
        [werkgroepId, actie.id, json(actie), actie.createdAt],
      );
    },
    async getActie(werkgroepId, actieId) {
      const r = await first<Data>(
        pool,
        'SELECT data FROM uitvoering_acties WHERE werkgroep_id = $1 AND id = $2',
        [werkgroepId, actieId],
      );
      return r ? parseActie(r.data) : null;
    },
    listActies,
    deleteActie(werkgroepId, actieId) {
      return inTransaction(pool, async (db) => {
        await db.query(
          `DELETE FROM uitvoering_photos WHERE werkgroep_id = $1 AND id IN
           (SELECT photo_id FROM uitvoering_updates WHERE werkgroep_id = $1 AND actie_id = $2 AND photo_id IS NOT NULL)`,
          [werkgroepId, actieId],
        );
        await db.query('DELETE FROM uitvoering_updates WHERE werkgroep_id = $1 AND actie_id = $2', [
          werkgroepId,
          actieId,
        ]);
        await db.query('DELETE FROM uitvoering_acties WHERE werkgroep_id = $1 AND id = $2', [
          werkgroepId,
          actieId,
        ]);
      });
    },
    addVoortgang(werkgroepId, u, photo) {
      return inTransaction(pool, async (db) => {
        if (photo)
          await db.query(
            'INSERT INTO uitvoering_photos (werkgroep_id, id, type, bytes) VALUES ($1, $2, $3, $4)',
            [werkgroepId, photo.id, photo.type, bytes(photo.bytes)],
          );
        await db.query(
          `INSERT INTO uitvoering_updates (werkgroep_id, id, actie_id, photo_id, data, created_at)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
          [werkgroepId, u.id, u.actieId, photo?.id ?? null, json(u), u.createdAt],
        );
      });
    },
    listVoortgang: listUpdates,
    async getPhoto(werkgroepId, photoId) {
      const r = await first<{ id: string; type: string; bytes: Buffer }>(
        pool,
        'SELECT id, type, bytes FROM uitvoering_photos WHERE werkgroep_id = $1 AND id = $2',
        [werkgroepId, photoId],
      );
      return r ? parsePhoto(r) : null;
    },
    async listPublishedActies(werkgroepId) {
      return published(await listActies(werkgroepId), await listUpdates(werkgroepId));
    },
    listPublishedVoortgang: (werkgroepId, limit) => listPublishedVoortgang(pool, werkgroepId, limit),
    async getLastVisit(werkgroepId, memberId, page) {
      const r = await first<{ at: number }>(
        pool,
        'SELECT at FROM uitvoering_visits WHERE werkgroep_id = $1 AND member_id = $2 AND page = $3',
        [werkgroepId, memberId, page],
      );
      return r?.at ?? null;
    },
    async setLastVisit(werkgroepId, memberId, page, at) {
      await pool.query(
        `INSERT INTO uitvoering_visits (werkgroep_id, member_id, page, at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (werkgroep_id, member_id, page) DO UPDATE SET at = excluded.at`,
        [werkgroepId, memberId, page, at],
      );
    },
  };
}
