import { randomBytes } from 'node:crypto';
import { slug as slugOf } from '../../shared/schemas/export';
import { PAGE_SECTIONS, type PublicationSettings } from '../../shared/wijkpagina/publication';
import type { AnswerQuestion } from '../../shared/wijkpagina/question';
import { newId } from '../auth/tokens';
import type { Storage } from '../storage/Storage';
import type { PublicationRecord, QuestionRecord } from '../storage/WijkpaginaStore';
import type { WerkgroepRow } from '../storage/WorkspaceStore';
import { DomainError } from './errors';

/** A werkgroep's page before the facilitator saved anything: offline, with every part but none chosen text. */
export function defaultPublication(werkgroep: WerkgroepRow): PublicationRecord {
  const base = slugOf(werkgroep.wijk || werkgroep.name, 40) || 'wijk';
  return {
    werkgroepId: werkgroep.id,
    settings: {
      published: false,
      // The werkgroep's id keeps two pages of one wijk apart; it is the one id the page shows.
      slug: `${base}-${werkgroep.id
        .slice(0, 8)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')}`.replace(/-+$/, ''),
      intro: '',
      sections: [...PAGE_SECTIONS],
      documentSectionIds: [],
    },
    formKey: '',
    updatedAt: 0,
  };
}

/** The stored settings, or the defaults (not stored) with `saved: false`. */
export async function publicationOf(storage: Storage, werkgroep: WerkgroepRow) {
  const stored = await storage.getPublication(werkgroep.id);
  return { record: stored ?? defaultPublication(werkgroep), saved: stored !== null };
}

/**
 * Saves the facilitator's choice ([WP1]). Sections named must be the werkgroep's own; a slug another
 * werkgroep's page has is refused. The form key is made once and kept.
 */
export async function savePublication(
  storage: Storage,
  werkgroep: WerkgroepRow,
  settings: PublicationSettings,
  now: number,
): Promise<PublicationRecord> {
  const own = new Set<string>();
  for (const d of await storage.listDocuments(werkgroep.id))
    for (const s of await storage.listSections(d.id)) own.add(s.id);
  const unknown = settings.documentSectionIds.findIndex((id) => !own.has(id));
  if (unknown >= 0)
    throw new DomainError('validation_failed', [
      { path: `documentSectionIds.${unknown}`, message: 'not a part of this werkgroep' },
    ]);
  const stored = await storage.getPublication(werkgroep.id);
  const record: PublicationRecord = {
    werkgroepId: werkgroep.id,
    settings,
    formKey: stored?.formKey || randomBytes(32).toString('base64url'),
    updatedAt: now,
  };
  if ((await storage.putPublication(record)) === 'slug_taken') throw new DomainError('wijkpagina_slug_taken');
  return record;
}

/** A question from the public form; empty name or contact are kept as none. */
export async function askQuestion(
  storage: Storage,
  werkgroepId: string,
  q: { text: string; name: string; contact: string },
  now: number,
): Promise<void> {
  await storage.addQuestion({
    id: newId(),
    werkgroepId,
    text: q.text,
    name: q.name || null,
    contact: q.contact || null,
    askedAt: now,
    answer: null,
    answeredAt: null,
    published: false,
  });
}

export async function answerQuestion(
  storage: Storage,
  werkgroepId: string,
  id: string,
  a: AnswerQuestion,
  now: number,
): Promise<QuestionRecord> {
  const answered = await storage.answerQuestion(werkgroepId, id, { ...a, answeredAt: now });
  if (!answered) throw new DomainError('not_found');
  return answered;
}

export async function removeQuestion(storage: Storage, werkgroepId: string, id: string): Promise<void> {
  if (!(await storage.deleteQuestion(werkgroepId, id))) throw new DomainError('not_found');
}
