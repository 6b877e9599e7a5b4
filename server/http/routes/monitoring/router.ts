import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { importMeasurements } from '../../../domain/monitoring/csvImport';
import {
  addMeasurement,
  createIndicator,
  deleteIndicator,
  deleteMeasurement,
  updateIndicator,
} from '../../../domain/monitoring/monitoring';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { publishMonitoring } from '../../monitoringRoom';
import { mount } from '../../route';

/**
 * Monitoring (issue 19): every member reads (`monitoring.view`); the domain decides who writes
 * (`monitoring.manage`, `monitoring.measure`). After every change the `monitoring:` room is written
 * from the database, so other members see it without reloading.
 */
export function monitoringRouter(deps: RouteDeps): Router {
  const { storage, rooms } = deps;
  const router = Router();
  const publish = (werkgroepId: string) => publishMonitoring(storage, rooms, werkgroepId);
  const member = async (req: Parameters<typeof requireMember>[1], werkgroepId: string) =>
    (await requireMember(storage, req, werkgroepId, 'monitoring.view')).member;

  mount(router, API.getMonitoring, async ({ req, params }) => {
    await member(req, params.werkgroepId);
    return { indicators: await storage.listMonitoring(params.werkgroepId) };
  });
  mount(router, API.createIndicator, async ({ req, params, body }) => {
    const indicator = await createIndicator(
      deps,
      params.werkgroepId,
      await member(req, params.werkgroepId),
      body,
    );
    await publish(params.werkgroepId);
    return indicator;
  });
  mount(router, API.updateIndicator, async ({ req, params, body }) => {
    const who = await member(req, params.werkgroepId);
    const indicator = await updateIndicator(deps, params.werkgroepId, who, params.indicatorId, body);
    await publish(params.werkgroepId);
    return indicator;
  });
  mount(router, API.deleteIndicator, async ({ req, params }) => {
    await deleteIndicator(
      deps,
      params.werkgroepId,
      await member(req, params.werkgroepId),
      params.indicatorId,
    );
    await publish(params.werkgroepId);
    return undefined;
  });
  mount(router, API.addMeasurement, async ({ req, params, body }) => {
    const who = await member(req, params.werkgroepId);
    const measurement = await addMeasurement(deps, params.werkgroepId, who, params.indicatorId, body);
    await publish(params.werkgroepId);
    return measurement;
  });
  mount(router, API.deleteMeasurement, async ({ req, params }) => {
    await deleteMeasurement(
      deps,
      params.werkgroepId,
      await member(req, params.werkgroepId),
      params.measurementId,
    );
    await publish(params.werkgroepId);
    return undefined;
  });
  mount(router, API.importMeasurements, async ({ req, params, body }) => {
    const result = await importMeasurements(
      deps,
      params.werkgroepId,
      await member(req, params.werkgroepId),
      body,
    );
    await publish(params.werkgroepId);
    return result;
  });
  return router;
}
