import { expect } from 'vitest';
import type { Actie } from '../../../shared/uitvoering/actie';
import type { Voortgang } from '../../../shared/uitvoering/voortgang';
import { StorageValueError } from '../values';
import { now, seedWerkgroep, werkgroep } from './fixtures';
import { type ContractRegistry, type ContractScope, describeStore, type StorageFactory } from './harness';

const actie = (over: Partial<Actie> = {}): Actie => ({
  id: 'ac1',
  title: 'Speeltuin Zambesidreef opknappen',
  description: 'Nieuwe toestellen en bankjes',
  sectionId: 'se1',
  theme: 'leefbaar',
  decisionIds: ['d1'],
  afspraakIds: [],
  leadPartyId: 'pa1',
  partnerPartyIds: ['pa2'],
  start: '2027-03-01',
  end: '2027-09-30',
  milestones: [{ day: '2027-05-01', label: 'Ontwerp klaar' }],
  budget: 45_000,
  status: 'gepland',
  statusReason: '',
  nietBeloven: 'Geen voetbalkooi: daar is geen plek voor.',
  published: false,
  createdBy: 'm1',
  createdAt: now,
  updatedAt: now,
  ...over,
});
const update = (over: Partial<Voortgang> = {}): Voortgang => ({
  id: 'up1',
  actieId: 'ac1',
  text: 'De eerste bankjes staan er.',
  photo: null,
  createdBy: 'm2',
  createdAt: now + 10,
  ...over,
});
const photo = { id: 'ph1', type: 'image/jpeg' as const, bytes: new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]) };

/** STORE-UIT*: the uitvoeringsplan. */
function rules(c: ContractScope): void {
  c.rule(
    'STORE-UIT1',
    ['putActie', 'getActie', 'listActies'],
    'acties read back exactly, oldest first, per werkgroep; a put replaces in place',
    async () => {
      const s = c.storage;
      await s.createWerkgroep(werkgroep({ id: 'w2' }));
      await s.putActie('w1', actie());
      await s.putActie('w1', actie({ id: 'ac2', createdAt: now + 1, budget: null }));
      await s.putActie('w2', actie({ title: 'Elders' }));
      const changed = actie({
        status: 'vertraagd',
        statusReason: 'De leverancier is te laat.',
        updatedAt: now + 5,
      });
      await s.putActie('w1', changed);
      expect(await s.listActies('w1')).toEqual([
        changed,
        actie({ id: 'ac2', createdAt: now + 1, budget: null }),
      ]);
      expect(await s.getActie('w2', 'ac1')).toEqual(actie({ title: 'Elders' }));
      expect(await s.getActie('w1', 'nope')).toBeNull();
      await expect(s.putActie('w1', actie({ status: 'misschien' as 'gepland' }))).rejects.toThrow(
        StorageValueError,
      );
      await expect(s.putActie('no-such-werkgroep', actie())).rejects.toThrow();
    },
  );
  c.rule(
    'STORE-UIT2',
    ['addVoortgang', 'listVoortgang', 'getPhoto', 'deleteActie'],
    'an update is stored with its photo in one transaction; removing an actie removes its updates and photos',
    async () => {
      const s = c.storage;
      await s.putActie('w1', actie());
      await s.putActie('w1', actie({ id: 'ac2' }));
      const withPhoto = update({
        photo: { id: 'ph1', alt: 'Twee bankjes', type: 'image/jpeg', width: 4, height: 3 },
      });
      await s.addVoortgang('w1', withPhoto, photo);
      await s.addVoortgang('w1', update({ id: 'up2', actieId: 'ac2', createdAt: now + 20 }), null);
      expect(await s.listVoortgang('w1')).toEqual([
        withPhoto,
        update({ id: 'up2', actieId: 'ac2', createdAt: now + 20 }),
      ]);
      expect(await s.getPhoto('w1', 'ph1')).toEqual(photo);
      expect(await s.getPhoto('w2', 'ph1')).toBeNull();
      // An update of an actie that is not there stores nothing, not even its photo.
      await expect(
        s.addVoortgang('w1', update({ id: 'up3', actieId: 'nope' }), { ...photo, id: 'ph2' }),
      ).rejects.toThrow();
      expect(await s.getPhoto('w1', 'ph2')).toBeNull();
      await s.deleteActie('w1', 'ac1');
      expect(await s.getActie('w1', 'ac1')).toBeNull();
      expect(await s.getPhoto('w1', 'ph1')).toBeNull();
      expect((await s.listVoortgang('w1')).map((u) => u.id)).toEqual(['up2']);
    },
  );
}

