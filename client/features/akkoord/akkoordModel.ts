import type { AkkoordActor } from '../../../shared/akkoord/access';
import { maySignFor } from '../../../shared/akkoord/access';
import type { ProgressEntry } from '../../../shared/akkoord/progress';
import {
  BEWONERS_KIND,
  GEMEENTE_KIND,
  type Representative,
  type Signatory,
} from '../../../shared/akkoord/signatory';
import type { Signature } from '../../../shared/akkoord/signature';
import type { AkkoordView } from '../../../shared/akkoord/view';

/** The three columns of the signatories: bewoners and gemeente side by side, the other partners after. */
export const SIGN_GROUPS = ['bewoners', 'gemeente', 'partners'] as const;
export type SignGroup = (typeof SIGN_GROUPS)[number];

export function groupOfKind(kind: string): SignGroup {
  if (kind === BEWONERS_KIND) return 'bewoners';
  if (kind === GEMEENTE_KIND) return 'gemeente';
  return 'partners';
}

/** Items (parties, signatories with their party) in their column, each column in the given order. */
export function byGroup<T>(items: readonly T[], kindOf: (item: T) => string): Record<SignGroup, T[]> {
  const out: Record<SignGroup, T[]> = { bewoners: [], gemeente: [], partners: [] };
  for (const item of items) out[groupOfKind(kindOf(item))].push(item);
  return out;
}

/** The order after moving `id` one place up (-1) or down (+1); null when it cannot move that way. */
export function moveId(ids: readonly string[], id: string, delta: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const out = [...ids];
  out.splice(from, 1);
  out.splice(to, 0, id);
  return out;
}

/** An afspraak's progress reports, newest first (by day, then by when they were written). */
export function progressOf(entries: readonly ProgressEntry[], afspraakId: string): ProgressEntry[] {
  return entries
    .filter((e) => e.afspraakId === afspraakId)
    .sort((a, b) => (a.date === b.date ? b.createdAt - a.createdAt : a.date < b.date ? 1 : -1));
}

/** The signatures that count now: those under the frozen version, not voided. */
export function validSignatures(view: Pick<AkkoordView, 'currentVersion' | 'signatures'>): Signature[] {
  const version = view.currentVersion;
  if (!version) return [];
  return view.signatures.filter((s) => s.versionId === version.id && s.voidedAt === null);
}

/** How many signatures reopening the text would void. */
export const voidedByReopening = (view: Pick<AkkoordView, 'currentVersion' | 'signatures'>): number =>
  validSignatures(view).length;

type PartyLinks = { id: string; memberIds: readonly string[] };

/**
 * The signatory parties `actor` may sign for now: the text is frozen, the actor is the party's
 * representative (shared/akkoord/access.ts), and the party has not signed this version yet.
 */
export function signableFor(
  actor: AkkoordActor,
  view: Pick<AkkoordView, 'akkoord' | 'currentVersion' | 'signatures' | 'signatories'>,
  parties: readonly PartyLinks[],
): Signatory[] {
  if (view.akkoord.status !== 'ter_ondertekening') return [];
  const signed = new Set(validSignatures(view).map((s) => s.partyId));
  return view.signatories.filter(
    (s) =>
      !signed.has(s.partyId) &&
      maySignFor(
        actor,
        s,
        parties.find((p) => p.id === s.partyId),
      ),
  );
}

/** Whole days 'YYYY-MM-DD' as the people of the wijk read them ("5 maart 2027"). */
export function formatDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));
}

/** Today in the Netherlands as 'YYYY-MM-DD' (the default day of a progress report). */
export function todayDay(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** A representative as one select value: 'outside', 'member' (any linked member) or 'member:<id>'. */
export const toChoice = (r: Representative): string =>
  r.kind === 'outside' ? 'outside' : r.memberId ? `member:${r.memberId}` : 'member';

/** The representative a select value stands for (anything unknown: any linked member). */
export const fromChoice = (v: string): Representative =>
  v === 'outside'
    ? { kind: 'outside' }
    : { kind: 'member', memberId: v.startsWith('member:') ? v.slice('member:'.length) || null : null };
