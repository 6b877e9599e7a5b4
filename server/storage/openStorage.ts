import type { Storage } from './Storage';
import { openSqliteStorage } from './sqlite/sqlite';
import { checkedStorage } from './values';

export interface StorageConfig {
  /** Which backend; SQLite when not given. */
  storage?: StorageBackend;
  dataDir: string;
  sqliteSynchronous: 'FULL' | 'NORMAL';
}

/** The backends by name: a new one is its folder plus its line here. */
const BACKENDS = {
  sqlite: async (c: StorageConfig) =>
    openSqliteStorage({ dataDir: c.dataDir, synchronous: c.sqliteSynchronous }),
} satisfies Record<string, (config: StorageConfig) => Promise<Storage>>;
export type StorageBackend = keyof typeof BACKENDS;

/**
 * Opens the configured backend, with enumerated values checked at its boundary (values.ts). The
 * server and the contract suite open storage only through here.
 */
export async function openStorage(config: StorageConfig): Promise<Storage> {
  const open = BACKENDS[config.storage ?? 'sqlite'];
  return checkedStorage(await open(config));
}
