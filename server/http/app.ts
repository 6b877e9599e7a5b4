import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type Request, type RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { API } from '../../shared/api/routes';
import { IMPORT_BODY_BYTES } from '../../shared/monitoring/importRequest';
import type { JoinAddress } from '../../shared/net/joinAddress';
import { OUTLINE_LIMITS } from '../../shared/network/outline';
import { UITVOERING_LIMITS } from '../../shared/uitvoering/actie';
import type { AdminSetup } from '../auth/adminSetup';
import type { SharedState } from '../cluster/sharedState';
import { exportRunner } from '../export/runner';
import { clientAddress, type Trust } from '../net/clientAddress';
import { redactUrl } from '../net/redact';
import type { Storage } from '../storage/Storage';
import { authMiddleware } from './context';
import type { RouteDeps } from './deps';
import { errorBody, errorHandler, malformedUrlHandler, notFoundHandler } from './errors';
import { openApiDocument } from './openapi';
import { publicBase } from './publicBase';
import { akkoordRouter } from './routes/akkoord/router';
import { boardsRouter } from './routes/boards/router';
import { documentsRouter } from './routes/documents/router';
import { EXPORT_QUEUE, exportsRouter } from './routes/exports/router';
import type { HealthMonitor } from './routes/health/monitor';
import { healthRouter } from './routes/health/router';
import { invitesRouter } from './routes/invites/router';
import { meetingsRouter } from './routes/meetings/router';
import { membersRouter } from './routes/members/router';
import { monitoringRouter } from './routes/monitoring/router';
import { networkRouter } from './routes/network/router';
import { sessionRouter } from './routes/session/router';
import { threadsRouter } from './routes/threads/router';
import { uitvoeringRouter } from './routes/uitvoering/router';
import { versionsRouter } from './routes/versions/router';
import { votesRouter } from './routes/votes/router';
import { werkgroepenRouter } from './routes/werkgroepen/router';
import { questionLimiter } from './routes/wijkpagina/public';
import { wijkpaginaRouter } from './routes/wijkpagina/router';
import { SecretGuard } from './secretGuard';
import { CompressedBody, staticClient } from './staticClient';

/** A photo's bytes as base64 (4/3) with room for the text. */
const UITVOERING_JSON_LIMIT = Math.ceil((UITVOERING_LIMITS.photoBytes * 4) / 3) + 16 * 1024;

export interface AppOptions {
  storage: Storage;
  logger: Logger;
  /** Folder with the built client; skipped when it does not exist (API-only, as in tests). */
  clientDir: string;
  /** The deployment's design tokens (served as /theme.css) and the class they are scoped to. */
  theme: { css: string; className: string };
  adminToken: string | null;
  adminSetup: AdminSetup;
  rightsChanged: (memberId: string) => void;
  rooms: RouteDeps['rooms'];
  /** Requests per minute per address for joining, previews of codes and for admin actions. */
  rateLimitPerMinute: number;
  /** Secrets that matched nothing, per address per hour, and join codes from everyone per hour. */
  secretMissesPerHour: number;
  joinCodeMissesPerHour: number;
  /** MAP_STYLE_URL (null: a plain background): the map's style, and the one other host the CSP allows. */
  mapStyleUrl: string | null;
  health: HealthMonitor;
  /** Which hops are our proxies (TRUST_PROXY): decides req.ip, req.secure and req.protocol. */
  trust: Trust;
  /** The join address for a request, given the address it used (scheme, host and port). */
  joinAddress: (requestOrigin: string) => JoinAddress;
  /** [SYNC10] With REDIS_URL: rate limits and the export queue counted across all instances. */
  shared?: SharedState;
}

let nextRequestId = 1;

/**
 * One log line per request, with a request id; never the client's address, headers or body, and the
 * path only as `redactUrl` shows it (no invite or join codes, no query).
 */
function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    req.log = logger.child({ req: nextRequestId++ });
    res.on('finish', () => {
      const level = res.statusCode >= 500 ? 'error' : 'info';
      req.log[level](
        {
          method: req.method,
          path: redactUrl(req.originalUrl),
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    });
    next();
  };
}

/**
 * Security headers by helmet; the policy allows exactly what the app loads: all from itself, and the
 * map's style, tiles, glyphs and sprites from the host of MAP_STYLE_URL (none without one). MapLibre's
 * worker is a module served from 'self' (client/features/network/map/loadMapLibre.ts): no blob: workers.
 */
const securityHeaders = (mapStyleUrl: string | null) => {
  const mapHost = mapStyleUrl ? [new URL(mapStyleUrl).origin] : [];
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // 'self' covers the app's own ws:/wss: origin (CSP Level 3; Chromium, Firefox and Safari do so).
        connectSrc: ["'self'", ...mapHost],
        // Carets, presence chips and the editor set colours in style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', ...mapHost],
        workerSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // The app is served over plain http inside a room's network too.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'same-origin' },
  });
};

function limiter(perMinute: number, store?: Store): RequestHandler {
  return rateLimit({
    // [SYNC10] Without a store (one process) express-rate-limit counts in memory, as it always did.
    ...(store ? { store } : {}),
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json(errorBody('rate_limited'));
    },
  });
}

/**
 * A file's text as `shape` makes it (the app shell with this deployment's theme class on <html>,
 * the theme's tokens); re-read when the file changes (a new build lands, the theme is edited).
 */
