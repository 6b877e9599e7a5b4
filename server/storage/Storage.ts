import type { BoardStore } from './BoardStore';
import type { MeetingStore } from './MeetingStore';
import type { VoteStore } from './VoteStore';
import type { WorkspaceStore } from './WorkspaceStore';

/**
 * The one narrow interface every storage backend implements (SQLite now, PostgreSQL later).
 * It knows nothing of Yjs: it keeps, per document, an optional snapshot and an append-only log of
 * updates with increasing sequence numbers. The same contract suite (storage.contract.ts) runs
 * against every implementation.
 */
export interface StoredDoc {
  /** The folded state of the document up to `snapshotSeq`, or null when never compacted. */
  snapshot: Uint8Array | null;
  /** Updates stored after the snapshot, oldest first. */
  updates: Uint8Array[];
  /** Sequence number of the newest update (or of the snapshot's last folded update); 0 when empty. */
  lastSeq: number;
  /** Total bytes of `updates`. */
  logBytes: number;
}

export interface UpdateRecord {
  doc: string;
  update: Uint8Array;
}

export interface DocStorage {
  /** Reads a document; an unknown document is empty, not an error. */
  loadDoc(doc: string): Promise<StoredDoc>;
  /**
   * Stores all records in one atomic, durable commit (group commit): when the promise resolves,
   * every record is on disk; when it rejects, none is. Returns the sequence number of each record.
   */
  appendUpdates(records: readonly UpdateRecord[]): Promise<number[]>;
  /**
   * Replaces the snapshot and every update with seq <= throughSeq by `snapshot`, atomically.
   * The caller guarantees the snapshot contains all of them.
   */
  compactDoc(doc: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;
  /** Removes a document entirely. */
  deleteDoc(doc: string): Promise<void>;
}

/** The outcome of a consistency check of everything stored. */
export type IntegrityResult =
  | { status: 'ok' }
  | { status: 'corrupt'; problems: string[] }
  /** The check itself could not run (the answer is unknown). */
  | { status: 'failed'; error: string };

export interface Storage extends DocStorage, WorkspaceStore, VoteStore, BoardStore, MeetingStore {
  /** Resolves when the backend answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  /** Commits one tiny durable write (the health check's probe); rejects when storage cannot write. */
  probeWrite(): Promise<void>;
  /** Checks the stored data for corruption without blocking the server; slow, so call it rarely. */
  checkIntegrity(): Promise<IntegrityResult>;
  /** Closes the backend; pending commits have resolved before this is called. */
  close(): Promise<void>;
  readonly kind: string;
}
