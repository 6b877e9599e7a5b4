import { type Language, t } from '../../../../shared/i18n/translate';
import type { Actie } from '../../../../shared/uitvoering/actie';
import type { Voortgang } from '../../../../shared/uitvoering/voortgang';
import { esc } from '../../../export/html';
import { type PagePart, publicId } from '../context';
import { dateText, dayText } from '../html';

/** What the page shows of one published actie: never its members, ids, budget or photos. */
interface PublicActie {
  actie: Actie;
  /** The lead party's name, if it is still in the wijknetwerk. */
  lead: string | null;
  latest: Voortgang | null;
}

/** The page shows a short explanation; the whole text stays in the werkgroep's own plan. */
const SHORT = 280;
const shortText = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SHORT) return flat;
  const cut = flat.slice(0, SHORT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SHORT - 40))}…`;
};

function period(a: Actie, lang: Language): string {
  if (a.start && a.end)
    return t(lang, 'wijkpagina.acties.period', { start: dayText(a.start, lang), end: dayText(a.end, lang) });
  if (a.start) return t(lang, 'wijkpagina.acties.from', { start: dayText(a.start, lang) });
  if (a.end) return t(lang, 'wijkpagina.acties.until', { end: dayText(a.end, lang) });
  return '';
}

const anchorOf = (a: Actie) => `actie-${publicId(a.id)}`;

function card({ actie: a, lead, latest }: PublicActie, lang: Language): string {
  const status = t(lang, `uitvoering.statuses.${a.status}`);
  const stuck = (a.status === 'vertraagd' || a.status === 'gestopt') && a.statusReason.trim();
  const facts = [
    a.theme ? t(lang, 'wijkpagina.acties.theme', { theme: t(lang, `network.themes.${a.theme}`) }) : '',
    period(a, lang),
    lead ? t(lang, 'wijkpagina.acties.lead', { party: lead }) : '',
  ].filter(Boolean);
  const update = latest
    ? `<p><span class="label">${esc(
        t(lang, 'wijkpagina.acties.latest', { date: dateText(latest.createdAt, lang) }),
      )}</span><br>${esc(latest.text)}</p>`
    : '';
  return `<li id="${anchorOf(a)}"><h3>${esc(a.title)}</h3><p><strong>${esc(
    t(lang, 'wijkpagina.acties.status', { status }),
  )}</strong>${stuck ? ` ${esc(a.statusReason.trim())}` : ''}</p>${
    a.description.trim() ? `<p>${esc(shortText(a.description))}</p>` : ''
  }${facts.map((f) => `<p class="quiet">${esc(f)}</p>`).join('')}<div class="limit"><p><strong>${esc(
    t(lang, 'wijkpagina.acties.nietBeloven'),
  )}</strong><br>${esc(a.nietBeloven.trim())}</p></div>${update}</li>`;
}

/**
 * The uitvoeringsplan's published acties (issue 19): what, the status in a word (and why, when delayed
 * or stopped), when, who leads, what we cannot promise — shown as plainly as the plan itself, so nobody
 * expects more — and the newest update. No photos here: the page stays under its 60 KB ([WP3]).
 */
export const actiesPart: PagePart<PublicActie[]> = {
  async load({ deps, werkgroep }) {
    const published = await deps.storage.listPublishedActies(werkgroep.id);
    if (published.length === 0) return null;
    const parties = new Map<string, string>();
    for (const item of await deps.storage.listNetwork(werkgroep.id))
      if (item.entity === 'party') parties.set(item.value.id, item.value.name);
    return published
      .filter(({ actie }) => actie.published)
      .map(({ actie, latest }) => ({
        actie,
        lead: actie.leadPartyId ? (parties.get(actie.leadPartyId) ?? null) : null,
        latest,
      }));
  },
  render(acties, lang) {
    return `<p>${esc(t(lang, 'wijkpagina.acties.intro'))}</p><ul class="items">${acties
      .map((a) => card(a, lang))
      .join('')}</ul>`;
  },
  updates(acties, lang) {
    return acties.flatMap(({ actie, latest }) =>
      latest
        ? [
            {
              id: `actie-${publicId(latest.id)}`,
              title: t(lang, 'wijkpagina.feed.actie', { title: actie.title }),
              summary: latest.text,
              date: latest.createdAt,
              anchor: anchorOf(actie),
            },
          ]
        : [],
    );
  },
};
