import type { PublicationSettings } from '../../shared/wijkpagina/publication';
import type { Question } from '../../shared/wijkpagina/question';
import { methodsOf } from './methods';

/** A werkgroep's public page settings as stored, with the key that signs its question form. */
export interface PublicationRecord {
  werkgroepId: string;
  settings: PublicationSettings;
  /** A random secret of this werkgroep's page: HMAC key of the form's time token (never in an answer). */
  formKey: string;
  updatedAt: number;
}

/** A question as stored: the shared one with its werkgroep. */
export type QuestionRecord = Question & { werkgroepId: string };

/**
 * The public wijkpagina (issue 19): its settings, one per werkgroep, found by werkgroep or by its slug
 * (unique across werkgroepen), and the questions residents send from it.
 */
export interface WijkpaginaStore {
  getPublication(werkgroepId: string): Promise<PublicationRecord | null>;
  getPublicationBySlug(slug: string): Promise<PublicationRecord | null>;
  /** Inserts or replaces; `slug_taken` when another werkgroep's page has the slug ([STORE-WP1]). */
  putPublication(record: PublicationRecord): Promise<'ok' | 'slug_taken'>;
  addQuestion(question: QuestionRecord): Promise<void>;
  /** The werkgroep's questions, newest first. */
  listQuestions(werkgroepId: string): Promise<QuestionRecord[]>;
  /** Sets answer, answeredAt and published; null when the question is not the werkgroep's. */
  answerQuestion(
    werkgroepId: string,
    id: string,
    answer: { answer: string; answeredAt: number; published: boolean },
  ): Promise<QuestionRecord | null>;
  /** Removes a question (spam, or answered elsewhere); false when there was none. */
  deleteQuestion(werkgroepId: string, id: string): Promise<boolean>;
}

export const WIJKPAGINA_STORE_METHODS = methodsOf<WijkpaginaStore>({
  getPublication: true,
  getPublicationBySlug: true,
  putPublication: true,
  addQuestion: true,
  listQuestions: true,
  answerQuestion: true,
  deleteQuestion: true,
});
