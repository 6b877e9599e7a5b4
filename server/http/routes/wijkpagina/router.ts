import { type RequestHandler, Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { type PublicationView, pagePath } from '../../../../shared/wijkpagina/publication';
import type { Question } from '../../../../shared/wijkpagina/question';
import { answerQuestion, publicationOf, removeQuestion, savePublication } from '../../../domain/wijkpagina';
import type { PublicationRecord, QuestionRecord } from '../../../storage/WijkpaginaStore';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { mount } from '../../route';
import { posterPdf } from '../../wijkpagina/poster';
import { languageFor } from './language';
import { type PublicPages, publicPageRouter, publicPages } from './public';

/** The settings as the facilitator sees them: never the form key. */
const view = (r: PublicationRecord, saved: boolean): PublicationView => ({
  settings: r.settings,
  path: pagePath(r.settings.slug),
  saved,
});
const presentQuestion = ({ werkgroepId: _, ...q }: QuestionRecord): Question => q;

/**
 * The wijkpagina (issue 19): the facilitator's settings, questions and poster, and the public page with
 * its feeds and form (public.ts). A change here forgets this instance's rendered copies at once; other
 * instances show it within PAGE_FRESH_MS.
 */
export function wijkpaginaRouter(deps: RouteDeps, questionLimit: RequestHandler): Router {
  const { storage } = deps;
  const pages: PublicPages = publicPages();
  const router = Router();
  router.use(publicPageRouter(deps, pages, questionLimit));
  const changed = (werkgroepId: string) => pages.forget(`${werkgroepId}:`);
  const manager = (req: Parameters<typeof requireMember>[1], werkgroepId: string) =>
    requireMember(storage, req, werkgroepId, 'wijkpagina.manage');

  mount(router, API.getWijkpagina, async ({ req, params }) => {
    const { werkgroep } = await manager(req, params.werkgroepId);
    const { record, saved } = await publicationOf(storage, werkgroep);
    return view(record, saved);
  });
  mount(router, API.putWijkpagina, async ({ req, params, body }) => {
    const { werkgroep } = await manager(req, params.werkgroepId);
    const saved = await savePublication(storage, werkgroep, body, Date.now());
    changed(werkgroep.id);
    return view(saved, true);
  });
  mount(router, API.listWijkQuestions, async ({ req, params }) => {
    await manager(req, params.werkgroepId);
    return (await storage.listQuestions(params.werkgroepId)).map(presentQuestion);
  });
  mount(router, API.answerWijkQuestion, async ({ req, params, body }) => {
    await manager(req, params.werkgroepId);
    const answered = await answerQuestion(storage, params.werkgroepId, params.questionId, body, Date.now());
    changed(params.werkgroepId);
    return presentQuestion(answered);
  });
  mount(router, API.deleteWijkQuestion, async ({ req, params }) => {
    await manager(req, params.werkgroepId);
    await removeQuestion(storage, params.werkgroepId, params.questionId);
    changed(params.werkgroepId);
    return undefined;
  });
  mount(router, API.wijkPoster, async ({ req, res, params, query }) => {
    const { werkgroep } = await manager(req, params.werkgroepId);
    const { record } = await publicationOf(storage, werkgroep);
    const url = `${deps.joinAddress(req).origin}${pagePath(record.settings.slug)}`;
    const lang = query.lang ?? languageFor(req);
    const pdf = await posterPdf({ werkgroep, intro: record.settings.intro, url, lang, size: query.size });
    res.type('application/pdf');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="wijkpagina-${record.settings.slug}-${query.size}.pdf"`,
    );
    res.setHeader('Cache-Control', 'no-store');
    res.end(pdf);
    return undefined;
  });
  return router;
}
