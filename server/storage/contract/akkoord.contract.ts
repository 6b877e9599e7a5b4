import { expect } from 'vitest';
import type { Afspraak } from '../../../shared/akkoord/afspraak';
import type { ProgressEntry } from '../../../shared/akkoord/progress';
import type { FrozenVersion } from '../../../shared/akkoord/version';
import type { AkkoordRecord, SigningLinkRow, StoredSignature } from '../AkkoordStore';
import { StorageValueError } from '../values';
import { now, seedWerkgroep, werkgroep } from './fixtures';
import { type ContractRegistry, type ContractScope, describeStore, type StorageFactory } from './harness';

const HASH = 'a'.repeat(64);
const record = (over: Partial<AkkoordRecord> = {}): AkkoordRecord => ({
  werkgroepId: 'w1',
  title: 'Wijkakkoord Overvecht',
  status: 'concept',
  currentVersionId: null,
  signatories: [
    { partyId: 'pa1', representative: { kind: 'member', memberId: null } },
    { partyId: 'pa2', representative: { kind: 'outside' } },
  ],
  updatedAt: now,
  ...over,
});
const afspraak = (over: Partial<Afspraak> = {}): Afspraak => ({
  id: 'af1',
  what: 'Elke maand een schoonmaakactie',
  partyIds: ['pa1'],
  byWhen: '2027-06-30',
  sectionIds: [],
  decisionIds: [],
  reporting: 'Elk kwartaal in de werkgroep',
  position: 0,
  createdBy: 'm1',
  createdAt: now,
  updatedAt: now,
  ...over,
});
const version = (over: Partial<FrozenVersion> = {}): FrozenVersion => ({
  id: 'v1',
  name: 'Versie voor ondertekening',
  frozenAt: now,
  frozenBy: 'm1',
  textHash: HASH,
  snapshot: {
    title: 'Wijkakkoord Overvecht',
    introduction: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Samen' }] }],
    },
    afspraken: [afspraak()],
    signatories: [
      { id: 'pa1', name: 'Bewonersoverleg', kind: 'bewonersinitiatief', representative: { kind: 'outside' } },
    ],
    parties: [{ id: 'pa1', name: 'Bewonersoverleg', kind: 'bewonersinitiatief' }],
    sections: [],
    decisions: [],
  },
  ...over,
});
const signature = (over: Partial<StoredSignature> = {}): StoredSignature => ({
  id: 'sg1',
  versionId: 'v1',
  partyId: 'pa1',
  signerName: 'Fatima',
  function: 'Voorzitter',
  organisation: 'Bewonersoverleg',
  signedAt: '2027-01-15',
  consentToBeNamed: false,
  via: 'member',
  memberId: 'm1',
  voidedAt: null,
  ...over,
});
const link = (over: Partial<SigningLinkRow> = {}): SigningLinkRow => ({
  id: 'ln1',
  werkgroepId: 'w1',
  partyId: 'pa2',
  versionId: 'v1',
  tokenHash: 'h1',
  createdAt: now,
  expiresAt: now + 1000,
  usedAt: null,
  voidedAt: null,
  ...over,
});
const progress = (over: Partial<ProgressEntry> = {}): ProgressEntry => ({
  id: 'pr1',
  afspraakId: 'af1',
  status: 'loopt',
  date: '2027-02-01',
  text: 'Eerste actie gedaan',
  memberId: 'm1',
  partyId: 'pa1',
  createdAt: now,
  ...over,
});
const frozen = record({ status: 'ter_ondertekening', currentVersionId: 'v1' });

