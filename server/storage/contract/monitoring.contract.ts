import { expect } from 'vitest';
import type { Indicator, Measurement } from '../../../shared/monitoring/indicator';
import { StorageValueError } from '../values';
import { now, seedWerkgroep, werkgroep } from './fixtures';
import { type ContractRegistry, type ContractScope, describeStore, type StorageFactory } from './harness';

const indicator = (over: Partial<Indicator> = {}): Indicator => ({
  id: 'in1',
  sectionId: 's1',
  name: 'Ervaren gezondheid goed of zeer goed',
  definition: 'Deel van de volwassenen dat de eigen gezondheid goed of zeer goed noemt.',
  unit: 'percent',
  unitLabel: '',
  source: 'ggd_gezondheidsmonitor',
  sourceLabel: '',
  baseline: { value: 61, date: '2022-01-01' },
  target: { value: 70, date: '2030-01-01' },
  direction: 'higher_is_better',
  createdBy: 'm1',
  createdAt: now,
  ...over,
});
const measurement = (over: Partial<Measurement> = {}): Measurement => ({
  id: 'me1',
  indicatorId: 'in1',
  series: 'wijk',
  date: '2022-01-01',
  value: 61.5,
  note: 'GGD 2022',
  createdAt: now,
  ...over,
});

/** STORE-MON1..3: indicators, all-or-nothing measurements, order. */
function monitoringRules(c: ContractScope): void {
  c.rule(
    'STORE-MON1',
    ['createIndicator', 'getIndicator', 'deleteIndicator', 'deleteMeasurement'],
    'indicators read back exactly, per werkgroep; removing one removes its measurements',
    async () => {
      const s = c.storage;
      await s.createWerkgroep(werkgroep({ id: 'w2' }));
      await s.createIndicator('w1', indicator());
      await s.createIndicator('w2', indicator({ name: 'Elders', baseline: null, target: null }));
      expect(await s.getIndicator('w1', 'in1')).toEqual(indicator());
      expect((await s.getIndicator('w2', 'in1'))?.name).toBe('Elders');
      expect(await s.getIndicator('w1', 'nope')).toBeNull();
      await s.addMeasurements('w1', [measurement(), measurement({ id: 'me2', date: '2023-01-01' })]);
      expect(await s.deleteMeasurement('w1', 'me2')).toBe(true);
      expect(await s.deleteMeasurement('w1', 'me2')).toBe(false);
      expect(await s.deleteIndicator('w1', 'in1')).toBe(true);
      expect(await s.deleteIndicator('w1', 'in1')).toBe(false);
      expect(await s.listMonitoring('w1')).toEqual([]);
      expect(await s.listMonitoring('w2')).toHaveLength(1);
      // The measurement went with its indicator: the same id can be used again.
      await s.createIndicator('w1', indicator());
      await s.addMeasurements('w1', [measurement()]);
      expect((await s.listMonitoring('w1'))[0]?.measurements).toEqual([measurement()]);
    },
  );

  c.rule(
    'STORE-MON2',
    ['addMeasurements'],
    'measurements are stored all or nothing: one for an indicator of another werkgroep stores none',
    async () => {
      const s = c.storage;
      await s.createWerkgroep(werkgroep({ id: 'w2' }));
      await s.createIndicator('w1', indicator());
      await s.createIndicator('w2', indicator({ id: 'in2' }));
      const batch = [measurement(), measurement({ id: 'me2', indicatorId: 'in2' })];
      await expect(s.addMeasurements('w1', batch)).rejects.toThrow();
      await expect(s.addMeasurements('w1', [measurement(), measurement()])).rejects.toThrow();
      expect((await s.listMonitoring('w1'))[0]?.measurements).toEqual([]);
      expect((await s.listMonitoring('w2'))[0]?.measurements).toEqual([]);
    },
  );

  c.rule(
    'STORE-MON3',
    ['listMonitoring'],
    'lists indicators oldest first, each with its measurements by date, then by when stored',
    async () => {
      const s = c.storage;
      await s.createIndicator('w1', indicator({ id: 'in2', name: 'Later', createdAt: now + 5 }));
      await s.createIndicator('w1', indicator());
      await s.addMeasurements('w1', [
        measurement({ id: 'a', date: '2024-01-01', value: 66.25 }),
        measurement({ id: 'b', date: '2022-01-01', series: 'gemeente', createdAt: now + 2 }),
        measurement({ id: 'c', date: '2022-01-01', createdAt: now + 1 }),
        measurement({ id: 'd', indicatorId: 'in2', date: '2021-06-30', value: -3 }),
      ]);
      const list = await s.listMonitoring('w1');
      expect(list.map((i) => i.id)).toEqual(['in1', 'in2']);
      expect(list[0]?.measurements.map((m) => [m.id, m.value])).toEqual([
        ['c', 61.5],
        ['b', 61.5],
        ['a', 66.25],
      ]);
      expect(list[1]?.measurements).toEqual([
        measurement({ id: 'd', indicatorId: 'in2', date: '2021-06-30', value: -3 }),
      ]);
      expect(await s.listMonitoring('w-none')).toEqual([]);
    },
  );
}