function fileText(file: string, shape: (text: string) => string): () => string {
  let cached = { mtimeMs: -1, text: '' };
  return () => {
    const { mtimeMs } = fs.statSync(file);
    if (mtimeMs !== cached.mtimeMs) cached = { mtimeMs, text: shape(fs.readFileSync(file, 'utf8')) };
    return cached.text;
  };
}

const NO_CACHE = new Set(['/sw.js', '/precache.json']);

/**
 * Routes whose bodies are larger than any other, each with its own limit, read before the general one:
 * a wijkgrens (GeoJSON from PDOK or CBS), a CSV import with its file (the file itself is held to
 * MONITORING_LIMITS.csvBytes by the domain, with its own error code), and an actie's update with a photo
 * (base64; the photo's bytes are checked again).
 */
function largeBodies(app: Express): void {
  app.put(API.putOutline.path, express.json({ limit: OUTLINE_LIMITS.uploadBytes }));
  app.post(API.importMeasurements.path, express.json({ limit: IMPORT_BODY_BYTES }));
  app.post(API.addVoortgang.path, express.json({ limit: UITVOERING_JSON_LIMIT }));
}

/** Every resource's router, in the order they are tried. */
function apiRouters(deps: RouteDeps, options: AppOptions) {
  return [
    sessionRouter(deps),
    werkgroepenRouter(deps),
    membersRouter(deps),
    invitesRouter(deps),
    documentsRouter(deps),
    threadsRouter(deps),
    versionsRouter(deps),
    votesRouter(deps),
    boardsRouter(deps),
    meetingsRouter(deps),
    networkRouter(deps),
    akkoordRouter(deps),
    monitoringRouter(deps),
    uitvoeringRouter(deps),
    wijkpaginaRouter(deps, questionLimiter(options.shared?.rateLimitStore('question'))),
    exportsRouter(
      deps,
      options.shared ? exportRunner({ ...EXPORT_QUEUE, slots: options.shared.exportSlots }) : undefined,
    ),
  ];
}

/** What the routers share: storage, rooms, the rate limits (per instance, or across all with Redis), the guard. */
function routeDeps(options: AppOptions): RouteDeps {
  const { storage, logger } = options;
  return {
    storage,
    logger,
    adminSetup: options.adminSetup,
    rightsChanged: options.rightsChanged,
    rooms: options.rooms,
    joinAddress: (req) => options.joinAddress(publicBase(req)),
    limits: {
      join: limiter(options.rateLimitPerMinute, options.shared?.rateLimitStore('join')),
      preview: limiter(options.rateLimitPerMinute, options.shared?.rateLimitStore('preview')),
      admin: limiter(options.rateLimitPerMinute, options.shared?.rateLimitStore('admin')),
    },
    mapStyleUrl: options.mapStyleUrl,
    guard: new SecretGuard({
      missesPerAddressPerHour: options.secretMissesPerHour,
      joinCodeMissesPerHour: options.joinCodeMissesPerHour,
      ...(options.shared ? { shared: options.shared.misses } : {}),
    }),
  };
}

export function createApp(options: AppOptions): Express {
  const { storage, logger, clientDir, theme } = options;
  const app = express();
  app.disable('x-powered-by');
  // One rule for the client's address, the same as at the websocket upgrade: X-Forwarded-For (and
  // -Proto) count only from a trusted proxy, so nobody picks their own address past the rate limits.
  app.set('trust proxy', options.trust);
  Object.defineProperty(app.request, 'ip', {
    configurable: true,
    get(this: Request) {
      return clientAddress(this, options.trust);
    },
  });
  app.use(requestLogger(logger));
  app.use(securityHeaders(options.mapStyleUrl));
  app.use(malformedUrlHandler);
  app.use(healthRouter(options.health));

  const deps = routeDeps(options);
  const openApi = openApiDocument('1');
  largeBodies(app);
  app.use('/api', express.json({ limit: '256kb' }), authMiddleware(storage, options.adminToken, deps.guard));
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  app.use(apiRouters(deps, options));
  app.use('/api', notFoundHandler);

  const themeCss = fileText(theme.css, (css) => css);
  const themeBody = new CompressedBody();
  app.get('/theme.css', async (req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    await themeBody.send(res, req.get('accept-encoding'), themeCss(), 'css');
  });

  const index = path.join(clientDir, 'index.html');
  if (fs.existsSync(index)) {
    const html = fileText(index, (text) =>
      text.replace('class="voorbeeld-theme"', `class="${theme.className}"`),
    );
    const htmlBody = new CompressedBody();
    // Built assets have a content hash in their name; everything else must be revalidated.
    app.use(
      staticClient(clientDir, (name) =>
        name.startsWith('/assets/') && !NO_CACHE.has(name)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      ),
    );
    // Client-side routes: every other GET that wants HTML gets the app shell.
    // A missing file (a name with an extension, or under /assets) is a 404, never the app shell.
    app.get('/{*path}', (req, res, next) => {
      if (!req.accepts('html') || req.path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(req.path))
        return next();
      res.setHeader('Cache-Control', 'no-cache');
      htmlBody.send(res, req.get('accept-encoding'), html(), 'html').catch(next);
    });
  } else {
    logger.warn({ clientDir }, 'no built client found; serving the API only (run `npm run build`)');
  }
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}

type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } };

/** `method path` of every route under /api the app answers (for the OpenAPI test). */
export function mountedApiRoutes(app: Express): string[] {
  const out = new Set<string>();
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route?.path.startsWith('/api/')) {
        for (const method of Object.keys(layer.route.methods)) out.add(`${method} ${layer.route.path}`);
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return [...out];
}