/** STORE-UIT3..5: what other pages read. */
function readRules(c: ContractScope): void {
  c.rule(
    'STORE-UIT3',
    ['listPublishedActies'],
    'only published acties, each with its newest update',
    async () => {
      const s = c.storage;
      await s.putActie('w1', actie({ published: true }));
      await s.putActie('w1', actie({ id: 'ac2', createdAt: now + 1 }));
      await s.putActie('w1', actie({ id: 'ac3', createdAt: now + 2, published: true }));
      await s.addVoortgang('w1', update(), null);
      await s.addVoortgang('w1', update({ id: 'up2', createdAt: now + 30, text: 'Klaar' }), null);
      await s.addVoortgang('w1', update({ id: 'up3', actieId: 'ac2' }), null);
      const list = await s.listPublishedActies('w1');
      expect(list.map((p) => [p.actie.id, p.latest?.id ?? null])).toEqual([
        ['ac1', 'up2'],
        ['ac3', null],
      ]);
    },
  );
  c.rule(
    'STORE-UIT4',
    ['getLastVisit', 'setLastVisit'],
    'a last visit per member and page, replaced by the next',
    async () => {
      const s = c.storage;
      expect(await s.getLastVisit('w1', 'm1', 'uitvoering')).toBeNull();
      await s.setLastVisit('w1', 'm1', 'uitvoering', now);
      await s.setLastVisit('w1', 'm1', 'uitvoering', now + 5);
      await s.setLastVisit('w1', 'm2', 'uitvoering', now + 1);
      expect(await s.getLastVisit('w1', 'm1', 'uitvoering')).toBe(now + 5);
      expect(await s.getLastVisit('w1', 'm1', 'monitoring')).toBeNull();
    },
  );
  c.rule(
    'STORE-UIT5',
    ['listPublishedVoortgang'],
    'the newest updates of published acties only, newest first, up to a limit, each with its actie',
    async () => {
      const s = c.storage;
      await s.createWerkgroep(werkgroep({ id: 'w2' }));
      const shown = actie({ published: true });
      await s.putActie('w1', shown);
      await s.putActie('w1', actie({ id: 'ac2', createdAt: now + 1 }));
      await s.putActie('w1', actie({ id: 'ac3', createdAt: now + 2, published: true, title: 'Bomen' }));
      await s.putActie('w2', actie({ published: true }));
      await s.addVoortgang('w1', update(), null);
      await s.addVoortgang('w1', update({ id: 'up2', actieId: 'ac2', createdAt: now + 40 }), null);
      await s.addVoortgang('w1', update({ id: 'up3', actieId: 'ac3', createdAt: now + 30 }), null);
      const withPhoto = update({
        id: 'up4',
        createdAt: now + 20,
        photo: { id: 'ph1', alt: 'Twee bankjes', type: 'image/jpeg', width: 4, height: 3 },
      });
      await s.addVoortgang('w1', withPhoto, photo);
      // Stored later at the same moment: it counts as the newer one.
      await s.addVoortgang('w1', update({ id: 'up5', actieId: 'ac3', createdAt: now + 30 }), null);
      await s.addVoortgang('w2', update({ id: 'up6', createdAt: now + 50 }), null);
      const list = await s.listPublishedVoortgang('w1', 10);
      expect(list.map((p) => [p.actie.id, p.update.id])).toEqual([
        ['ac3', 'up5'],
        ['ac3', 'up3'],
        ['ac1', 'up4'],
        ['ac1', 'up1'],
      ]);
      expect(list[2]).toEqual({ actie: shown, update: withPhoto });
      expect((await s.listPublishedVoortgang('w1', 2)).map((p) => p.update.id)).toEqual(['up5', 'up3']);
      expect(await s.listPublishedVoortgang('w1', 0)).toEqual([]);
      expect(await s.listPublishedVoortgang('nope', 10)).toEqual([]);
      // Unpublishing an actie takes its updates out at once.
      await s.putActie('w1', actie({ id: 'ac3', createdAt: now + 2, published: false, title: 'Bomen' }));
      expect((await s.listPublishedVoortgang('w1', 10)).map((p) => p.update.id)).toEqual(['up4', 'up1']);
    },
  );
}

export function runUitvoeringContract(
  backend: string,
  factory: StorageFactory,
  registry: ContractRegistry,
): void {
  describeStore(backend, factory, registry, {
    title: 'uitvoering',
    seed: seedWerkgroep,
    rules: (c) => {
      rules(c);
      readRules(c);
    },
  });
}