/** STORE-MON5: changing an indicator. */
function updateRules(c: ContractScope): void {
  c.rule(
    'STORE-MON5',
    ['updateIndicator'],
    'an indicator is replaced in its own werkgroep only; its measurements and its place stay',
    async () => {
      const s = c.storage;
      await s.createWerkgroep(werkgroep({ id: 'w2' }));
      await s.createIndicator('w1', indicator());
      await s.createIndicator('w1', indicator({ id: 'in2', name: 'Later', createdAt: now + 5 }));
      await s.addMeasurements('w1', [measurement()]);
      const changed = indicator({
        name: 'Gezondheid',
        target: { value: 75, date: '2031-01-01' },
        baseline: null,
      });
      expect(await s.updateIndicator('w1', changed)).toBe(true);
      expect(await s.getIndicator('w1', 'in1')).toEqual(changed);
      const list = await s.listMonitoring('w1');
      expect(list.map((i) => i.id)).toEqual(['in1', 'in2']);
      expect(list[0]?.measurements).toEqual([measurement()]);
      expect(await s.updateIndicator('w2', changed)).toBe(false);
      expect(await s.updateIndicator('w1', indicator({ id: 'nope' }))).toBe(false);
      expect(await s.listMonitoring('w2')).toEqual([]);
      await expect(
        s.updateIndicator('w1', indicator({ unit: 'liters' as Indicator['unit'] })),
      ).rejects.toThrow(StorageValueError);
      expect(await s.getIndicator('w1', 'in1')).toEqual(changed);
    },
  );
}

/** STORE-MON4: values outside the shared lists. */
function refusalRules(c: ContractScope): void {
  c.rule(
    'STORE-MON4',
    ['createIndicator', 'addMeasurements'],
    'a unit, source, direction or series outside the shared lists is refused before anything is stored',
    async () => {
      const s = c.storage;
      const bad = (over: Partial<Indicator>) => s.createIndicator('w1', indicator(over));
      await expect(bad({ unit: 'liters' as Indicator['unit'] })).rejects.toThrow(StorageValueError);
      await expect(bad({ source: 'roddel' as Indicator['source'] })).rejects.toThrow(StorageValueError);
      await expect(bad({ direction: 'sideways' as Indicator['direction'] })).rejects.toThrow(
        StorageValueError,
      );
      expect(await s.listMonitoring('w1')).toEqual([]);
      await s.createIndicator('w1', indicator());
      const wrong = measurement({ id: 'x', series: 'provincie' as Measurement['series'] });
      await expect(s.addMeasurements('w1', [measurement(), wrong])).rejects.toThrow(StorageValueError);
      expect((await s.listMonitoring('w1'))[0]?.measurements).toEqual([]);
    },
  );
}

/** STORE-MON*: monitoring indicators and their measurements. */
export function runMonitoringContract(
  backend: string,
  factory: StorageFactory,
  registry: ContractRegistry,
): void {
  describeStore(backend, factory, registry, {
    title: 'monitoring',
    seed: seedWerkgroep,
    rules: (c) => {
      monitoringRules(c);
      refusalRules(c);
      updateRules(c);
    },
  });
}
