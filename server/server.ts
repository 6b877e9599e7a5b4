import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { parseRoomName } from '../shared/sync/rooms';
import { AdminSetup } from './auth/adminSetup';
import type { SharedState } from './cluster/sharedState';
import type { Config } from './config';
import { crashPoint } from './crashPoint';
import { createApp } from './http/app';
import { reconcileRoom } from './http/roomState';
import { HealthMonitor } from './http/routes/health/monitor';
import { createLogger, type Logger } from './logger';
import { clientAddress, compileTrust } from './net/clientAddress';
import { chooseJoinAddress, currentInterfaces } from './net/publicAddress';
import { openStorage } from './storage/openStorage';
import type { Storage } from './storage/Storage';
import { createAuthorize } from './sync/authorize';
import type { Relay } from './sync/relay';
import { SyncServer } from './sync/SyncServer';
import type { Authorize } from './sync/types';

export interface RunningServer {
  url: string;
  port: number;
  storage: Storage;
  sync: SyncServer;
  logger: Logger;
  app: Express;
  /** Without ADMIN_TOKEN: the one-time link that makes its first visitor instance admin. */
  setupLink: string | null;
  /** [SYNC9] Stop accepting, store everything, close the database. */
  stop(): Promise<void>;
}

/**
 * [SYNC10] Loaded only with REDIS_URL, so a single process never even loads the Redis client: the
 * relay between instances and the state they share (rate limits, wrong secrets, update budgets,
 * export slots).
 */
async function openScaleOut(config: Config, url: string, logger: Logger) {
  const [{ RedisRelay }, { openSharedState }] = await Promise.all([
    import('./sync/redisRelay'),
    import('./cluster/sharedState'),
  ]);
  const shared: SharedState = openSharedState({
    url,
    prefix: config.redisKeyPrefix,
    logger,
    exportJobs: config.exportClusterJobs,
  });
  const relay: Relay = new RedisRelay(url, logger, config.redisKeyPrefix, shared.status);
  return { relay, shared };
}

/** Websocket upgrades go to the sync server; resolves once the server listens. */
async function listen(server: http.Server, sync: SyncServer, config: Config, logger: Logger): Promise<void> {
  server.on('upgrade', (request, socket, head) => {
    // Node removes its own error listener before 'upgrade': without one, a peer resetting the
    // connection now would be an uncaught error that stops the process.
    socket.on('error', () => socket.destroy());
    try {
      if (sync.handles(request)) sync.handleUpgrade(request, socket, head);
      else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    } catch (err) {
      logger.error({ err }, 'websocket upgrade failed');
      socket.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Opens storage and starts HTTP + websocket on one port. */
export async function startServer(
  config: Config,
  logger: Logger = createLogger(config.logLevel),
  overrides: { authorize?: Authorize; healthProbeEveryMs?: number } = {},
): Promise<RunningServer> {
  const storage = await openStorage(config);
  const adminSetup = new AdminSetup(!config.adminToken);
  const trust = compileTrust(config.trustProxy);
  // [SYNC10] Only with REDIS_URL: a single process never loads or touches Redis.
  const scaleOut = config.redisUrl ? await openScaleOut(config, config.redisUrl, logger) : null;
  const relay = scaleOut?.relay ?? null;
  const sync = new SyncServer({
    clientAddress: (request) => clientAddress(request, trust),
    authorize: overrides.authorize ?? createAuthorize(storage, config.adminToken),
    storage,
    logger,
    compactAfterUpdates: config.compactAfterUpdates,
    compactAfterBytes: config.compactAfterBytes,
    unloadAfterMs: config.unloadAfterMs,
    maxConnectionsPerIp: config.maxConnectionsPerIp,
    reconcile: (room) => reconcileRoom(storage, room),
    ...(scaleOut ? { relay: scaleOut.relay, budgetShare: scaleOut.shared.budgets } : {}),
  });
  const health = new HealthMonitor({
    storage,
    logger,
    lastCommit: () => sync.stats().lastCommit,
    ...(relay ? { redis: relay } : {}),
    probeEveryMs: overrides.healthProbeEveryMs,
  });
  // Known once the server listens (PORT 0 picks a free port).
  let listeningPort = config.port;
  const app = createApp({
    storage,
    logger,
    clientDir: config.clientDir,
    theme: { css: config.themeCss, className: config.themeClass },
    adminToken: config.adminToken,
    adminSetup,
    rightsChanged: (memberId) => {
      sync.closeMember(memberId);
    },
    rateLimitPerMinute: config.rateLimitPerMinute,
    secretMissesPerHour: config.secretMissesPerHour,
    joinCodeMissesPerHour: config.joinCodeMissesPerHour,
    mapStyleUrl: config.mapStyleUrl,
    trust,
    joinAddress: (requestOrigin) =>
      chooseJoinAddress({
        publicUrl: config.publicUrl,
        host: config.host,
        port: listeningPort,
        requestOrigin,
        interfaces: currentInterfaces(),
      }),
    health,
    ...(scaleOut ? { shared: scaleOut.shared } : {}),
    rooms: {
      write: (name, change) => {
        crashPoint(`before-room-write:${parseRoomName(name)?.kind}`);
        return sync.write(name, change);
      },
      read: (name, read) => sync.read(name, read),
      closeRoom: (name, which) => sync.closeRoom(name, which),
    },
  });
  const server = http.createServer(app);
  await listen(server, sync, config, logger);
  health.start();
  const port = (server.address() as AddressInfo).port;
  listeningPort = port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      server.close();
      await sync.stop();
      await health.stop();
      await scaleOut?.shared.stop();
      server.closeAllConnections();
      await storage.close();
      logger.info('stopped; everything is stored');
    })();
    return stopping;
  };
  const setupLink = adminSetup.link ? `${url}${adminSetup.link}` : null;
  return { url, port, storage, sync, logger, stop, setupLink, app };
}
