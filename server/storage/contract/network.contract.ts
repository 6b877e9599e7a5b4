import { expect } from 'vitest';
import { StorageValueError } from '../values';
import { now, seedWerkgroep, werkgroep } from './fixtures';
import { type ContractRegistry, type ContractScope, describeStore, type StorageFactory } from './harness';
import { change, initiative, party, putting, relation } from './networkFixtures';

/** STORE-NET*: the wijknetwerk and its change log. */
function networkRules(c: ContractScope): void {
  c.rule(
    'STORE-NET1',
    ['writeNetwork', 'getNetworkItem', 'listNetwork'],
    'records read back exactly, oldest first, per werkgroep; a put replaces in place; a remove removes',
    async () => {
      const s = c.storage;
      await s.createWerkgroep(werkgroep({ id: 'w2' }));
      const mark = {
        initiativeIds: ['in1', 'in2'] as [string, string],
        state: 'afgestemd' as const,
        note: 'Samen één soos',
        markedBy: 'm1',
        markedAt: now,
      };
      await s.writeNetwork('w1', putting([{ entity: 'party', value: party() }]));
      await s.writeNetwork('w1', putting([{ entity: 'party', value: party({ id: 'pa2', contact: null }) }]));
      await s.writeNetwork(
        'w1',
        putting([
          { entity: 'initiative', value: initiative() },
          { entity: 'relation', value: relation() },
          { entity: 'overlap', value: mark },
        ]),
      );
      await s.writeNetwork('w2', putting([{ entity: 'party', value: party({ name: 'Elders' }) }]));
      // Replacing keeps the record's place.
      const renamed = party({ name: 'Portaal Utrecht', updatedAt: now + 5 });
      await s.writeNetwork('w1', putting([{ entity: 'party', value: renamed }]));
      expect((await s.listNetwork('w1')).map((i) => i.value)).toEqual([
        renamed,
        party({ id: 'pa2', contact: null }),
        initiative(),
        relation(),
        mark,
      ]);
      expect(await s.getNetworkItem('w1', { entity: 'overlap', id: 'in1.in2' })).toEqual({
        entity: 'overlap',
        value: mark,
      });
      expect(await s.getNetworkItem('w2', { entity: 'party', id: 'pa1' })).toEqual({
        entity: 'party',
        value: party({ name: 'Elders' }),
      });
      expect(await s.getNetworkItem('w1', { entity: 'initiative', id: 'pa1' })).toBeNull();
      await s.writeNetwork('w1', putting([], { remove: [{ entity: 'party', id: 'pa2' }] }));
      expect(await s.getNetworkItem('w1', { entity: 'party', id: 'pa2' })).toBeNull();
      expect(await s.listNetwork('w1')).toHaveLength(4);
    },
  );

  c.rule(
    'STORE-NET2',
    ['writeNetwork', 'listNetworkChanges'],
    'every write logs who changed what and when, in the same transaction; the newest come first',
    async () => {
      const s = c.storage;
      await s.writeNetwork('w1', putting([{ entity: 'party', value: party() }]));
      const second = change({ at: now + 1, action: 'updated', fields: ['name', 'themes'] });
      await s.writeNetwork('w1', putting([{ entity: 'party', value: party() }], { change: second }));
      const third = change({ at: now + 2, memberId: 'm2', action: 'deleted' });
      await s.writeNetwork('w1', putting([], { remove: [{ entity: 'party', id: 'pa1' }], change: third }));
      expect(await s.listNetworkChanges('w1', 10)).toEqual([third, second, change()]);
      expect(await s.listNetworkChanges('w1', 1)).toEqual([third]);
      expect(await s.listNetworkChanges('nope', 10)).toEqual([]);
      // A write that fails stores neither its records nor its log line.
      await expect(
        s.writeNetwork('no-such-werkgroep', putting([{ entity: 'party', value: party() }])),
      ).rejects.toThrow();
      expect(await s.listNetworkChanges('no-such-werkgroep', 10)).toEqual([]);
    },
  );
}

/** STORE-NET4: the wijkgrens, one per werkgroep. */
function outlineRules(c: ContractScope): void {
  c.rule(
    'STORE-NET4',
    ['getNetworkOutline', 'setNetworkOutline'],
    'one outline per werkgroep: a put replaces it, null removes it, each logged in the same transaction',
    async () => {
      const s = c.storage;
      await s.createWerkgroep(werkgroep({ id: 'w2' }));
      const square = (lon: number) => [
        [
          [lon, 52.1],
          [lon + 0.01, 52.1],
          [lon + 0.01, 52.11],
          [lon, 52.1],
        ] as [number, number][],
      ];
      const first = { type: 'MultiPolygon' as const, coordinates: [square(5.1)] };
      const second = { type: 'MultiPolygon' as const, coordinates: [square(5.2), square(5.3)] };
      const logged = (action: 'created' | 'updated' | 'deleted', at: number) =>
        change({ entity: 'outline', entityId: 'w1', label: 'Wijkgrens', action, at });
      expect(await s.getNetworkOutline('w1')).toBeNull();
      await s.setNetworkOutline('w1', first, logged('created', now));
      await s.setNetworkOutline('w2', second, logged('created', now));
      await s.setNetworkOutline('w1', second, logged('updated', now + 1));
      expect(await s.getNetworkOutline('w1')).toEqual(second);
      await s.setNetworkOutline('w2', null, logged('deleted', now + 2));
      expect(await s.getNetworkOutline('w2')).toBeNull();
      expect(await s.getNetworkOutline('w1')).toEqual(second);
      expect((await s.listNetworkChanges('w1', 10)).map((l) => l.action)).toEqual(['updated', 'created']);
      // A failed write keeps neither the outline nor its log line.
      await expect(s.setNetworkOutline('nope', first, logged('created', now))).rejects.toThrow();
      expect(await s.listNetworkChanges('nope', 10)).toEqual([]);
    },
  );
}

/** STORE-NET3: what the boundary refuses. */
function refusalRules(c: ContractScope): void {
  c.rule(
    'STORE-NET3',
    ['writeNetwork', 'listNetwork'],
    'a contact without consent, or a status, relation kind or overlap state outside the shared lists, is refused and nothing is written',
    async () => {
      const s = c.storage;
      const noConsent = party({ contact: { name: 'Zonder Toestemming', consent: false as true } });
      await expect(s.writeNetwork('w1', putting([{ entity: 'party', value: noConsent }]))).rejects.toThrow(
        StorageValueError,
      );
      const bad = initiative({ status: 'bezig' as 'loopt' });
      await expect(s.writeNetwork('w1', putting([{ entity: 'initiative', value: bad }]))).rejects.toThrow(
        StorageValueError,
      );
      const badKind = relation({ kind: 'vijand_van' as 'werkt_samen' });
      await expect(s.writeNetwork('w1', putting([{ entity: 'relation', value: badKind }]))).rejects.toThrow(
        StorageValueError,
      );
      expect(await s.listNetwork('w1')).toEqual([]);
      expect(await s.listNetworkChanges('w1', 10)).toEqual([]);
    },
  );
}

export function runNetworkContract(
  backend: string,
  factory: StorageFactory,
  registry: ContractRegistry,
): void {
  describeStore(backend, factory, registry, {
    title: 'network',
    seed: seedWerkgroep,
    rules: (c) => {
      networkRules(c);
      refusalRules(c);
      outlineRules(c);
    },
  });
}
