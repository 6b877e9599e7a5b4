import { Router } from 'express';
import type { Health } from '../../../../shared/api/errors';
import type { Storage } from '../../../storage/Storage';

/** `GET /healthz`: 200 when storage answers, 503 otherwise. */
export function healthRouter(storage: Storage): Router {
  const router = Router();
  router.get('/healthz', async (req, res) => {
    try {
      await storage.ping();
      const body: Health = { status: 'ok' };
      res.json(body);
    } catch (err) {
      req.log.warn({ err }, 'health check: storage not reachable');
      const body: Health = { status: 'unavailable' };
      res.status(503).json(body);
    }
  });
  return router;
}
