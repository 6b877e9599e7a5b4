import { z } from 'zod';
import { importRequestSchema, importResultSchema } from '../monitoring/importRequest';
import {
  createIndicatorSchema,
  createMeasurementSchema,
  indicatorSchema,
  measurementSchema,
  monitoringViewSchema,
  updateIndicatorSchema,
} from '../monitoring/indicator';
import { idSchema } from '../schemas/common';
import type { RouteDef } from './routes';

const BASE = '/api/werkgroepen/:werkgroepId/monitoring';
const werkgroepParams = z.object({ werkgroepId: idSchema });
const indicatorParams = z.object({ werkgroepId: idSchema, indicatorId: idSchema });
const measurementParams = z.object({ werkgroepId: idSchema, measurementId: idSchema });

/** Monitoring (issue 19); part of API in routes.ts. Changes also reach the `monitoring:` room. */
export const MONITORING_API = {
  getMonitoring: {
    method: 'get',
    path: BASE,
    summary: 'Every indicator of the werkgroep with its measurements',
    auth: 'member',
    params: werkgroepParams,
    response: monitoringViewSchema,
  },
  createIndicator: {
    method: 'post',
    path: `${BASE}/indicators`,
    summary: 'Define an indicator for an ambition (facilitator)',
    auth: 'member',
    params: werkgroepParams,
    body: createIndicatorSchema,
    response: indicatorSchema,
    status: 201,
  },
  updateIndicator: {
    method: 'patch',
    path: `${BASE}/indicators/:indicatorId`,
    summary: 'Change an indicator; only the given fields, its measurements stay (facilitator)',
    auth: 'member',
    params: indicatorParams,
    body: updateIndicatorSchema,
    response: indicatorSchema,
  },
  deleteIndicator: {
    method: 'delete',
    path: `${BASE}/indicators/:indicatorId`,
    summary: 'Remove an indicator with its measurements (facilitator)',
    auth: 'member',
    params: indicatorParams,
  },
  addMeasurement: {
    method: 'post',
    path: `${BASE}/indicators/:indicatorId/measurements`,
    summary: 'Add one measurement (facilitator, officials, partners)',
    auth: 'member',
    params: indicatorParams,
    body: createMeasurementSchema,
    response: measurementSchema,
    status: 201,
  },
  deleteMeasurement: {
    method: 'delete',
    path: `${BASE}/measurements/:measurementId`,
    summary: 'Remove one measurement (facilitator, officials, partners)',
    auth: 'member',
    params: measurementParams,
  },
  importMeasurements: {
    method: 'post',
    path: `${BASE}/import`,
    summary:
      'Import measurements from CSV (the plain template or the CBS/GGD StatLine layout), all or nothing; bad rows are named by line and column (csv_invalid)',
    auth: 'member',
    params: werkgroepParams,
    body: importRequestSchema,
    response: importResultSchema,
  },
} as const satisfies Record<string, RouteDef>;
