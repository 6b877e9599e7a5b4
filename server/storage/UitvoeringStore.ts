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

/** An update of a published actie with that actie, for the wijkpagina's feed (which shows every update). */
export interface PublishedVoortgang {
  actie: Actie;
  update: Voortgang;
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
  /**
   * The newest `limit` updates of the published acties, newest first (of one moment: the later stored),
   * each with its actie, read in one query ([STORE-UIT5]).
   */
  listPublishedVoortgang(werkgroepId: string, limit: number): Promise<PublishedVoortgang[]>;
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
  listPublishedVoortgang: true,
  getLastVisit: true,
  setLastVisit: true,
});
