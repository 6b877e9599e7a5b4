import { type Language, locale, t } from '../i18n/translate';
import type { OverlapPair, OverlapReason } from './overlap';
import type { OverlapInitiative } from './overlapInput';
import { periodWords } from './periodWords';

/** Why two initiatives were paired, in plain words (B1) for the views and the room screen. */
export interface OverlapExplanation {
  /** "Mogelijke overlap: Samen bewegen en Fit na 65" */
  title: string;
  /** One or two sentences per reason: "Beide richten zich op ouderen in Vollenhove-Noord in voorjaar 2027." */
  sentences: string[];
  /** The sentences as one text. */
  text: string;
}

/** A list as people say it: "ouderen", "ouderen en jongeren", "ouderen, jongeren en gezinnen". */
export function listWords(items: readonly string[], lang: Language): string {
  return new Intl.ListFormat(locale(lang), { type: 'conjunction', style: 'long' }).format(items);
}

/** The sentences for one reason; the werkgroep's own names (groups, buurten, funds) stay as they wrote them. */
export function explainReason(reason: OverlapReason, lang: Language): string[] {
  if (reason.kind === 'funding') return [t(lang, 'network.overlap.funding', { source: reason.source })];
  const groups = listWords(reason.targetGroups, lang);
  const buurten = listWords(reason.buurten, lang);
  const when = periodWords(reason.period, lang);
  const audience =
    when === null
      ? t(lang, 'network.overlap.audience', { groups, buurten })
      : t(lang, 'network.overlap.audienceWhen', { groups, buurten, when });
  const themes = listWords(
    reason.themes.map((theme) => t(lang, `network.overlap.theme.${theme}`)),
    lang,
  );
  return [audience, t(lang, 'network.overlap.themes', { themes, count: reason.themes.length })];
}

/**
 * The explanation of a pair from `detectOverlaps`. Names come from `initiativesById`; an initiative that
 * is not there (deleted since) is named by its id, so an explanation never fails.
 */
export function explainOverlap(
  pair: OverlapPair,
  initiativesById: ReadonlyMap<string, Pick<OverlapInitiative, 'name'>>,
  lang: Language,
): OverlapExplanation {
  const name = (id: string) => initiativesById.get(id)?.name ?? id;
  const sentences = pair.reasons.flatMap((reason) => explainReason(reason, lang));
  return {
    title: t(lang, 'network.overlap.title', { a: name(pair.a), b: name(pair.b) }),
    sentences,
    text: sentences.join(' '),
  };
}
