import type { z } from 'zod';
import type { NetworkTheme } from '../../../../shared/network/common';
import type { Funding, InitiativeRecord, InitiativeStatus } from '../../../../shared/network/initiative';
import { isStandardKind, type Party, type StandardPartyKind } from '../../../../shared/network/party';
import type { RelationKind } from '../../../../shared/network/relation';

/**
 * What the network forms hold while someone fills them in, and the pure steps from there to a request
 * body: labels typed as one line split into a list, an empty field becomes null, a contact without
 * consent is not sent at all, and an edit sends only the fields that changed (two people editing other
 * fields of one card at the same moment both keep their change).
 */

/** "Ouderen, jongeren; gezinnen" → ["Ouderen", "jongeren", "gezinnen"]. */
export const splitLabels = (text: string): string[] =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
export const joinLabels = (labels: readonly string[]): string => labels.join(', ');

export const OWN_KIND = 'eigen';

export interface PartyFormState {
  name: string;
  /** A standard kind, or OWN_KIND with `ownKind` typed. */
  kind: StandardPartyKind | typeof OWN_KIND;
  ownKind: string;
  description: string;
  themes: NetworkTheme[];
  buurten: string;
  website: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  consent: boolean;
  memberIds: string[];
}

export function partyForm(party?: Party): PartyFormState {
  const kind = party?.kind ?? 'bewonersinitiatief';
  return {
    name: party?.name ?? '',
    kind: isStandardKind(kind) ? kind : OWN_KIND,
    ownKind: isStandardKind(kind) ? '' : kind,
    description: party?.description ?? '',
    themes: party?.themes ?? [],
    buurten: joinLabels(party?.buurten ?? []),
    website: party?.website ?? '',
    contactName: party?.contact?.name ?? '',
    contactEmail: party?.contact?.email ?? '',
    contactPhone: party?.contact?.phone ?? '',
    consent: party?.contact?.consent ?? false,
    memberIds: party?.memberIds ?? [],
  };
}

/** The body to send; `linkMembers` only for who may link members (others leave the links alone). */
export function partyBody(f: PartyFormState, linkMembers: boolean): Record<string, unknown> {
  const contact =
    f.consent && f.contactName.trim() !== ''
      ? {
          name: f.contactName,
          ...(f.contactEmail.trim() ? { email: f.contactEmail.trim() } : {}),
          ...(f.contactPhone.trim() ? { phone: f.contactPhone.trim() } : {}),
          consent: true,
        }
      : null;
  return {
    name: f.name,
    kind: f.kind === OWN_KIND ? f.ownKind : f.kind,
    description: f.description,
    themes: f.themes,
    buurten: splitLabels(f.buurten),
    website: f.website.trim() === '' ? null : f.website.trim(),
    contact,
    ...(linkMembers ? { memberIds: f.memberIds } : {}),
  };
}

export interface FundingRow {
  /** Keeps a row's fields in place when one above it is removed. */
  id: number;
  source: string;
  /** As typed: "" for no amount; a comma is a decimal comma. */
  amount: string;
}

export interface InitiativeFormState {
  name: string;
  description: string;
  themes: NetworkTheme[];
  targetGroups: string;
  buurten: string;
  start: string;
  end: string;
  leadPartyId: string;
  partnerPartyIds: string[];
  funding: FundingRow[];
  status: InitiativeStatus;
  sectionId: string;
}

export function initiativeForm(i?: InitiativeRecord): InitiativeFormState {
  return {
    name: i?.name ?? '',
    description: i?.description ?? '',
    themes: i?.themes ?? [],
    targetGroups: joinLabels(i?.targetGroups ?? []),
    buurten: joinLabels(i?.buurten ?? []),
    start: i?.period.start ?? '',
    end: i?.period.end ?? '',
    leadPartyId: i?.leadPartyId ?? '',
    partnerPartyIds: i?.partnerPartyIds ?? [],
    funding: (i?.funding ?? []).map((f, index) => ({
      id: index,
      source: f.source,
      amount: f.amount === null ? '' : String(f.amount),
    })),
    status: i?.status ?? 'idee',
    sectionId: i?.sectionId ?? '',
  };
}

const amountOf = (typed: string): number | null => {
  const s = typed.trim().replace(/\s/g, '').replace(',', '.');
  return s === '' ? null : Number(s);
};

export function initiativeBody(f: InitiativeFormState): Record<string, unknown> {
  const funding: { source: string; amount: Funding['amount'] }[] = f.funding
    .filter((r) => r.source.trim() !== '' || r.amount.trim() !== '')
    .map((r) => ({ source: r.source, amount: amountOf(r.amount) }));
  return {
    name: f.name,
    description: f.description,
    themes: f.themes,
    targetGroups: splitLabels(f.targetGroups),
    buurten: splitLabels(f.buurten),
    period: { start: f.start || null, end: f.end || null },
    leadPartyId: f.leadPartyId || null,
    partnerPartyIds: f.partnerPartyIds.filter((id) => id !== f.leadPartyId),
    funding,
    status: f.status,
    sectionId: f.sectionId || null,
  };
}

export interface RelationFormState {
  fromPartyId: string;
  toPartyId: string;
  kind: RelationKind;
  note: string;
}

/** Only the fields of `after` that differ from `before` (compared as JSON). */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(after).filter(([k, v]) => JSON.stringify(before[k]) !== JSON.stringify(v)),
  );
}

/** A field's error as a catalogue key (under network.form.errors) and its parameters. */
export interface FieldError {
  key: string;
  params?: Record<string, string | number>;
}

/**
 * Zod's issues as one error per field (the first), in the catalogue's words: the field path joined by
 * dots ("period.end", "funding.0.amount", "contact.email").
 */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in out)) out[path] = errorFor(path, issue);
  }
  return out;
}

function errorFor(path: string, issue: z.core.$ZodIssue): FieldError {
  const last = path.split('.').pop() ?? '';
  if (path === 'website') return { key: 'website' };
  if (last === 'email') return { key: 'email' };
  if (last === 'phone') return { key: 'phone' };
  if (last === 'amount') return { key: 'amount' };
  if (path === 'partnerPartyIds' && issue.code === 'custom') return { key: 'leadNotPartner' };
  if (path === 'toPartyId' && issue.code === 'custom') return { key: 'selfRelation' };
  if (path === 'period.end' && issue.code === 'custom') return { key: 'periodOrder' };
  if (path.startsWith('period.')) return { key: 'date' };
  if (issue.code === 'too_small' && issue.origin === 'string') return { key: 'required' };
  if (issue.code === 'too_big') return { key: 'tooLong', params: { max: Number(issue.maximum) } };
  if (issue.code === 'custom' && /twice/.test(issue.message)) return { key: 'twice' };
  return { key: 'invalid' };
}
