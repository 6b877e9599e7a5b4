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
    },
  });
}
