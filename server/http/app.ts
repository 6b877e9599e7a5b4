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

export function createApp({ storage, logger, clientDir }: AppOptions): Express {
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

  const index = path.join(clientDir, 'index.html');
  if (fs.existsSync(index)) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes: every other GET that wants HTML gets the app shell.
    app.get('/{*path}', (req, res, next) => {
      if (!req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  } else {
    logger.warn({ clientDir }, 'no built client found; serving the API only (run `npm run build`)');
  }
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
