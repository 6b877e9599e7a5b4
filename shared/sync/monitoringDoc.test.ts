import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { IndicatorWithMeasurements } from '../monitoring/indicator';
import { monitoringRoomSynced, readMonitoringRoom, writeMonitoringRoom } from './monitoringDoc';

const indicator = (id: string, values: number[]): IndicatorWithMeasurements => ({
  id,
  sectionId: 'section1',
  name: `Indicator ${id}`,
  definition: '',
  unit: 'percent',
  unitLabel: '',
  source: 'eigen_telling',
  sourceLabel: '',
  baseline: null,
  target: { value: 70, date: '2030-01-01' },
  direction: 'higher_is_better',
  createdBy: 'member1',
  createdAt: 1,
  measurements: values.map((value, i) => ({
    id: `${id}m${i}`,
    indicatorId: id,
    series: 'wijk',
    date: `${2020 + i}-01-01`,
    value,
    note: '',
    createdAt: 2,
  })),
});

describe('the monitoring room', () => {
  it('reads back what was written, in order; writing the same again changes nothing', () => {
    const doc = new Y.Doc();
    expect(monitoringRoomSynced(doc)).toBe(false);
    const view = { indicators: [indicator('b', [1, 2]), indicator('a', [3])] };
    writeMonitoringRoom(doc, view);
    expect(monitoringRoomSynced(doc)).toBe(true);
    expect(readMonitoringRoom(doc)).toEqual(view);
    let updates = 0;
    doc.on('update', () => updates++);
    writeMonitoringRoom(doc, view);
    expect(updates).toBe(0);
  });

  it('removes what the database no longer has, and keeps an empty monitoring apart from a room never written', () => {
    const doc = new Y.Doc();
    writeMonitoringRoom(doc, { indicators: [indicator('a', [1])] });
    writeMonitoringRoom(doc, { indicators: [] });
    expect(readMonitoringRoom(doc)).toEqual({ indicators: [] });
    expect(monitoringRoomSynced(doc)).toBe(true);
  });
});
