import { useTranslation } from 'react-i18next';
import { NETWORK_THEMES } from '../../../shared/network/common';
import { ACTIE_STATUSES, UITVOERING_LIMITS } from '../../../shared/uitvoering/actie';
import { needsReason } from '../../../shared/uitvoering/rules';
import { CheckList, SelectField, TextField } from '../network/forms/fields';
import type { FieldError } from '../network/forms/formModel';
import type { ActieFormState } from './actieFormModel';
import { MilestoneFields } from './MilestoneFields';
import { useUitvoering } from './UitvoeringContext';

export interface FieldsProps {
  form: ActieFormState;
  set: <K extends keyof ActieFormState>(key: K, value: ActieFormState[K]) => void;
  errors: Record<string, FieldError>;
  manager: boolean;
}

/** Why: the theme, the ambition (section), the besluiten and afspraken it comes from. */
function WhyFields({ form, set, errors: e }: FieldsProps) {
  const { t } = useTranslation();
  const { sections, decisions, afspraken } = useUitvoering();
  return (
    <>
      <SelectField
        label={t('uitvoering.form.theme')}
        value={form.theme}
        onChange={(v) => set('theme', v)}
        options={[
          { value: '', label: t('uitvoering.form.noTheme') },
          ...NETWORK_THEMES.map((th) => ({ value: th, label: t(`network.themes.${th}`) })),
        ]}
      />
      <SelectField
        label={t('uitvoering.form.section')}
        value={form.sectionId}
        onChange={(v) => set('sectionId', v)}
        options={[
          { value: '', label: t('uitvoering.form.noSection') },
          ...sections.map((s) => ({ value: s.id, label: s.label })),
        ]}
        error={e.sectionId}
      />
      {decisions.length > 0 && (
        <CheckList
          legend={t('uitvoering.form.decisions')}
          options={decisions.map((d) => ({ value: d.id, label: d.label }))}
          checked={form.decisionIds}
          onChange={(v) => set('decisionIds', v)}
        />
      )}
      {afspraken.length > 0 && (
        <CheckList
          legend={t('uitvoering.form.afspraken')}
          options={afspraken.map((a) => ({ value: a.id, label: a.label }))}
          checked={form.afspraakIds}
          onChange={(v) => set('afspraakIds', v)}
        />
      )}
    </>
  );
}

/** Who: the lead party (the facilitator chooses it) and the partners. */
function WhoFields({ form, set, errors: e, manager }: FieldsProps) {
  const { t } = useTranslation();
  const { parties } = useUitvoering();
  const partyOptions = parties.map((p) => ({ value: p.id, label: p.name }));
  return (
    <>
      {manager && (
        <SelectField
          label={t('uitvoering.form.lead')}
          value={form.leadPartyId}
          onChange={(v) => set('leadPartyId', v)}
          options={[{ value: '', label: t('uitvoering.form.noLead') }, ...partyOptions]}
          error={e.leadPartyId}
        />
      )}
      {partyOptions.length > 0 && (
        <CheckList
          legend={t('uitvoering.form.partners')}
          options={partyOptions.filter((p) => p.value !== form.leadPartyId)}
          checked={form.partnerPartyIds}
          onChange={(v) => set('partnerPartyIds', v)}
        />
      )}
    </>
  );
}

/** When and how much: start, end, milestones, budget. */
function WhenFields({ form, set, errors: e }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="actie-form__dates">
        <TextField
          label={t('uitvoering.form.start')}
          type="date"
          value={form.start}
          onChange={(v) => set('start', v)}
          error={e.start ? { key: 'date' } : undefined}
        />
        <TextField
          label={t('uitvoering.form.end')}
          type="date"
          value={form.end}
          onChange={(v) => set('end', v)}
          error={e.end?.key === 'periodOrder' ? e.end : e.end ? { key: 'date' } : undefined}
        />
      </div>
      <MilestoneFields value={form.milestones} onChange={(v) => set('milestones', v)} errors={e} />
      <TextField
        label={t('uitvoering.form.budget')}
        value={form.budget}
        onChange={(v) => set('budget', v)}
        error={e.budget ? { key: 'amount' } : undefined}
      />
    </>
  );
}

/** The status with its reason, what we cannot promise, and publishing (facilitator). */
function StatusFields({ form, set, errors: e, manager }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('uitvoering.form.status')}
        value={form.status}
        onChange={(v) => set('status', ACTIE_STATUSES.find((s) => s === v) ?? 'gepland')}
        options={ACTIE_STATUSES.map((s) => ({ value: s, label: t(`uitvoering.statuses.${s}`) }))}
      />
      {(needsReason(form.status) || form.statusReason !== '') && (
        <TextField
          label={t('uitvoering.form.statusReason')}
          hint={t('uitvoering.form.statusReasonHint')}
          value={form.statusReason}
          onChange={(v) => set('statusReason', v)}
          error={e.statusReason}
          multiline
          maxLength={UITVOERING_LIMITS.reasonLength}
        />
      )}
      <TextField
        label={t('uitvoering.form.nietBeloven')}
        hint={t('uitvoering.form.nietBelovenHint')}
        value={form.nietBeloven}
        onChange={(v) => set('nietBeloven', v)}
        error={e.nietBeloven}
        multiline
        maxLength={UITVOERING_LIMITS.nietBelovenLength}
      />
      {manager && (
        <label className="checkbox actie-form__publish">
          <input
            type="checkbox"
            checked={form.published}
            onChange={(ev) => set('published', ev.target.checked)}
          />
          <span>{t('uitvoering.form.published')}</span>
        </label>
      )}
    </>
  );
}

/** Every field of an actie, in the order people think about it: why, who, when, how it goes. */
export function ActieFormFields(props: FieldsProps) {
  return (
    <>
      <WhyFields {...props} />
      <WhoFields {...props} />
      <WhenFields {...props} />
      <StatusFields {...props} />
    </>
  );
}
