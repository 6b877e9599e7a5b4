import { type Actie, actieSchema } from '../../shared/uitvoering/actie';
import {
  latestByActie,
  photoTypeSchema,
  type Voortgang,
  voortgangSchema,
} from '../../shared/uitvoering/voortgang';
import type { PublishedActie, PublishedVoortgang, StoredPhoto } from './UitvoeringStore';

/** Both backends keep records as JSON and read them back with the shared schemas. */
export const parseActie = (data: unknown): Actie =>
  actieSchema.parse(typeof data === 'string' ? JSON.parse(data) : data);
export const parseVoortgang = (data: unknown): Voortgang =>
  voortgangSchema.parse(typeof data === 'string' ? JSON.parse(data) : data);

export const parsePhoto = (r: { id: string; type: string; bytes: Uint8Array }): StoredPhoto => ({
  id: r.id,
  type: photoTypeSchema.parse(r.type),
  bytes: new Uint8Array(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength),
});

/** The published acties with their newest update. */
export function published(acties: readonly Actie[], updates: readonly Voortgang[]): PublishedActie[] {
  const latest = latestByActie(updates);
  return acties.filter((a) => a.published).map((actie) => ({ actie, latest: latest.get(actie.id) ?? null }));
}

/** A row of the feed's query: the actie and its update as both backends store them. */
export const parsePublishedVoortgang = (actie: unknown, update: unknown): PublishedVoortgang => ({
  actie: parseActie(actie),
  update: parseVoortgang(update),
});
