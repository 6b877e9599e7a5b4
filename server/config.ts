import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './net/clientAddress';
import { databaseUrlProblem } from './storage/openStorage';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** PDOK's BRT-Achtergrondkaart (Kadaster) as vector tiles: the map's background unless MAP_STYLE_URL says otherwise. */
export const DEFAULT_MAP_STYLE_URL =
  'https://api.pdok.nl/kadaster/brt-achtergrondkaart/ogc/v1/styles/standaard__webmercatorquad?f=mapbox';

/** A MAP_STYLE_URL: unset is PDOK's, `none` a plain background (no requests elsewhere: offline, tests). */
function mapStyleUrl(value: string | undefined, ctx: z.RefinementCtx): string | null {
  const v = value?.trim() ?? '';
  if (v === '') return DEFAULT_MAP_STYLE_URL;
  if (v === 'none') return null;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    ctx.issues.push({ code: 'custom', message: `not an address: "${v}" (or write none)`, input: value });
    return z.NEVER;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    ctx.issues.push({ code: 'custom', message: 'must start with https:// or http://', input: value });
    return z.NEVER;
  }
  return url.href;
}

/** The server's configuration, read from the environment once at boot. */
export const configSchema = z.object({
  PORT: int(0, 65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Folder with the built client (vite build); not served when missing. */
  CLIENT_DIR: z.string().min(1).default('./dist/client'),
  /** Fold a document's update log into a snapshot after this many updates… */
  COMPACT_AFTER_UPDATES: int(10, 1_000_000).default(500),
  /** …or this many bytes. */
  COMPACT_AFTER_BYTES: int(1024, 1024 * 1024 * 1024).default(4 * 1024 * 1024),
  /** Drop a document from memory this long after its last connection closed. */
  UNLOAD_AFTER_MS: int(0, 3_600_000).default(5_000),
  MAX_CONNECTIONS_PER_IP: int(1, 100_000).default(500),
  /**
   * Which peers are our proxies, whose X-Forwarded-For names the client: unset trusts nobody (the
   * socket's address counts); a hop count; or addresses, subnets and loopback/linklocal/uniquelocal.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const parsed = parseTrustProxy(value);
      if (typeof parsed === 'string') {
        ctx.issues.push({ code: 'custom', message: parsed, input: value });
        return z.NEVER;
      }
      return parsed;
    }),
  /**
   * PostgreSQL instead of the embedded SQLite (postgres:// or postgresql://). Unset: SQLite in DATA_DIR.
   * An invalid value is refused without being repeated (it may hold a password).
   */
  DATABASE_URL: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return null;
      const problem = databaseUrlProblem(value.trim());
      if (problem) {
        ctx.issues.push({ code: 'custom', message: problem, input: '(hidden)' });
        return z.NEVER;
      }
      return value.trim();
    }),
  /** FULL: every commit is fsynced (survives power loss). NORMAL: survives a process crash only. */
  SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  /** Bearer token for the admin API; when unset, a one-time setup link is printed at start. */
  ADMIN_TOKEN: z.string().min(24, 'use at least 24 characters').optional(),
  /** Requests per minute per address for joining through an invite and for admin actions. */
  RATE_LIMIT_PER_MINUTE: int(1, 100_000).default(30),
  /** Wrong codes, invite links, setup links or bearer tokens one address may send per hour. */
  SECRET_MISSES_PER_HOUR: int(1, 1_000_000).default(20),
  /** Wrong join codes per hour from everyone together; past it, joining by code pauses (see README). */
  JOIN_CODE_MISSES_PER_HOUR: int(1, 1_000_000).default(300),
  /**
   * The address people open the app at from other devices (`https://wijk.example.nl`): the join
   * address and QR code on the room screen, and invite links. Unset: see server/net/publicAddress.ts.
   */
  PUBLIC_URL: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return null;
      const problem = publicUrlProblem(value.trim());
      if (problem) {
        ctx.issues.push({ code: 'custom', message: problem, input: value });
        return z.NEVER;
      }
      return new URL(value.trim()).origin;
    }),
  /** A design-token CSS file (NL Design System theme) to use instead of the default voorbeeld theme… */
  THEME_CSS: z.string().min(1).optional(),
  /** …and the class name its tokens are scoped to. */
  THEME_CLASS: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, 'a CSS class name')
    .default('voorbeeld-theme'),
  /**
   * [SYNC10] Redis shared by several instances (`redis://host:6379`): rooms' updates, presence and
   * rights changes are relayed between them. Unset: one process, no Redis at all.
   */
  REDIS_URL: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? null : value.trim()))
    .refine(
      (value) => value === null || /^rediss?:\/\//.test(value),
      'must start with redis:// or rediss://',
    ),
  /** [SYNC10] Start of every Redis key, so several deployments (or tests) can share one Redis. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'letters, digits and _ . : - (at most 64)')
    .default('wijkatelier:'),
  /** [SYNC10] With REDIS_URL: export jobs running or waiting across all instances together. */
  EXPORT_CLUSTER_JOBS: int(1, 10_000).default(8),
  /** The network map's background: a MapLibre style URL; unset: PDOK's BRT-Achtergrondkaart; none: plain. */
  MAP_STYLE_URL: z.string().optional().transform(mapStyleUrl),
});

