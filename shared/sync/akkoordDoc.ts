import type * as Y from 'yjs';
import type { z } from 'zod';
import { akkoordViewSchema } from '../akkoord/view';
import { sameValue } from './sameValue';

/**
 * The layout of a werkgroep's akkoord state room (`akkoordstand:<werkgroep id>`): the akkoord as every
 * member may see it (GET …/akkoord without the facilitator's signing links and without the hash of the
 * live text), one key per part in one map. Only the server writes it, from the database (after each
 * change, and at every load: [SYNC12]); it sets only what differs. A signer who did not consent to be
 * named is in it as "not named" ([AKK9]): a room keeps its history, so a name never enters it.
 * The introduction's text is in its own room (`akkoord:<werkgroep id>`).
 */
export const akkoordRoomViewSchema = akkoordViewSchema.omit({ currentTextHash: true, signingLinks: true });
export type AkkoordRoomView = z.infer<typeof akkoordRoomViewSchema>;

const STATE_MAP = 'akkoord';
const KEYS = ['akkoord', 'afspraken', 'signatories', 'currentVersion', 'signatures', 'progress'] as const;

/** Makes the room say exactly what `view` says, in one transaction. */
export function writeAkkoordRoom(doc: Y.Doc, view: AkkoordRoomView): void {
  doc.transact(() => {
    const map = doc.getMap<unknown>(STATE_MAP);
    for (const key of KEYS) if (!sameValue(map.get(key), view[key])) map.set(key, structuredClone(view[key]));
  });
}

/** The akkoord as the room has it; null while the server has not written it (or it does not parse). */
export function readAkkoordRoom(doc: Y.Doc): AkkoordRoomView | null {
  const map = doc.getMap<unknown>(STATE_MAP);
  const parsed = akkoordRoomViewSchema.safeParse(Object.fromEntries(KEYS.map((k) => [k, map.get(k)])));
  return parsed.success ? parsed.data : null;
}