/** STORE-AKK1..3: the akkoord, its afspraken, freezing and reopening. */
function akkoordRules(c: ContractScope): void {
  c.rule(
    'STORE-AKK1',
    ['getAkkoord', 'putAkkoord'],
    'an akkoord reads back as put; none before',
    async () => {
      const s = c.storage;
      expect(await s.getAkkoord('w1')).toBeNull();
      await s.putAkkoord(record());
      await s.putAkkoord(record({ title: 'Ons akkoord' }));
      expect(await s.getAkkoord('w1')).toEqual(record({ title: 'Ons akkoord' }));
      expect(await (await c.reopen()).getAkkoord('w1')).toEqual(record({ title: 'Ons akkoord' }));
    },
  );

  c.rule(
    'STORE-AKK2',
    ['putAfspraken', 'listAfspraken', 'deleteAfspraak', 'addProgress', 'listProgress'],
    'afspraken by position, replaced in place; removing one removes its progress',
    async () => {
      const s = c.storage;
      await s.createWerkgroep(werkgroep({ id: 'w2' }));
      await s.putAfspraken('w1', [afspraak(), afspraak({ id: 'af2', position: 1 })]);
      await s.putAfspraken('w2', [afspraak({ what: 'Elders' })]);
      await s.putAfspraken('w1', [
        afspraak({ position: 2 }),
        afspraak({ id: 'af2', position: 0, what: 'Eerst' }),
      ]);
      expect(await s.listAfspraken('w1')).toEqual([
        afspraak({ id: 'af2', position: 0, what: 'Eerst' }),
        afspraak({ position: 2 }),
      ]);
      await s.addProgress('w1', progress());
      await s.addProgress('w1', progress({ id: 'pr2', afspraakId: 'af2' }));
      expect(await s.deleteAfspraak('w1', 'af1')).toBe(true);
      expect(await s.deleteAfspraak('w1', 'af1')).toBe(false);
      expect((await s.listAfspraken('w1')).map((a) => a.id)).toEqual(['af2']);
      expect((await s.listProgress('w1')).map((p) => p.id)).toEqual(['pr2']);
      expect(await s.listAfspraken('w2')).toEqual([afspraak({ what: 'Elders' })]);
    },
  );

  c.rule(
    'STORE-AKK3',
    ['freezeAkkoord', 'getAkkoordVersion', 'reopenAkkoord', 'listSignatures', 'listSigningLinks'],
    'freezing only from concept; reopening voids the version’s signatures (how many) and open links',
    async () => {
      const s = c.storage;
      expect(await s.reopenAkkoord(record(), 'v1', now)).toBeNull();
      expect(await s.freezeAkkoord(frozen, version())).toBe(true);
      expect(await s.getAkkoordVersion('w1', 'v1')).toEqual(version());
      expect(await s.getAkkoordVersion('w1', 'v2')).toBeNull();
      expect(await s.freezeAkkoord(record({ currentVersionId: 'v2' }), version({ id: 'v2' }))).toBe(false);
      expect(await s.getAkkoordVersion('w1', 'v2')).toBeNull();
      expect(await s.getAkkoord('w1')).toEqual(frozen);
      await s.createSigningLink(link());
      expect(await s.addSignature('w1', signature(), null, now)).toEqual({
        outcome: 'signed',
        status: 'ter_ondertekening',
      });
      expect(await s.reopenAkkoord(record(), 'v0', now + 5)).toBeNull();
      expect(await s.reopenAkkoord(record({ updatedAt: now + 5 }), 'v1', now + 5)).toBe(1);
      expect(await s.getAkkoord('w1')).toEqual(record({ updatedAt: now + 5 }));
      expect((await s.listSignatures('w1')).map((x) => x.voidedAt)).toEqual([now + 5]);
      expect((await s.listSigningLinks('w1')).map((x) => x.voidedAt)).toEqual([now + 5]);
      // Frozen again as a new version: the old signature stays voided and counts for nothing.
      expect(
        await s.freezeAkkoord(
          record({ status: 'ter_ondertekening', currentVersionId: 'v2' }),
          version({ id: 'v2' }),
        ),
      ).toBe(true);
      expect(await s.reopenAkkoord(record(), 'v2', now + 6)).toBe(0);
    },
  );
}

