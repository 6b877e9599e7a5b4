import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { Storage } from '../storage/Storage';
import { errorHandler, notFoundHandler } from './errors';
import { healthRouter } from './routes/health/router';

export interface AppOptions {
  storage: Storage;
  logger: Logger;
  /** Folder with the built client; skipped when it does not exist (API-only, as in tests). */
  clientDir: string;
  /** The deployment's design tokens (served as /theme.css) and the class they are scoped to. */
  theme: { css: string; className: string };
}

let nextRequestId = 1;

/** One log line per request, with a request id; never the client's address or body. */
function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    req.log = logger.child({ req: nextRequestId++ });
    res.on('finish', () => {
      const level = res.statusCode >= 500 ? 'error' : 'info';
      req.log[level](
        {
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    });
    next();
  };
}

const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  next();
};

/** The app shell with this deployment's theme class on <html>; re-read when a new build lands. */
function indexHtml(index: string, themeClass: string): () => string {
  let cached = { mtimeMs: -1, html: '' };
  return () => {
    const { mtimeMs } = fs.statSync(index);
    if (mtimeMs !== cached.mtimeMs) {
      const html = fs.readFileSync(index, 'utf8').replace('class="voorbeeld-theme"', `class="${themeClass}"`);
      cached = { mtimeMs, html };
    }
    return cached.html;
  };
}

const NO_CACHE = new Set(['/sw.js', '/precache.json']);

export function createApp({ storage, logger, clientDir, theme }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestLogger(logger));
  app.use(securityHeaders);
  app.use(healthRouter(storage));

  const api = express.Router();
  api.use(express.json({ limit: '256kb' }));
  api.use(notFoundHandler);
  app.use('/api', api);

  app.get('/theme.css', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('text/css').sendFile(theme.css);
  });

  const index = path.join(clientDir, 'index.html');
  if (fs.existsSync(index)) {
    const html = indexHtml(index, theme.className);
    app.use(
      express.static(clientDir, {
        index: false,
        setHeaders(res, file) {
          const name = `/${path.relative(clientDir, file)}`;
          // Built assets have a content hash in their name; everything else must be revalidated.
          const immutable = name.startsWith('/assets/');
          res.setHeader(
            'Cache-Control',
            immutable && !NO_CACHE.has(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      }),
    );
    // Client-side routes: every other GET that wants HTML gets the app shell.
    // A missing file (a name with an extension, or under /assets) is a 404, never the app shell.
    app.get('/{*path}', (req, res, next) => {
      if (!req.accepts('html') || req.path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(req.path))
        return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(html());
    });
  } else {
    logger.warn({ clientDir }, 'no built client found; serving the API only (run `npm run build`)');
  }
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
