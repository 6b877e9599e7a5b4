import type * as Y from 'yjs';
import {
  type IndicatorWithMeasurements,
  indicatorWithMeasurementsSchema,
  type MonitoringView,
} from '../monitoring/indicator';
import { sameValue } from './sameValue';

/**
 * The layout of a werkgroep's monitoring room (`monitoring:<werkgroep id>`): each indicator with its
 * measurements under its id in one map, and the indicators' order as a list. Only the server writes it,
 * from the database (after each change, and at every load), setting only what differs.
 */
const INDICATORS = 'indicators';
const META = 'meta';
const ORDER = 'order';

/** Makes the room say exactly what `view` says, in one transaction. */
export function writeMonitoringRoom(doc: Y.Doc, view: MonitoringView): void {
  doc.transact(() => {
    const map = doc.getMap<unknown>(INDICATORS);
    const keep = new Set(view.indicators.map((i) => i.id));
    for (const id of [...map.keys()]) if (!keep.has(id)) map.delete(id);
    for (const i of view.indicators) if (!sameValue(map.get(i.id), i)) map.set(i.id, structuredClone(i));
    const order = view.indicators.map((i) => i.id);
    const meta = doc.getMap<unknown>(META);
    if (!sameValue(meta.get(ORDER), order)) meta.set(ORDER, order);
  });
}

/** The monitoring as the room has it (entries that do not parse are left out). */
export function readMonitoringRoom(doc: Y.Doc): MonitoringView {
  const map = doc.getMap<unknown>(INDICATORS);
  const order = doc.getMap<unknown>(META).get(ORDER);
  const ids = Array.isArray(order) ? order.filter((id): id is string => typeof id === 'string') : [];
  const indicators: IndicatorWithMeasurements[] = [];
  for (const id of ids) {
    const parsed = indicatorWithMeasurementsSchema.safeParse(map.get(id));
    if (parsed.success) indicators.push(parsed.data);
  }
  return { indicators };
}

/** Has the room been written at least once (an empty monitoring too)? */
export const monitoringRoomSynced = (doc: Y.Doc): boolean => doc.getMap<unknown>(META).has(ORDER);