/** STORE-AKK4..6: signatures, links, progress. */
function signingRules(c: ContractScope): void {
  c.rule(
    'STORE-AKK4',
    ['addSignature', 'listSignatures', 'getAkkoord'],
    'signatures only on the current version, once per party, a link once (also at the same time); the last makes it getekend',
    async () => {
      const s = c.storage;
      expect(await s.addSignature('w1', signature(), null, now)).toEqual({ outcome: 'text_changed' });
      await s.freezeAkkoord(frozen, version());
      expect(await s.addSignature('w1', signature({ versionId: 'v0' }), null, now)).toEqual({
        outcome: 'text_changed',
      });
      expect((await s.addSignature('w1', signature(), null, now)).outcome).toBe('signed');
      expect(await s.addSignature('w1', signature({ id: 'sg2' }), null, now)).toEqual({
        outcome: 'already_signed',
      });
      await s.createSigningLink(link());
      // Unknown, expired: nothing stored, the link stays open.
      const viaLink = signature({ id: 'sg3', partyId: 'pa2', via: 'link', memberId: null });
      expect(await s.addSignature('w1', viaLink, 'nope', now)).toEqual({ outcome: 'link_spent' });
      expect(await s.addSignature('w1', viaLink, 'h1', now + 1000)).toEqual({ outcome: 'link_spent' });
      const other = await c.another();
      const both = await Promise.all([
        s.addSignature('w1', viaLink, 'h1', now + 1),
        other.addSignature('w1', { ...viaLink, id: 'sg4' }, 'h1', now + 1),
      ]);
      expect(both.filter((r) => r.outcome === 'signed')).toEqual([{ outcome: 'signed', status: 'getekend' }]);
      expect(both.filter((r) => r.outcome !== 'signed')).toHaveLength(1);
      expect((await s.getAkkoord('w1'))?.status).toBe('getekend');
      const stored = await s.listSignatures('w1');
      expect(stored.map((x) => x.partyId)).toEqual(['pa1', 'pa2']);
      expect(stored[0]).toEqual(signature());
      expect((await s.listSigningLinks('w1'))[0]?.usedAt).toBe(now + 1);
    },
  );

  c.rule(
    'STORE-AKK5',
    ['createSigningLink', 'getSigningLinkByHash', 'listSigningLinks', 'revokeSigningLink'],
    'links by their hash; a new one voids the open one of its party; revoke only an open one',
    async () => {
      const s = c.storage;
      await s.createSigningLink(link());
      expect(await s.getSigningLinkByHash('h1')).toEqual(link());
      expect(await s.getSigningLinkByHash('h2')).toBeNull();
      await s.createSigningLink(link({ id: 'ln2', tokenHash: 'h2', createdAt: now + 1 }));
      await s.createSigningLink(link({ id: 'ln3', tokenHash: 'h3', partyId: 'pa3', createdAt: now + 2 }));
      expect((await s.listSigningLinks('w1')).map((l) => [l.id, l.voidedAt])).toEqual([
        ['ln1', now + 1],
        ['ln2', null],
        ['ln3', null],
      ]);
      expect(await s.revokeSigningLink('w1', 'ln1', now + 3)).toBe(false);
      expect(await s.revokeSigningLink('w1', 'ln2', now + 3)).toBe(true);
      expect((await s.getSigningLinkByHash('h2'))?.voidedAt).toBe(now + 3);
    },
  );

  c.rule(
    'STORE-AKK6',
    ['addProgress', 'listProgress'],
    'progress is added and listed oldest first',
    async () => {
      const s = c.storage;
      await s.createWerkgroep(werkgroep({ id: 'w2' }));
      await s.addProgress('w1', progress());
      await s.addProgress('w2', progress({ id: 'pr9' }));
      await s.addProgress('w1', progress({ id: 'pr2', status: 'klaar', createdAt: now - 5 }));
      expect(await s.listProgress('w1')).toEqual([
        progress(),
        progress({ id: 'pr2', status: 'klaar', createdAt: now - 5 }),
      ]);
    },
  );
}

/** STORE-AKK7: what the boundary refuses. */
function refusalRules(c: ContractScope): void {
  c.rule(
    'STORE-AKK7',
    ['putAkkoord', 'addProgress', 'addSignature', 'getAkkoord', 'listProgress'],
    'a status or way of signing outside the shared lists is refused and nothing is stored',
    async () => {
      const s = c.storage;
      await expect(s.putAkkoord(record({ status: 'bijna' as 'concept' }))).rejects.toThrow(StorageValueError);
      expect(await s.getAkkoord('w1')).toBeNull();
      await expect(s.addProgress('w1', progress({ status: 'half' as 'loopt' }))).rejects.toThrow(
        StorageValueError,
      );
      expect(await s.listProgress('w1')).toEqual([]);
      await expect(s.addSignature('w1', signature({ via: 'fax' as 'link' }), null, now)).rejects.toThrow(
        StorageValueError,
      );
    },
  );
}

export function runAkkoordContract(
  backend: string,
  factory: StorageFactory,
  registry: ContractRegistry,
): void {
  describeStore(backend, factory, registry, {
    title: 'akkoord',
    seed: seedWerkgroep,
    rules: (c) => {
      akkoordRules(c);
      signingRules(c);
      refusalRules(c);
    },
  });
}
