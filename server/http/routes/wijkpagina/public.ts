import express, { type Request, type RequestHandler, type Response, Router } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import { type Language, t } from '../../../../shared/i18n/translate';
import { pagePath, pageSlugSchema } from '../../../../shared/wijkpagina/publication';
import { QUESTION_LIMITS, questionFormSchema } from '../../../../shared/wijkpagina/question';
import { askQuestion } from '../../../domain/wijkpagina';
import type { RouteDeps } from '../../deps';
import type { PageContext } from '../../wijkpagina/context';
import { atomFeed, meetingsCalendar } from '../../wijkpagina/feeds';
import { checkFormToken, FORM_TOKEN_SLOT, formToken } from '../../wijkpagina/formToken';
import { shell } from '../../wijkpagina/html';
import { PageCache } from '../../wijkpagina/pageCache';
import { upcomingMeetings } from '../../wijkpagina/parts/vergaderingen';
import { loadFeed, loadPage, pageHtml, thanksHtml } from '../../wijkpagina/render';
import { languageFor } from './language';
import { type Prepared, prepare, sendPrepared, sendText } from './send';

const HTML = 'text/html; charset=utf-8';
/**
 * Readers (and proxies) keep the page but ask each time whether it changed (a cheap 304 when not): an
 * answer, a decision or unpublishing shows at once.
 */
const PAGE_CACHE = 'public, no-cache';

/** How long a rendered page is shared by its readers (per instance). */
export const PAGE_FRESH_MS = 5_000;

/**
 * The page with a form token in its slot. A cached page is served for up to PAGE_FRESH_MS, so its token
 * says it was shown at the end of that time: the time a form took is never counted longer than it was.
 */
const withToken = (html: string, ctx: PageContext, shownAt = ctx.now) =>
  html.replace(FORM_TOKEN_SLOT, formToken(ctx.publication.formKey, ctx.publication.settings.slug, shownAt));

/** The cache of rendered pages and feeds the public routes share with the facilitator's routes. */
export const publicPages = () => new PageCache<Prepared>(PAGE_FRESH_MS);
export type PublicPages = ReturnType<typeof publicPages>;

/** A plain 404 page: an unknown slug and an unpublished page look the same ([WP2]). */
function notFound(req: Request, res: Response, lang: Language): Promise<void> {
  return sendText(req, res, {
    status: 404,
    type: HTML,
    cache: 'no-cache',
    body: shell({
      lang,
      title: t(lang, 'notFound.title'),
      header: '',
      main: `<h1>${t(lang, 'notFound.title')}</h1><p>${t(lang, 'notFound.text')}</p>`,
      footer: '',
    }),
  });
}

/** The page's context, or null: unknown slug, unpublished, or its werkgroep is gone. */
async function pageContext(deps: RouteDeps, req: Request): Promise<PageContext | null> {
  const { storage } = deps;
  const slug = pageSlugSchema.safeParse(req.params.slug);
  if (!slug.success) return null;
  const publication = await storage.getPublicationBySlug(slug.data);
  if (!publication?.settings.published) return null;
  const werkgroep = await storage.getWerkgroep(publication.werkgroepId);
  if (!werkgroep) return null;
  return {
    deps,
    werkgroep,
    publication,
    lang: languageFor(req),
    pageUrl: `${deps.joinAddress(req).origin}${pagePath(slug.data)}`,
    now: Date.now(),
  };
}

/** [WP5] A question from the form: refused with the form shown again, or stored and redirected (303). */
async function receiveQuestion(deps: RouteDeps, req: Request, res: Response): Promise<void> {
  const first = await pageContext(deps, req);
  if (!first?.publication.settings.sections.includes('vragen')) return notFound(req, res, languageFor(req));
  const raw = (req.body ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, QUESTION_LIMITS.textMax + 10) : '');
  const values = { question: str(raw.question), name: str(raw.name), contact: str(raw.contact) };
  const lang = first.lang;
  const path = pagePath(first.publication.settings.slug);
  const refuse = async (error: string, status: number, token?: string) => {
    const ctx = { ...first, form: { values, error, ...(token ? { token } : {}) } };
    await sendText(req, res, {
      status,
      type: HTML,
      cache: 'no-store',
      body: withToken(pageHtml(ctx, await loadPage(ctx), path), ctx).replace(
        '<title>',
        `<title>${t(lang, 'wijkpagina.vragen.errorTitle')} — `,
      ),
    });
  };
  const form = questionFormSchema.safeParse(raw);
  if (!form.success) {
    return refuse(
      t(lang, 'wijkpagina.vragen.invalid', {
        min: QUESTION_LIMITS.textMin,
        max: QUESTION_LIMITS.textMax,
      }),
      400,
    );
  }
  // A robot filled the hidden field: it gets the thank-you page, the werkgroep gets nothing.
  if (form.data.website !== '') return res.redirect(303, `${path}/bedankt?lang=${lang}`);
  const check = checkFormToken(
    first.publication.formKey,
    first.publication.settings.slug,
    form.data.token,
    first.now,
  );
  if (check === 'too_fast') return refuse(t(lang, 'wijkpagina.vragen.tooFast'), 400, form.data.token);
  if (check === 'invalid') return refuse(t(lang, 'wijkpagina.vragen.tooFast'), 400);
  if (check === 'expired') return refuse(t(lang, 'wijkpagina.vragen.expired'), 400);
  await askQuestion(
    deps.storage,
    first.werkgroep.id,
    { text: form.data.question, name: form.data.name, contact: form.data.contact },
    first.now,
  );
  res.redirect(303, `${path}/bedankt?lang=${lang}`);
}

