import { z } from 'zod';
import { LANGUAGES } from '../i18n/translate';
import { idSchema } from '../schemas/common';
import { publicationSettingsSchema, publicationViewSchema } from '../wijkpagina/publication';
import { answerQuestionSchema, questionSchema } from '../wijkpagina/question';
import type { RouteDef } from './routes';

const BASE = '/api/werkgroepen/:werkgroepId/wijkpagina';
const werkgroepParams = z.object({ werkgroepId: idSchema });
const questionParams = z.object({ werkgroepId: idSchema, questionId: idSchema });

export const posterQuerySchema = z.object({
  size: z.enum(['A4', 'A3']).default('A4'),
  lang: z.enum(LANGUAGES).optional(),
});

/**
 * The public wijkpagina's settings and the questions from residents (issue 19); part of API in routes.ts.
 * The page itself, its feeds and its form are not API routes: they are HTML, Atom and iCalendar at
 * /wijk/<slug> (server/http/routes/wijkpagina/public.ts). Facilitator only (`wijkpagina.manage`).
 */
export const WIJKPAGINA_API = {
  getWijkpagina: {
    method: 'get',
    path: BASE,
    summary: 'The public page settings (defaults, offline, until saved) and its address',
    auth: 'member',
    params: werkgroepParams,
    response: publicationViewSchema,
  },
  putWijkpagina: {
    method: 'put',
    path: BASE,
    summary: 'Publish or unpublish the public page and choose what is on it',
    auth: 'member',
    params: werkgroepParams,
    body: publicationSettingsSchema,
    response: publicationViewSchema,
  },
  listWijkQuestions: {
    method: 'get',
    path: `${BASE}/vragen`,
    summary: 'Questions residents sent from the public page, newest first (with their contact, if given)',
    auth: 'member',
    params: werkgroepParams,
    response: z.array(questionSchema),
  },
  answerWijkQuestion: {
    method: 'put',
    path: `${BASE}/vragen/:questionId`,
    summary: 'Answer a question, and choose whether question and answer appear on the page',
    auth: 'member',
    params: questionParams,
    body: answerQuestionSchema,
    response: questionSchema,
  },
  deleteWijkQuestion: {
    method: 'delete',
    path: `${BASE}/vragen/:questionId`,
    summary: 'Remove a question',
    auth: 'member',
    params: questionParams,
    status: 204,
  },
  wijkPoster: {
    method: 'get',
    path: `${BASE}/poster`,
    summary: 'A poster (A4 or A3 PDF) with a QR code to the public page',
    auth: 'member',
    params: werkgroepParams,
    query: posterQuerySchema,
    produces: ['application/pdf'],
  },
} as const satisfies Record<string, RouteDef>;
