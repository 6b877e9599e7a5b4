import type { Actie } from '../../shared/uitvoering/actie';
import type { PhotoType, Voortgang } from '../../shared/uitvoering/voortgang';
import { methodsOf } from './methods';

/** A stored photo's bytes (already resized and stripped of metadata by the server). */
export interface StoredPhoto {
  id: string;
  type: PhotoType;
  bytes: Uint8Array;
}

/** A published actie with its newest update, for the public wijkpagina and the feeds. */
export interface PublishedActie {
  actie: Actie;
  latest: Voortgang | null;
}

/**
 * The uitvoeringsplan of a werkgroep (issue 19): acties kept whole (read back with the shared schema),
 * their dated updates with photos, and when each member last looked at a page of it.
 */
export interface UitvoeringStore {
  /** Inserts or replaces an actie; its place in the list stays ([STORE-UIT1]). */
  putActie(werkgroepId: string, actie: Actie): Promise<void>;
  getActie(werkgroepId: string, actieId: string): Promise<Actie | null>;
  /** Every actie of the werkgroep, oldest first. */
  listActies(werkgroepId: string): Promise<Actie[]>;
  /** Removes an actie with its updates and their photos, in one transaction ([STORE-UIT2]). */
  deleteActie(werkgroepId: string, actieId: string): Promise<void>;
  /** Stores an update with its photo (if any) in one transaction ([STORE-UIT2]). */
  addVoortgang(werkgroepId: string, update: Voortgang, photo: StoredPhoto | null): Promise<void>;
  /** Every update of the werkgroep, oldest first. */
  listVoortgang(werkgroepId: string): Promise<Voortgang[]>;
  getPhoto(werkgroepId: string, photoId: string): Promise<StoredPhoto | null>;
  /** The published acties, oldest first, each with its newest update ([STORE-UIT3]). */
  listPublishedActies(werkgroepId: string): Promise<PublishedActie[]>;
  /** When the member last opened `page` (ms since the epoch), or null ([STORE-UIT4]). */
  getLastVisit(werkgroepId: string, memberId: string, page: string): Promise<number | null>;
  setLastVisit(werkgroepId: string, memberId: string, page: string, at: number): Promise<void>;
}

export const UITVOERING_STORE_METHODS = methodsOf<UitvoeringStore>({
  putActie: true,
  getActie: true,
  listActies: true,
  deleteActie: true,
  addVoortgang: true,
  listVoortgang: true,
  getPhoto: true,
  listPublishedActies: true,
  getLastVisit: true,
  setLastVisit: true,
});