/**
 * [WP6] Questions per address: QUESTION_LIMITS.perAddress per window, counted across instances with the
 * shared store (REDIS_URL) like the other limits. Refused with a page that says so, not with JSON.
 */
export function questionLimiter(store?: Store): RequestHandler {
  return rateLimit({
    ...(store ? { store } : {}),
    windowMs: QUESTION_LIMITS.windowMs,
    limit: QUESTION_LIMITS.perAddress,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res) => {
      const lang = languageFor(req);
      const text = t(lang, 'wijkpagina.vragen.tooMany');
      sendText(req, res, {
        status: 429,
        type: HTML,
        cache: 'no-store',
        body: shell({ lang, title: text, header: '', main: `<h1>${text}</h1>`, footer: '' }),
      }).catch(() => res.end());
    },
  });
}

/**
 * The public wijkpagina (issue 19): server-rendered HTML without scripts, its Atom and iCalendar feeds,
 * and the question form (a plain POST, rate-limited per address across instances, a honeypot, a signed
 * time token, a size limit). Only published pages answer; everything shown is what the facilitator chose.
 */
export function publicPageRouter(deps: RouteDeps, pages: PublicPages, questionLimit: RequestHandler): Router {
  const router = Router();

  // Settings saved since change the key: a page taken offline or changed is never served from before.
  const key = (ctx: PageContext, what: string) =>
    `${ctx.werkgroep.id}:${ctx.publication.updatedAt}:${what}:${ctx.lang}`;

  router.get('/wijk/:slug', async (req, res) => {
    const ctx = await pageContext(deps, req);
    if (!ctx) return notFound(req, res, languageFor(req));
    const page = await pages.get(key(ctx, 'page'), ctx.now, async () => {
      const html = pageHtml(ctx, await loadPage(ctx), pagePath(ctx.publication.settings.slug));
      // The ETag leaves the token out: a reader whose copy is unchanged gets a 304 and keeps an older
      // token, which only means more time has passed since the form was shown.
      return prepare(withToken(html, ctx, ctx.now + PAGE_FRESH_MS), html);
    });
    sendPrepared(req, res, page, { type: HTML, cache: PAGE_CACHE });
  });

  router.get('/wijk/:slug/nieuws.atom', async (req, res) => {
    const ctx = await pageContext(deps, req);
    if (!ctx) return notFound(req, res, languageFor(req));
    const feed = await pages.get(key(ctx, 'atom'), ctx.now, async () =>
      prepare(atomFeed(ctx, await loadFeed(ctx), `${ctx.pageUrl}/nieuws.atom`)),
    );
    sendPrepared(req, res, feed, {
      type: 'application/atom+xml; charset=utf-8',
      cache: 'public, max-age=300',
    });
  });

  router.get('/wijk/:slug/bijeenkomsten.ics', async (req, res) => {
    const ctx = await pageContext(deps, req);
    if (!ctx?.publication.settings.sections.includes('vergaderingen'))
      return notFound(req, res, languageFor(req));
    const body = meetingsCalendar(ctx, await upcomingMeetings(ctx));
    await sendText(req, res, { body, type: 'text/calendar; charset=utf-8', cache: 'public, max-age=300' });
  });

  router.get('/wijk/:slug/bedankt', async (req, res) => {
    const ctx = await pageContext(deps, req);
    if (!ctx) return notFound(req, res, languageFor(req));
    await sendText(req, res, {
      body: thanksHtml(ctx, pagePath(ctx.publication.settings.slug)),
      type: HTML,
      cache: 'no-cache',
    });
  });

  router.post(
    '/wijk/:slug/vraag',
    questionLimit,
    express.urlencoded({ extended: false, limit: QUESTION_LIMITS.bodyBytes, parameterLimit: 10 }),
    (req, res) => receiveQuestion(deps, req, res),
  );

  return router;
}
