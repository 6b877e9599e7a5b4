import { Router } from 'express';
import type { HealthMonitor } from './monitor';

/**
 * `GET /healthz`: 200 `{status:'ok'}` while storage writes and its data is intact, 503
 * `{status:'unavailable'}` otherwise, with what was checked under `checks` (HealthMonitor).
 */
export function healthRouter(monitor: HealthMonitor): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const health = await monitor.check();
    res.setHeader('Cache-Control', 'no-store');
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });
  return router;
}
