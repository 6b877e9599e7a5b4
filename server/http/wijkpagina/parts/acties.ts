import { type Language, locale, t } from '../../../../shared/i18n/translate';
import type { Actie } from '../../../../shared/uitvoering/actie';
import type { Voortgang } from '../../../../shared/uitvoering/voortgang';
import { partyNames } from '../../../domain/network/state';
import { esc } from '../../../export/html';
import { FEED_ENTRIES, type PagePart, publicId } from '../context';
import { dateText } from '../html';

/** What the page shows of one published actie: never its members, ids, budget or photos. */
interface PublicActie {
  actie: Actie;
  /** The lead party's name, if it is still in the wijknetwerk. */
  lead: string | null;
  latest: Voortgang | null;
}

/**
 * 200 acties must fit the page's 60 KB with the other parts ([WP3]): a short explanation, the update cut
 * at a sentence's length (the feed has it whole), months rather than days, one line of facts, and a
 * finished actie in one line (it promises nothing any more).
 */
const SHORT = 140;
const UPDATE = 200;
const cut = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const part = flat.slice(0, max);
  return `${part.slice(0, Math.max(part.lastIndexOf(' '), max - 30))}…`;
};

const month = (day: string, lang: Language): string =>
  new Intl.DateTimeFormat(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );

function period(a: Actie, lang: Language): string {
  if (a.start && a.end)
    return t(lang, 'wijkpagina.acties.period', { start: month(a.start, lang), end: month(a.end, lang) });
  if (a.start) return t(lang, 'wijkpagina.acties.from', { start: month(a.start, lang) });
  if (a.end) return t(lang, 'wijkpagina.acties.until', { end: month(a.end, lang) });
  return '';
}

/** A stable anchor that does not give away the actie's id (short: 200 of them are on one page). */
const anchorOf = (a: Actie) => `actie-${publicId(a.id).slice(0, 10)}`;

function card({ actie: a, lead, latest }: PublicActie, lang: Language): string {
  const status = esc(
    t(lang, 'wijkpagina.acties.status', { status: t(lang, `uitvoering.statuses.${a.status}`) }),
  );
  const facts = [
    a.theme ? t(lang, 'wijkpagina.acties.theme', { theme: t(lang, `network.themes.${a.theme}`) }) : '',
    period(a, lang),
    lead ? t(lang, 'wijkpagina.acties.lead', { party: lead }) : '',
  ]
    .filter(Boolean)
    .map(esc)
    .join(' · ');
  const head = `<li id="${anchorOf(a)}"><h3>${esc(a.title)}</h3>`;
  if (a.status === 'klaar') return `${head}<p><b>${status}</b> ${facts}</p></li>`;
  const stuck = (a.status === 'vertraagd' || a.status === 'gestopt') && a.statusReason.trim();
  const update = latest
    ? `<p><b>${esc(t(lang, 'wijkpagina.acties.latest', { date: dateText(latest.createdAt, lang) }))}</b> ${esc(
        cut(latest.text, UPDATE),
      )}</p>`
    : '';
  return `${head}<p><b>${status}</b>${stuck ? ` ${esc(a.statusReason.trim())}` : ''}</p>${
    a.description.trim() ? `<p>${esc(cut(a.description, SHORT))}</p>` : ''
  }${facts ? `<p class="quiet">${facts}</p>` : ''}<p class="limit"><b>${esc(
    t(lang, 'wijkpagina.acties.nietBeloven'),
  )}</b> ${esc(a.nietBeloven.trim())}</p>${update}</li>`;
}

/**
 * The uitvoeringsplan's published acties (issue 19): what, the status in a word (and why, when delayed
 * or stopped), when, who leads, what we cannot promise — shown as plainly as the plan itself, so nobody
 * expects more — and the newest update (the feed has them all). No photos here: the page stays under its
 * 60 KB ([WP3]).
 */
export const actiesPart: PagePart<PublicActie[]> = {
  async load({ deps, werkgroep }) {
    const published = await deps.storage.listPublishedActies(werkgroep.id);
    if (published.length === 0) return null;
    const parties = await partyNames(deps.storage, werkgroep.id);
    const shown = published
      .filter(({ actie }) => actie.published)
      .map(({ actie, latest }) => ({
        actie,
        lead: actie.leadPartyId ? (parties.get(actie.leadPartyId) ?? null) : null,
        latest,
      }));
    return shown.length > 0 ? shown : null;
  },
  render(acties, lang) {
    return `<p>${esc(t(lang, 'wijkpagina.acties.intro'))}</p><ul class="items">${acties
      .map((a) => card(a, lang))
      .join('')}</ul>`;
  },
  /**
   * Every update of the published acties, newest first, in one query: a resident whose reader polls
   * seldom misses none, and the feed keeps the history. The whole text and its date only: never the
   * photo, nor who wrote it (the page shows neither).
   */
  async feed({ deps, werkgroep, lang }) {
    const found = await deps.storage.listPublishedVoortgang(werkgroep.id, FEED_ENTRIES);
    return found.map(({ actie, update }) => ({
      id: `actie-${publicId(update.id)}`,
      title: t(lang, 'wijkpagina.feed.actie', { title: actie.title }),
      summary: update.text,
      date: update.createdAt,
      anchor: anchorOf(actie),
    }));
  },
};
