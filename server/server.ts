import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { createApp } from './http/app';
import { createLogger, type Logger } from './logger';
import type { Storage } from './storage/Storage';
import { openSqliteStorage } from './storage/sqlite';
import { SyncServer } from './sync/SyncServer';

export interface RunningServer {
  url: string;
  port: number;
  storage: Storage;
  sync: SyncServer;
  logger: Logger;
  /** [SYNC9] Stop accepting, store everything, close the database. */
  stop(): Promise<void>;
}

/** Opens storage and starts HTTP + websocket on one port. */
export async function startServer(
  config: Config,
  logger: Logger = createLogger(config.logLevel),
): Promise<RunningServer> {
  const storage = openSqliteStorage({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous });
  const sync = new SyncServer({
    storage,
    logger,
    compactAfterUpdates: config.compactAfterUpdates,
    compactAfterBytes: config.compactAfterBytes,
    unloadAfterMs: config.unloadAfterMs,
    maxConnectionsPerIp: config.maxConnectionsPerIp,
  });
  const app = createApp({
    storage,
    logger,
    clientDir: config.clientDir,
    theme: { css: config.themeCss, className: config.themeClass },
  });
  const server = http.createServer(app);
  server.on('upgrade', (request, socket, head) => {
    if (sync.handles(request)) sync.handleUpgrade(request, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      server.close();
      await sync.stop();
      server.closeAllConnections();
      await storage.close();
      logger.info('stopped; everything is stored');
    })();
    return stopping;
  };
  return { url, port, storage, sync, logger, stop };
}
