import { expect } from 'vitest';
import type { PublicationRecord, QuestionRecord } from '../WijkpaginaStore';
import { now, seedWerkgroep, werkgroep } from './fixtures';
import { type ContractRegistry, describeStore, type StorageFactory } from './harness';

const publication = (over: Partial<PublicationRecord> = {}): PublicationRecord => ({
  werkgroepId: 'w1',
  settings: {
    published: true,
    slug: 'overvecht',
    intro: 'Wij werken aan een groene wijk.',
    sections: ['ambities', 'besluiten'],
    documentSectionIds: ['s1'],
  },
  formKey: 'key-1',
  updatedAt: now,
  ...over,
});

const question = (over: Partial<QuestionRecord> = {}): QuestionRecord => ({
  id: 'q1',
  werkgroepId: 'w1',
  text: 'Wanneer komt er een bankje?',
  name: null,
  contact: 'a@example.org',
  askedAt: now,
  answer: null,
  answeredAt: null,
  published: false,
  ...over,
});

/** STORE-WP*: the public wijkpagina's settings and its questions. */
export function runWijkpaginaContract(
  backend: string,
  factory: StorageFactory,
  registry: ContractRegistry,
): void {
  describeStore(backend, factory, registry, {
    title: 'wijkpagina',
    seed: seedWerkgroep,
    rules: (c) => {
      c.rule(
        'STORE-WP1',
        ['getPublication', 'getPublicationBySlug', 'putPublication'],
        'settings read back exactly, by werkgroep and by slug; a put replaces; a slug of another werkgroep is refused',
        async () => {
          const s = c.storage;
          expect(await s.getPublication('w1')).toBeNull();
          expect(await s.putPublication(publication())).toBe('ok');
          expect(await s.getPublication('w1')).toEqual(publication());
          expect(await s.getPublicationBySlug('overvecht')).toEqual(publication());
          const renamed = publication({
            settings: { ...publication().settings, slug: 'overvecht-noord', published: false },
            updatedAt: now + 1,
          });
          expect(await s.putPublication(renamed)).toBe('ok');
          expect(await s.getPublicationBySlug('overvecht')).toBeNull();
          expect(await s.getPublicationBySlug('overvecht-noord')).toEqual(renamed);
          await s.createWerkgroep(werkgroep({ id: 'w2' }));
          const other = publication({ werkgroepId: 'w2', settings: renamed.settings });
          expect(await s.putPublication(other)).toBe('slug_taken');
          expect(await s.getPublication('w2')).toBeNull();
          expect(await (await c.reopen()).getPublication('w1')).toEqual(renamed);
        },
      );
      c.rule(
        'STORE-WP2',
        ['addQuestion', 'listQuestions', 'answerQuestion', 'deleteQuestion'],
        'questions read back newest first, per werkgroep; an answer changes only its own question; a delete removes it',
        async () => {
          const s = c.storage;
          await s.createWerkgroep(werkgroep({ id: 'w2' }));
          await s.addQuestion(question());
          await s.addQuestion(question({ id: 'q2', name: 'Ans', contact: null, askedAt: now + 1 }));
          await s.addQuestion(question({ id: 'q3', werkgroepId: 'w2' }));
          expect((await s.listQuestions('w1')).map((q) => q.id)).toEqual(['q2', 'q1']);
          const answered = await s.answerQuestion('w1', 'q1', {
            answer: 'In het voorjaar.',
            answeredAt: now + 5,
            published: true,
          });
          expect(answered).toEqual(
            question({ answer: 'In het voorjaar.', answeredAt: now + 5, published: true }),
          );
          expect(
            await s.answerQuestion('w2', 'q1', { answer: 'x', answeredAt: now, published: true }),
          ).toBeNull();
          expect((await s.listQuestions('w1'))[1]).toEqual(answered);
          expect(await s.deleteQuestion('w2', 'q2')).toBe(false);
          expect(await s.deleteQuestion('w1', 'q2')).toBe(true);
          expect((await s.listQuestions('w1')).map((q) => q.id)).toEqual(['q1']);
          expect(await s.listQuestions('w2')).toEqual([question({ id: 'q3', werkgroepId: 'w2' })]);
        },
      );
    },
  });
}
