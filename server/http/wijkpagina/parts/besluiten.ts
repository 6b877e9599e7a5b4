import { t } from '../../../../shared/i18n/translate';
import { esc } from '../../../export/html';
import type { PagePart } from '../context';
import { dateText } from '../html';

interface PublicDecision {
  number: number;
  question: string;
  text: string;
  decidedAt: number;
}

/**
 * The besluitenlijst: number, question, the facilitator's wording and the date — never ballots or the
 * figures per group (a secret vote's outcome is public, how anyone voted is not).
 */
export const besluitenPart: PagePart<PublicDecision[]> = {
  async load({ deps, werkgroep }) {
    return (await deps.storage.listDecisions(werkgroep.id))
      .map(({ number, question, text, decidedAt }) => ({ number, question, text, decidedAt }))
      .sort((a, b) => b.number - a.number);
  },
  render(decisions, lang) {
    if (decisions.length === 0) return `<p class="quiet">${esc(t(lang, 'wijkpagina.besluiten.none'))}</p>`;
    return `<ul class="items">${decisions
      .map(
        (d) =>
          `<li id="besluit-${d.number}"><p class="label">${esc(t(lang, 'wijkpagina.besluiten.number', { number: d.number }))}</p><p><strong>${esc(
            d.question,
          )}</strong></p>${d.text ? `<p>${esc(d.text)}</p>` : ''}<p class="quiet">${esc(
            t(lang, 'wijkpagina.besluiten.decidedOn', { date: dateText(d.decidedAt, lang) }),
          )}</p></li>`,
      )
      .join('')}</ul>`;
  },
  updates(decisions, lang) {
    return decisions.map((d) => ({
      id: `besluit-${d.number}`,
      title: t(lang, 'wijkpagina.feed.decision', { number: d.number, question: d.question }),
      summary: d.text || d.question,
      date: d.decidedAt,
      anchor: `besluit-${d.number}`,
    }));
  },
};
