import { NETWORK_THEMES, type NetworkTheme } from '../../../shared/network/common';
import {
  type Actie,
  type ActieStatus,
  createActieSchema,
  updateActieSchema,
} from '../../../shared/uitvoering/actie';
import { actieRulesProblems } from '../../../shared/uitvoering/rules';
import { type FieldError, fieldErrors } from '../network/forms/formModel';

/** The form's state: what the inputs hold (text for numbers and dates, '' for none). */
export interface ActieFormState {
  title: string;
  description: string;
  theme: string;
  sectionId: string;
  decisionIds: string[];
  afspraakIds: string[];
  leadPartyId: string;
  partnerPartyIds: string[];
  start: string;
  end: string;
  milestones: { day: string; label: string }[];
  budget: string;
  status: ActieStatus;
  statusReason: string;
  nietBeloven: string;
  published: boolean;
}

export function actieForm(a?: Actie): ActieFormState {
  return {
    title: a?.title ?? '',
    description: a?.description ?? '',
    theme: a?.theme ?? '',
    sectionId: a?.sectionId ?? '',
    decisionIds: [...(a?.decisionIds ?? [])],
    afspraakIds: [...(a?.afspraakIds ?? [])],
    leadPartyId: a?.leadPartyId ?? '',
    partnerPartyIds: [...(a?.partnerPartyIds ?? [])],
    start: a?.start ?? '',
    end: a?.end ?? '',
    milestones: a?.milestones.map((m) => ({ ...m })) ?? [],
    budget: a?.budget === null || a?.budget === undefined ? '' : String(a.budget),
    status: a?.status ?? 'gepland',
    statusReason: a?.statusReason ?? '',
    nietBeloven: a?.nietBeloven ?? '',
    published: a?.published ?? false,
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
const isTheme = (s: string): s is NetworkTheme => (NETWORK_THEMES as readonly string[]).includes(s);

/** What the API gets; a budget that is not a number stays text, so the schema names the field. */
export function actieBody(f: ActieFormState) {
  const budget = f.budget.trim().replace(',', '.');
  return {
    title: f.title,
    description: f.description,
    theme: isTheme(f.theme) ? f.theme : null,
    sectionId: orNull(f.sectionId),
    decisionIds: f.decisionIds,
    afspraakIds: f.afspraakIds,
    leadPartyId: orNull(f.leadPartyId),
    partnerPartyIds: f.partnerPartyIds.filter((id) => id !== f.leadPartyId),
    start: orNull(f.start),
    end: orNull(f.end),
    milestones: f.milestones,
    budget: budget === '' ? null : Number.isFinite(Number(budget)) ? Number(budget) : budget,
    status: f.status,
    statusReason: f.statusReason,
    nietBeloven: f.nietBeloven,
    published: f.published,
  };
}

const RULE_ERRORS = {
  reason_required: { key: 'reasonRequired' },
  niet_beloven_required: { key: 'nietBelovenRequired' },
  end_before_start: { key: 'periodOrder' },
} as const;

export type ActieCheck =
  | { errors: Record<string, FieldError> }
  | { create: ReturnType<typeof createActieSchema.parse> }
  | { update: ReturnType<typeof updateActieSchema.parse> };

/**
 * Checks the form with the shared schema and the shared rules (the server checks the same): field
 * errors, or what to send — for a change only the fields that differ from `before`.
 */
export function checkActie(form: ActieFormState, before: Actie | null): ActieCheck {
  const body = actieBody(form);
  const parsed = before ? updateActieSchema.safeParse(body) : createActieSchema.safeParse(body);
  if (!parsed.success) return { errors: fieldErrors(parsed.error.issues) };
  const ruleInput = { ...body, statusReason: body.statusReason.trim(), nietBeloven: body.nietBeloven.trim() };
  const problems = actieRulesProblems(ruleInput);
  if (problems.length > 0)
    return { errors: Object.fromEntries(problems.map((p) => [p.field, RULE_ERRORS[p.code]])) };
  if (!before) return { create: createActieSchema.parse(body) };
  const original = actieBody(actieForm(before));
  const changed = Object.fromEntries(
    Object.entries(body).filter(
      ([k, v]) => JSON.stringify(v) !== JSON.stringify(original[k as keyof typeof original]),
    ),
  );
  return { update: updateActieSchema.parse(changed) };
}
