import { LANGUAGES, type Language, t } from '../../../shared/i18n/translate';
import { PAGE_SECTIONS, type PageSection } from '../../../shared/wijkpagina/publication';
import { esc } from '../../export/html';
import { FEED_ENTRIES, type PageContext, type PageUpdate } from './context';
import { dateText, shell } from './html';
import { PAGE_PARTS } from './parts';

export interface LoadedPage {
  parts: { id: PageSection; html: string }[];
}

/** The chosen parts, in PAGE_SECTIONS' order. */
const chosenParts = (ctx: PageContext): PageSection[] => {
  const chosen = new Set(ctx.publication.settings.sections);
  return PAGE_SECTIONS.filter((id) => chosen.has(id));
};

/** Loads the chosen parts for the page (side by side); parts with nothing to show drop out. */
export async function loadPage(ctx: PageContext): Promise<LoadedPage> {
  const ids = chosenParts(ctx);
  const loaded = await Promise.all(ids.map((id) => PAGE_PARTS[id].page(ctx)));
  const parts: LoadedPage['parts'] = [];
  ids.forEach((id, i) => {
    const html = loaded[i];
    if (html !== null && html !== undefined) parts.push({ id, html });
  });
  return { parts };
}

/**
 * The feed's entries from the chosen parts, newest first, at most FEED_ENTRIES. Only the feed reads them
 * (a part may read more for it than the page shows, e.g. every update of the acties); nothing is rendered.
 */
export async function loadFeed(ctx: PageContext): Promise<PageUpdate[]> {
  const entries = (await Promise.all(chosenParts(ctx).map((id) => PAGE_PARTS[id].feed(ctx)))).flat();
  return entries.sort((a, b) => b.date - a.date).slice(0, FEED_ENTRIES);
}

/** Where the page's feeds are, next to the page. */
export const feedPaths = (pagePath: string) => ({
  atom: `${pagePath}/nieuws.atom`,
  ics: `${pagePath}/bijeenkomsten.ics`,
});

/** The blue band: the werkgroep, its place, the intro, and the switch to the other language(s). */
function header(ctx: PageContext, pagePath: string, heading: 'h1' | 'p' = 'h1'): string {
  const { werkgroep, lang, publication } = ctx;
  const others = LANGUAGES.filter((l) => l !== lang)
    .map(
      (l: Language) =>
        `<a href="${esc(pagePath)}?lang=${l}" hreflang="${l}" lang="${l}">${esc(t(l, 'wijkpagina.page.otherLanguage'))}</a>`,
    )
    .join(' ');
  const intro = publication.settings.intro || t(lang, 'wijkpagina.page.lead', { name: werkgroep.name });
  return `<div class="wrap"><div class="bar"><span>${esc(t(lang, 'wijkpagina.settings.title'))}</span><span>${others}</span></div><div class="hero"><${heading} class="name">${esc(werkgroep.name)}</${heading}><p class="place">${esc(`${werkgroep.wijk}, ${werkgroep.gemeente}`)}</p><p>${esc(intro)}</p></div></div>`;
}

function footer(ctx: PageContext): string {
  const { werkgroep, lang, now } = ctx;
  return `<p>${esc(t(lang, 'wijkpagina.page.footer', { name: werkgroep.name, wijk: werkgroep.wijk, gemeente: werkgroep.gemeente }))}</p><p>${esc(
    t(lang, 'wijkpagina.page.updated', { date: dateText(now, lang) }),
  )}</p>`;
}

/** The public page as one HTML document. */
export function pageHtml(ctx: PageContext, page: LoadedPage, pagePath: string): string {
  const { lang } = ctx;
  const feeds = feedPaths(pagePath);
  const showsMeetings = page.parts.some((p) => p.id === 'vergaderingen');
  const toc = page.parts
    .map((p) => `<li><a href="#${p.id}">${esc(t(lang, `wijkpagina.sections.${p.id}`))}</a></li>`)
    .join('');
  const sections = page.parts
    .map(
      (p) =>
        `<section id="${p.id}" aria-labelledby="${p.id}-titel"><h2 id="${p.id}-titel">${esc(
          t(lang, `wijkpagina.sections.${p.id}`),
        )}</h2>${p.html}</section>`,
    )
    .join('');
  const follow = `<section class="follow" aria-labelledby="volgen-titel"><h2 id="volgen-titel">${esc(
    t(lang, 'wijkpagina.page.follow'),
  )}</h2><ul><li><a href="${esc(feeds.atom)}?lang=${lang}">${esc(t(lang, 'wijkpagina.page.feed'))}</a></li>${
    showsMeetings
      ? `<li><a href="${esc(feeds.ics)}">${esc(t(lang, 'wijkpagina.page.calendar'))}</a></li>`
      : ''
  }</ul></section>`;
  const feedTitle = t(lang, 'wijkpagina.feed.title', { name: ctx.werkgroep.name });
  const head = `<link rel="alternate" type="application/atom+xml" title="${esc(feedTitle)}" href="${esc(feeds.atom)}?lang=${lang}">${
    showsMeetings
      ? `<link rel="alternate" type="text/calendar" title="${esc(t(lang, 'wijkpagina.page.calendar'))}" href="${esc(feeds.ics)}">`
      : ''
  }`;
  return shell({
    lang,
    title: `${ctx.werkgroep.name} — ${ctx.werkgroep.wijk}`,
    head,
    header: header(ctx, pagePath),
    main: `${toc ? `<nav class="toc" aria-labelledby="toc-titel"><h2 id="toc-titel">${esc(t(lang, 'wijkpagina.page.contents'))}</h2><ul>${toc}</ul></nav>` : ''}${sections}${follow}`,
    footer: footer(ctx),
  });
}

/** The thank-you page after a question (the form's redirect target). */
export function thanksHtml(ctx: PageContext, pagePath: string): string {
  const { lang } = ctx;
  return shell({
    lang,
    title: `${t(lang, 'wijkpagina.vragen.thanksTitle')} — ${ctx.werkgroep.name}`,
    header: header(ctx, pagePath, 'p'),
    main: `<section aria-labelledby="bedankt-titel"><h1 id="bedankt-titel">${esc(t(lang, 'wijkpagina.vragen.thanksTitle'))}</h1><p>${esc(
      t(lang, 'wijkpagina.vragen.thanksText'),
    )}</p><p><a href="${esc(pagePath)}?lang=${lang}">${esc(t(lang, 'wijkpagina.vragen.back'))}</a></p></section>`,
    footer: footer(ctx),
  });
}
