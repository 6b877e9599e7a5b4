import { Router } from 'express';
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

/** The settings as the facilitator sees them: never the form key. */
const view = (r: PublicationRecord, saved: boolean): PublicationView => ({
  settings: r.settings,
  path: pagePath(r.settings.slug),
  saved,
});
const presentQuestion = ({ werkgroepId: _, ...q }: QuestionRecord): Question => q;

/** The facilitator's side of the wijkpagina (issue 19): settings, questions, the poster. */
export function wijkpaginaRouter(deps: RouteDeps): Router {
  const { storage } = deps;
  const router = Router();
  const manager = (req: Parameters<typeof requireMember>[1], werkgroepId: string) =>
    requireMember(storage, req, werkgroepId, 'wijkpagina.manage');

  mount(router, API.getWijkpagina, async ({ req, params }) => {
    const { werkgroep } = await manager(req, params.werkgroepId);
    const { record, saved } = await publicationOf(storage, werkgroep);
    return view(record, saved);
  });
  mount(router, API.putWijkpagina, async ({ req, params, body }) => {
    const { werkgroep } = await manager(req, params.werkgroepId);
    return view(await savePublication(storage, werkgroep, body, Date.now()), true);
  });
  mount(router, API.listWijkQuestions, async ({ req, params }) => {
    await manager(req, params.werkgroepId);
    return (await storage.listQuestions(params.werkgroepId)).map(presentQuestion);
  });
  mount(router, API.answerWijkQuestion, async ({ req, params, body }) => {
    await manager(req, params.werkgroepId);
    return presentQuestion(
      await answerQuestion(storage, params.werkgroepId, params.questionId, body, Date.now()),
    );
  });
  mount(router, API.deleteWijkQuestion, async ({ req, params }) => {
    await manager(req, params.werkgroepId);
    await removeQuestion(storage, params.werkgroepId, params.questionId);
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
