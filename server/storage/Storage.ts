import { AKKOORD_STORE_METHODS, type AkkoordStore } from './AkkoordStore';
import { BOARD_STORE_METHODS, type BoardStore } from './BoardStore';
import { MEETING_STORE_METHODS, type MeetingStore } from './MeetingStore';
import { MONITORING_STORE_METHODS, type MonitoringStore } from './MonitoringStore';
import { methodsOf } from './methods';
import { NETWORK_STORE_METHODS, type NetworkStore } from './NetworkStore';
import { ROOM_LOCK_STORE_METHODS, type RoomLockStore } from './RoomLockStore';
import { UITVOERING_STORE_METHODS, type UitvoeringStore } from './UitvoeringStore';
import { VOTE_STORE_METHODS, type VoteStore } from './VoteStore';
import { WIJKPAGINA_STORE_METHODS, type WijkpaginaStore } from './WijkpaginaStore';
import { WORKSPACE_STORE_METHODS, type WorkspaceStore } from './WorkspaceStore';

/**
 * The one narrow interface every storage backend implements (SQLite, PostgreSQL).
 * It knows nothing of Yjs: it keeps, per document, an optional snapshot and an append-only log of
 * updates with increasing sequence numbers. The same contract suite (contract/, rules in SPEC.md)
 * runs against every implementation.
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

/** The backend itself: health and lifetime. After `close` every other method rejects. */
export interface StorageHealth {
  /** Resolves when the backend answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  /** Commits one tiny durable write (the health check's probe); rejects when storage cannot write. */
  probeWrite(): Promise<void>;
  /** Checks the stored data for corruption without blocking the server; slow, so call it rarely. */
  checkIntegrity(): Promise<IntegrityResult>;
  /** Closes the backend; pending commits have resolved before this is called. */
  close(): Promise<void>;
}

export interface Storage
  extends DocStorage,
    StorageHealth,
    RoomLockStore,
    WorkspaceStore,
    VoteStore,
    BoardStore,
    MeetingStore,
    NetworkStore,
    AkkoordStore,
    MonitoringStore,
    UitvoeringStore,
    WijkpaginaStore {
  /** Which backend this is ('sqlite', …), for logs and the health answer. */
  readonly kind: string;
}

type MethodsOf<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];
/** A method of the storage interface (everything but `kind`). */
export type StorageMethod = MethodsOf<Storage>;

export const DOC_STORAGE_METHODS = methodsOf<DocStorage>({
  loadDoc: true,
  appendUpdates: true,
  compactDoc: true,
  deleteDoc: true,
});
export const STORAGE_HEALTH_METHODS = methodsOf<StorageHealth>({
  ping: true,
  probeWrite: true,
  checkIntegrity: true,
  close: true,
});

/** Every method of every store: each one has at least one rule in the contract suite. */
export const STORAGE_METHODS: readonly StorageMethod[] = [
  ...DOC_STORAGE_METHODS,
  ...STORAGE_HEALTH_METHODS,
  ...ROOM_LOCK_STORE_METHODS,
  ...WORKSPACE_STORE_METHODS,
  ...VOTE_STORE_METHODS,
  ...BOARD_STORE_METHODS,
  ...MEETING_STORE_METHODS,
  ...NETWORK_STORE_METHODS,
  ...AKKOORD_STORE_METHODS,
  ...MONITORING_STORE_METHODS,
  ...UITVOERING_STORE_METHODS,
  ...WIJKPAGINA_STORE_METHODS,
];
// A store added to Storage without its list here does not compile.
type Unlisted = Exclude<StorageMethod, (typeof STORAGE_METHODS)[number]>;
export const ALL_METHODS_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;
