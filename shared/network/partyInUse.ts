import { z } from 'zod';
import type { MessageKey, MessageParams } from '../i18n/translate';

/**
 * Why a party of the wijknetwerk cannot be removed (409 `party_in_use`): the wijkakkoord or the
 * uitvoeringsplan still names it. The params say where, as counts and up to a few quoted titles, so a
 * client (and the server's own message) can say it in plain words and the person knows what to change.
 */
export const PARTY_IN_USE_LIMITS = {
  /** Titles named per kind (afspraken, acties led, acties partnered). */
  titles: 3,
  /** A longer title is cut with "…". */
  titleLength: 60,
} as const;

const count = z.number().int().nonnegative();
export const partyInUseParamsSchema = z.object({
  /** Afspraken that name the party as committing. */
  afspraken: count,
  /** Their titles (the start of each "wat"), quoted: ‘A’, ‘B’ (… when there are more). */
  afspraakTitles: z.string(),
  /** 1 when the party is on the list of signatories, else 0. */
  signatory: count,
  /** Signatures for the party (every version, voided ones too: the list of signatures shows them). */
  signatures: count,
  /** Open signing links for the party. */
  signingLinks: count,
  /** Acties the party leads (trekker). */
  leads: count,
  leadTitles: z.string(),
  /** Acties the party is a partner in. */
  partners: count,
  partnerTitles: z.string(),
});
export type PartyInUseParams = z.infer<typeof partyInUseParamsSchema>;

/** Whether anything still names the party. */
export const isInUse = (p: PartyInUseParams): boolean =>
  p.afspraken + p.signatory + p.signatures + p.signingLinks + p.leads + p.partners > 0;

/** Up to PARTY_IN_USE_LIMITS.titles titles, each quoted and cut short: ‘A’, ‘B’, ‘C’ … */
export function quotedTitles(titles: readonly string[]): string {
  const { titles: max, titleLength } = PARTY_IN_USE_LIMITS;
  const cut = (s: string) => {
    const line = s.replace(/\s+/g, ' ').trim();
    return line.length > titleLength ? `${line.slice(0, titleLength - 1).trimEnd()}…` : line;
  };
  const shown = titles.slice(0, max).map((s) => `‘${cut(s)}’`);
  return shown.join(', ') + (titles.length > max ? ' …' : '');
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** "a, b en c" in the catalogue's own word for "and". */
function joined(tr: Translate, parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return tr('network.inUse.list', { first: parts.slice(0, -1).join(', '), last: parts.at(-1) ?? '' });
}

/**
 * The refusal in words: "Deze partij kan niet weg. Ze staat in het wijkakkoord (afspraak ‘…’) en is
 * trekker van 1 actie (‘…’). Haal haar daar eerst weg." Null when `params` are not a party_in_use's.
 */
export function partyInUseWords(tr: Translate, params: unknown): string | null {
  const parsed = partyInUseParamsSchema.safeParse(params);
  if (!parsed.success) return null;
  const p = parsed.data;
  const inAkkoord = [
    ...(p.afspraken > 0
      ? [tr('network.inUse.afspraken', { count: p.afspraken, titles: p.afspraakTitles })]
      : []),
    ...(p.signatory > 0 ? [tr('network.inUse.signatory')] : []),
    ...(p.signingLinks > 0 ? [tr('network.inUse.signingLinks', { count: p.signingLinks })] : []),
  ];
  const parts = [
    ...(inAkkoord.length > 0 ? [tr('network.inUse.akkoord', { what: inAkkoord.join('; ') })] : []),
    ...(p.signatures > 0 ? [tr('network.inUse.signed')] : []),
    ...(p.leads > 0 ? [tr('network.inUse.leads', { count: p.leads, titles: p.leadTitles })] : []),
    ...(p.partners > 0 ? [tr('network.inUse.partners', { count: p.partners, titles: p.partnerTitles })] : []),
  ];
  if (parts.length === 0) return null;
  const removable = inAkkoord.length > 0 || p.leads > 0 || p.partners > 0;
  return [
    tr('network.inUse.intro'),
    tr('network.inUse.where', { where: joined(tr, parts) }),
    ...(removable ? [tr('network.inUse.removeFirst')] : []),
    ...(p.signatures > 0 ? [tr('network.inUse.signedStays')] : []),
  ].join(' ');
}
