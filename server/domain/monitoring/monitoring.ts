import {
  type CreateIndicator,
  type CreateMeasurement,
  createIndicatorSchema,
  type Indicator,
  type Measurement,
  MONITORING_LIMITS,
  type UpdateIndicator,
} from '../../../shared/monitoring/indicator';
import { type Action, can } from '../../../shared/permissions';
import { newId } from '../../auth/tokens';
import type { Storage } from '../../storage/Storage';
import type { MemberRow } from '../../storage/WorkspaceStore';
import type { DomainDeps } from '../deps';
import { DomainError } from '../errors';

/**
 * Monitoring (issue 19): the facilitator defines indicators (`monitoring.manage`); the facilitator,
 * officials and partners add figures (`monitoring.measure`, see shared/roles.ts for why).
 */
export function mayDo(member: MemberRow, action: Action): void {
  if (!can(member.role, action)) throw new DomainError('forbidden');
}

/**
 * Changes of one werkgroep's monitoring run one after the other (across instances, by the storage's
 * lock): the limits are counted and then written, and a concurrent import in between would pass them.
 */
export async function serially<T>(storage: Storage, werkgroepId: string, work: () => Promise<T>): Promise<T> {
  const lock = await storage.lockRoom(`monitoringrows:${werkgroepId}`);
  try {
    return await work();
  } finally {
    await lock.release();
  }
}

/** An ambition is a section of one of the werkgroep's own documents. */
async function checkSection(storage: Storage, werkgroepId: string, sectionId: string): Promise<void> {
  const section = await storage.getSection(sectionId);
  const document = section ? await storage.getDocument(section.documentId) : null;
  if (document?.werkgroepId !== werkgroepId)
    throw new DomainError('validation_failed', [
      { path: 'sectionId', message: 'not a section of this werkgroep' },
    ]);
}

/** A new indicator (the facilitator); refused past MONITORING_LIMITS.indicatorsPerWerkgroep. */
export async function createIndicator(
  deps: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  input: CreateIndicator,
): Promise<Indicator> {
  mayDo(member, 'monitoring.manage');
  await checkSection(deps.storage, werkgroepId, input.sectionId);
  return serially(deps.storage, werkgroepId, async () => {
    const all = await deps.storage.listMonitoring(werkgroepId);
    if (all.length >= MONITORING_LIMITS.indicatorsPerWerkgroep)
      throw new DomainError('limit_reached', undefined, { max: MONITORING_LIMITS.indicatorsPerWerkgroep });
    const indicator = withLabels({ ...input, id: newId(), createdBy: member.id, createdAt: Date.now() });
    await deps.storage.createIndicator(werkgroepId, indicator);
    return indicator;
  });
}

/** Only `other` keeps its words: a label for a listed unit or source would never be shown. */
const withLabels = (i: Indicator): Indicator => ({
  ...i,
  unitLabel: i.unit === 'other' ? i.unitLabel : '',
  sourceLabel: i.source === 'other' ? i.sourceLabel : '',
});

/**
 * Changes the given fields of an indicator (the facilitator); its measurements stay. The indicator as it
 * will be is checked whole (a switch to `other` needs its label), so a partial change cannot break it.
 */
export async function updateIndicator(
  deps: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  indicatorId: string,
  change: UpdateIndicator,
): Promise<Indicator> {
  mayDo(member, 'monitoring.manage');
  const current = await deps.storage.getIndicator(werkgroepId, indicatorId);
  if (!current) throw new DomainError('not_found');
  if (change.sectionId !== undefined && change.sectionId !== current.sectionId)
    await checkSection(deps.storage, werkgroepId, change.sectionId);
  const merged = { ...current, ...change };
  const checked = createIndicatorSchema.safeParse(merged);
  if (!checked.success)
    throw new DomainError(
      'validation_failed',
      checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  const indicator = withLabels(merged);
  if (!(await deps.storage.updateIndicator(werkgroepId, indicator))) throw new DomainError('not_found');
  return indicator;
}

/** Removes an indicator with its figures (the facilitator). */
export async function deleteIndicator(
  deps: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  indicatorId: string,
): Promise<void> {
  mayDo(member, 'monitoring.manage');
  if (!(await deps.storage.deleteIndicator(werkgroepId, indicatorId))) throw new DomainError('not_found');
}

/** New measurements as stored rows. */
export const measurementsFrom = (
  rows: readonly (CreateMeasurement & { indicatorId: string })[],
): Measurement[] => {
  const at = Date.now();
  return rows.map((r) => ({
    id: newId(),
    indicatorId: r.indicatorId,
    series: r.series,
    date: r.date,
    value: r.value,
    note: r.note,
    createdAt: at,
  }));
};

/** How many measurements each indicator would have after adding `rows`; the first one over the limit. */
export function overLimit(
  current: readonly { id: string; measurements: readonly unknown[] }[],
  rows: readonly { indicatorId: string }[],
): string | null {
  const count = new Map(current.map((i) => [i.id, i.measurements.length]));
  for (const r of rows) {
    const n = (count.get(r.indicatorId) ?? 0) + 1;
    count.set(r.indicatorId, n);
    if (n > MONITORING_LIMITS.measurementsPerIndicator) return r.indicatorId;
  }
  return null;
}

/** One measurement typed in by hand (facilitator, officials, partners). */
export async function addMeasurement(
  deps: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  indicatorId: string,
  input: CreateMeasurement,
): Promise<Measurement> {
  mayDo(member, 'monitoring.measure');
  return serially(deps.storage, werkgroepId, async () => {
    const all = await deps.storage.listMonitoring(werkgroepId);
    if (!all.some((i) => i.id === indicatorId)) throw new DomainError('not_found');
    if (overLimit(all, [{ indicatorId }]))
      throw new DomainError('limit_reached', undefined, { max: MONITORING_LIMITS.measurementsPerIndicator });
    const [measurement] = measurementsFrom([{ ...input, indicatorId }]);
    if (!measurement) throw new Error('no measurement made');
    await deps.storage.addMeasurements(werkgroepId, [measurement]);
    return measurement;
  });
}

/** Removes one measurement (facilitator, officials, partners). */
export async function deleteMeasurement(
  deps: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  measurementId: string,
): Promise<void> {
  mayDo(member, 'monitoring.measure');
  if (!(await deps.storage.deleteMeasurement(werkgroepId, measurementId))) throw new DomainError('not_found');
}