/** What is wrong with a PUBLIC_URL, in words an admin can act on; null when it is good. */
function publicUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `not an address: "${value}" (write it in full, e.g. https://wijk.example.nl)`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must start with http:// or https://';
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.pathname !== '/' || url.search || url.hash)
    return 'only scheme, host and port (e.g. https://wijk.example.nl): the app does not run under a path';
  return null;
}

export type RawConfig = z.infer<typeof configSchema>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  clientDir: string;
  compactAfterUpdates: number;
  compactAfterBytes: number;
  unloadAfterMs: number;
  maxConnectionsPerIp: number;
  /** Whose X-Forwarded-For to believe (rate limits and connections per address). */
  trustProxy: TrustProxy;
  sqliteSynchronous: 'FULL' | 'NORMAL';
  /** DATABASE_URL: PostgreSQL storage when set (never log it: it may hold a password); null for SQLite. */
  databaseUrl: string | null;
  /** Absolute path of the theme's token CSS. */
  themeCss: string;
  themeClass: string;
  adminToken: string | null;
  rateLimitPerMinute: number;
  secretMissesPerHour: number;
  joinCodeMissesPerHour: number;
  /** PUBLIC_URL's origin (no trailing slash), or null. */
  publicUrl: string | null;
  /** REDIS_URL, or null for a single instance. */
  redisUrl: string | null;
  redisKeyPrefix: string;
  exportClusterJobs: number;
  /** The map's MapLibre style URL, or null for a plain background (MAP_STYLE_URL=none). */
  mapStyleUrl: string | null;
}

/** The openly licensed (EUPL) NL Design System example theme. */
export const DEFAULT_THEME_CSS = fileURLToPath(
  import.meta.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
);

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = result.data;
  if (c.THEME_CSS && !fs.existsSync(c.THEME_CSS)) {
    throw new ConfigError(`Invalid configuration:\n  THEME_CSS: file not found: ${c.THEME_CSS}`);
  }
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.DATA_DIR),
    logLevel: c.LOG_LEVEL,
    clientDir: path.resolve(c.CLIENT_DIR),
    compactAfterUpdates: c.COMPACT_AFTER_UPDATES,
    compactAfterBytes: c.COMPACT_AFTER_BYTES,
    unloadAfterMs: c.UNLOAD_AFTER_MS,
    maxConnectionsPerIp: c.MAX_CONNECTIONS_PER_IP,
    trustProxy: c.TRUST_PROXY,
    sqliteSynchronous: c.SQLITE_SYNCHRONOUS,
    databaseUrl: c.DATABASE_URL ?? null,
    themeCss: c.THEME_CSS ? path.resolve(c.THEME_CSS) : DEFAULT_THEME_CSS,
    themeClass: c.THEME_CLASS,
    adminToken: c.ADMIN_TOKEN ?? null,
    rateLimitPerMinute: c.RATE_LIMIT_PER_MINUTE,
    secretMissesPerHour: c.SECRET_MISSES_PER_HOUR,
    joinCodeMissesPerHour: c.JOIN_CODE_MISSES_PER_HOUR,
    publicUrl: c.PUBLIC_URL ?? null,
    redisUrl: c.REDIS_URL ?? null,
    redisKeyPrefix: c.REDIS_KEY_PREFIX,
    exportClusterJobs: c.EXPORT_CLUSTER_JOBS,
    mapStyleUrl: c.MAP_STYLE_URL,
  };
}
