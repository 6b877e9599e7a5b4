import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Config, DEFAULT_THEME_CSS } from '../config';
import { createLogger } from '../logger';
import { TRUST_NOTHING } from '../net/clientAddress';
import { type RunningServer, startServer } from '../server';
import { allowEveryone } from '../sync/SyncServer';

export interface TestServer extends RunningServer {
  dataDir: string;
  wsUrl: string;
  config: Config;
  /** Stops the server and removes its data folder. */
  cleanup(): Promise<void>;
}

/** The admin bearer token of test servers. */
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export async function makeTempDir(prefix = 'wijkatelier-test-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export function testConfig(dataDir: string, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    logLevel: (process.env.TEST_LOG_LEVEL as Config['logLevel'] | undefined) ?? 'silent',
    clientDir: path.join(dataDir, 'no-client'),
    compactAfterUpdates: 500,
    compactAfterBytes: 4 * 1024 * 1024,
    unloadAfterMs: 5_000,
    maxConnectionsPerIp: 500,
    trustProxy: TRUST_NOTHING,
    sqliteSynchronous: 'FULL',
    databaseUrl: null,
    themeCss: DEFAULT_THEME_CSS,
    themeClass: 'voorbeeld-theme',
    adminToken: TEST_ADMIN_TOKEN,
    rateLimitPerMinute: 10_000,
    secretMissesPerHour: 10_000,
    joinCodeMissesPerHour: 10_000,
    publicUrl: null,
    redisUrl: null,
    redisKeyPrefix: `wijkatelier-test-${process.pid}-${Date.now()}:`,
    exportClusterJobs: 8,
    // No tiles from the internet in tests.
    mapStyleUrl: null,
    ...overrides,
  };
}

/** A real server on port 0 with a real SQLite file in a temp folder (or in `dataDir`). */
export async function startTestServer(
  options: {
    dataDir?: string;
    config?: Partial<Config>;
    openAccess?: boolean;
    healthProbeEveryMs?: number;
  } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await makeTempDir());
  const config = testConfig(dataDir, options.config);
  // openAccess: protocol-level sync tests that are not about access control.
  const server = await startServer(config, createLogger(config.logLevel), {
    ...(options.openAccess ? { authorize: allowEveryone } : {}),
    healthProbeEveryMs: options.healthProbeEveryMs,
  });
  return {
    ...server,
    dataDir,
    config,
    wsUrl: `ws://127.0.0.1:${server.port}/collab`,
    async cleanup() {
      await server.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
