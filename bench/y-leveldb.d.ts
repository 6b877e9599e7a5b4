/**
 * y-leveldb ships declarations (dist/src/y-leveldb.d.ts) but its package.json "exports" does not
 * point at them, so TypeScript cannot find them. This is the subset the benchmark uses.
 */
declare module 'y-leveldb' {
  /** The underlying `level` database; opaque to the benchmark. */
  export interface LevelDb {
    readonly __levelDb: unique symbol;
  }

  export class LeveldbPersistence {
    constructor(location: string);
    storeUpdate(docName: string, update: Uint8Array): Promise<number>;
    /** Runs `f` on y-leveldb's own serialized transaction chain (private API of y-leveldb). */
    _transact<T>(f: (db: LevelDb) => Promise<T>): Promise<T>;
    destroy(): Promise<void>;
  }

  export function getLevelUpdates(db: LevelDb, docName: string): Promise<Buffer[]>;
}
