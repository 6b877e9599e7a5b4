import { expect } from 'vitest';
import type { DocumentRow, SectionRow, VersionRow } from '../WorkspaceStore';
import { accept, invite, now, seedPeople } from './fixtures';
import { type ContractRegistry, type ContractScope, describeStore, type StorageFactory } from './harness';

const section = (id: string, position: number): SectionRow => ({
  id,
  documentId: 'd1',
  title: `Sectie ${id}`,
  prompt: 'Vraag?',
  status: 'concept',
  position,
  createdAt: now,
});
const doc: DocumentRow = {
  id: 'd1',
  werkgroepId: 'w1',
  title: 'Ambitiedocument',
  kind: 'ambitiedocument',
  createdAt: now,
};

/** STORE-SEC1: documents and their sections. */
function documentRules(c: ContractScope): void {
  c.rule(
    'STORE-SEC1',
    [
      'createDocument',
      'getDocument',
      'listDocuments',
      'insertSection',
      'listSections',
      'updateSection',
      'deleteSection',
      'getSection',
    ],
    'documents are kept per werkgroep, with their sections in order',
    async () => {
      const s = c.storage;
      await s.createDocument(doc, [section('s1', 0), section('s2', 1)]);
      expect(await s.getDocument('d1')).toEqual(doc);
      expect(await s.listDocuments('w1')).toHaveLength(1);
      expect(await s.listDocuments('w2')).toHaveLength(0);
      const { position: _p, ...rest } = section('s3', 0);
      expect((await s.insertSection(rest, 's1')).position).toBe(1);
      await s.insertSection({ ...rest, id: 's4' }, null);
      expect((await s.listSections('d1')).map((x) => x.id)).toEqual(['s1', 's3', 's2', 's4']);
      expect(await s.updateSection('s2', { status: 'vastgesteld' })).toMatchObject({
        status: 'vastgesteld',
        title: 'Sectie s2',
      });
      expect(await s.deleteSection('s3')).toBe(true);
      expect((await s.getSection('s2'))?.documentId).toBe('d1');
      expect((await s.listSections('d1')).map((x) => x.id)).toEqual(['s1', 's2', 's4']);
    },
  );

  c.rule(
    'STORE-THR1',
    ['createThread', 'addComment', 'setThreadResolved', 'listThreads', 'getThread'],
    'comment threads keep their replies and author names, and can be resolved and reopened',
    async () => {
      const s = c.storage;
      await s.createInvite(invite({ maxUses: 5 }));
      await accept(s, 'p1', 'm1');
      await s.createDocument(
        { id: 'd1', werkgroepId: 'w1', title: 'Doc', kind: 'blank', createdAt: now },
        [],
      );
      const anchor = { start: 'AAE=', end: 'AAI=', quote: 'meer groen' };
      await s.createThread(
        { id: 't1', documentId: 'd1', sectionId: 's1', anchor, questionDue: '2027-01-31', createdAt: now },
        { id: 'c1', authorMemberId: 'm1', body: 'Wanneer komt dit?', createdAt: now },
      );
      await s.addComment('t1', {
        id: 'c2',
        authorMemberId: 'm1',
        body: 'Nog even geduld.',
        createdAt: now + 1,
      });
      await s.setThreadResolved('t1', true, 'm1', now + 2);
      const [thread] = await s.listThreads('d1');
      expect(thread).toMatchObject({ id: 't1', anchor, questionDue: '2027-01-31', resolvedAt: now + 2 });
      expect(thread?.comments.map((x) => [x.body, x.authorName])).toEqual([
        ['Wanneer komt dit?', 'Naam m1'],
        ['Nog even geduld.', 'Naam m1'],
      ]);
      await s.setThreadResolved('t1', false, 'm1', now + 3);
      expect((await s.getThread('t1'))?.resolvedAt).toBeNull();
      expect(await s.getThread('nope')).toBeNull();
    },
  );
}

const version = (id: string, createdAt: number): VersionRow => ({
  id,
  documentId: 'd1',
  name: `Versie ${id}`,
  createdBy: 'Naam m1',
  createdAt,
  sections: [
    { id: 's1', title: 'Sectie s1', status: 'vastgesteld', position: 0, state: 'AQLNx4K' },
    { id: 's2', title: 'Sectie s2', status: 'concept', position: 1, state: '' },
  ],
});

/** STORE-VER1: named versions of a document. */
function versionRules(c: ContractScope): void {
  c.rule(
    'STORE-VER1',
    ['createVersion', 'listVersions', 'getVersion'],
    'a version keeps its sections exactly; the list is newest first, without section states',
    async () => {
      const s = c.storage;
      await s.createDocument(doc, [section('s1', 0), section('s2', 1)]);
      await s.createVersion(version('v1', now));
      await s.createVersion(version('v2', now + 1));
      expect(await s.getVersion('v1')).toEqual(version('v1', now));
      expect(await s.getVersion('nope')).toBeNull();
      const { sections: _s, ...meta } = version('v2', now + 1);
      expect((await s.listVersions('d1'))[0]).toEqual(meta);
      expect((await s.listVersions('d1')).map((v) => v.id)).toEqual(['v2', 'v1']);
      expect(await s.listVersions('nope')).toEqual([]);
      expect(await (await c.reopen()).getVersion('v2')).toEqual(version('v2', now + 1));
    },
  );
}

export function runDocumentContract(
  backend: string,
  factory: StorageFactory,
  registry: ContractRegistry,
): void {
  describeStore(backend, factory, registry, {
    title: 'documents, sections and threads',
    seed: seedPeople,
    rules: documentRules,
  });
  describeStore(backend, factory, registry, { title: 'versions', seed: seedPeople, rules: versionRules });
}
