import * as Y from 'yjs';

type DeleteSet = Y.Snapshot['ds'];
type DeleteRange = { clock: number; len: number };

/** The state of a copy: per Yjs client id the clock it holds up to, and what it has deleted. */
export interface CopyState {
  sv: ReadonlyMap<number, number>;
  ds: DeleteSet;
}

/** This device's copy as it is now. */
export const localState = (doc: Y.Doc): CopyState => Y.snapshot(doc);

/** Is [clock, clock + len) inside one of `ranges` (sorted and merged, as Yjs keeps them)? */
function rangeCovered(ranges: readonly DeleteRange[], clock: number, len: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid] as DeleteRange;
    if (clock < range.clock) high = mid - 1;
    else if (clock >= range.clock + range.len) low = mid + 1;
    else return clock + len <= range.clock + range.len;
  }
  return false;
}

/** True when `stored` holds everything of `copy`: every (client id, clock) and every deletion. */
export function covers(stored: CopyState, copy: CopyState): boolean {
  for (const [client, clock] of copy.sv) {
    if (clock > (stored.sv.get(client) ?? 0)) return false;
  }
  for (const [client, deleted] of copy.ds.clients) {
    const ranges = stored.ds.clients.get(client) ?? [];
    for (const d of deleted) if (d.len > 0 && !rangeCovered(ranges, d.clock, d.len)) return false;
  }
  return true;
}

/**
 * What this device knows the server has stored, on one connection, from the standard messages:
 * everything the server sends was committed first ([SYNC1]); a step 2 (the answer to a step 1)
 * carries the server's whole delete set, and the step 1 the server sends right after it carries
 * its state vector ([SYNC14]). Relayed updates add what others wrote.
 */
export class StoredState implements CopyState {
  sv = new Map<number, number>();
  ds: DeleteSet = Y.createDeleteSet();

  /** An update from the server: a relay, or (`answer`) a step 2 holding the whole delete set. */
  noteUpdate(update: Uint8Array, answer: boolean): void {
    const { structs, ds } = Y.decodeUpdate(update);
    for (const s of structs) {
      if (s instanceof Y.Skip) continue;
      const end = s.id.clock + s.length;
      // The server integrates each client's structs without gaps: it holds everything before.
      if (end > (this.sv.get(s.id.client) ?? 0)) this.sv.set(s.id.client, end);
    }
    if (answer) this.ds = Y.mergeDeleteSets([ds]);
    else if (ds.clients.size > 0) this.ds = Y.mergeDeleteSets([this.ds, ds]);
  }

  /** The server's state vector, sent right after its answer to a step 1. */
  noteStateVector(stateVector: Uint8Array): void {
    for (const [client, clock] of Y.decodeStateVector(stateVector)) {
      if (clock > (this.sv.get(client) ?? 0)) this.sv.set(client, clock);
    }
  }
}

export type Verdict = 'stored' | 'pending' | 'refused';

/**
 * What the answer to a step 1 says about this device's edits. `asked` is the copy as it was when
 * that step 1 was sent (null for the provider's own step 1 at connect): everything in it had been
 * sent before the question, on the same socket, so what the server still lacks of it was refused.
 */
export function judge(stored: CopyState, now: CopyState, asked: CopyState | null): Verdict {
  if (covers(stored, now)) return 'stored';
  if (asked && !covers(stored, asked)) return 'refused';
  return 'pending';
}
