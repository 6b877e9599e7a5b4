import type { Storage } from './Storage';
import { openSqliteStorage } from './sqlite/sqlite';
import { checkedStorage } from './values';

export { databaseUrlProblem, redactDatabaseUrl } from './postgres/databaseUrl';

export interface StorageConfig {
  /** Which backend; PostgreSQL when `databaseUrl` is set, SQLite otherwise. */
  storage?: StorageBackend;
  dataDir: string;
  sqliteSynchronous: 'FULL' | 'NORMAL';
  /** DATABASE_URL: a postgres:// or postgresql:// address; null or absent for the embedded SQLite. */
  databaseUrl?: string | null;
}

/** The backends by name: a new one is its folder plus its line here. */
const BACKENDS = {
  sqlite: async (c: StorageConfig) =>
    openSqliteStorage({ dataDir: c.dataDir, synchronous: c.sqliteSynchronous }),
  postgres: async (c: StorageConfig) => {
    if (!c.databaseUrl) throw new Error('the postgres storage needs DATABASE_URL');
    // Loaded only when asked for: the embedded default never loads the PostgreSQL client.
    const { openPostgresStorage } = await import('./postgres/postgres');
    return openPostgresStorage({ url: c.databaseUrl });
  },
} satisfies Record<string, (config: StorageConfig) => Promise<Storage>>;
export type StorageBackend = keyof typeof BACKENDS;

/** The backend a configuration asks for: PostgreSQL only when DATABASE_URL is set. */
export const backendOf = (config: StorageConfig): StorageBackend =>
  config.storage ?? (config.databaseUrl ? 'postgres' : 'sqlite');

/**
 * Opens the configured backend, with enumerated values checked at its boundary (values.ts). The
 * server and the contract suite open storage only through here.
 */
export async function openStorage(config: StorageConfig): Promise<Storage> {
  const open = BACKENDS[backendOf(config)];
  return checkedStorage(await open(config));
}
