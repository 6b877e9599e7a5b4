import { useTranslation } from 'react-i18next';
import { INITIATIVE_STATUSES } from '../../../../shared/network/initiative';
import { useNetwork } from '../NetworkContext';
import { CheckList, SelectField, TextField } from './fields';
import type { FieldError, InitiativeFormState } from './formModel';

/** What the parts of the initiative form get: the form, a setter per field, the field errors. */
interface PartFieldsProps {
  form: InitiativeFormState;
  set: <K extends keyof InitiativeFormState>(key: K, value: InitiativeFormState[K]) => void;
  errors: Record<string, FieldError>;
}

/** When it runs, how far it is, who leads it and who takes part. */
export function WhenAndWhoFields({ form, set, errors: e }: PartFieldsProps) {
  const { t } = useTranslation();
  const { view } = useNetwork();
  const parties = view.parties.map((p) => ({ value: p.id, label: p.name }));
  return (
    <>
      <div className="form-row">
        <TextField
          label={t('network.form.start')}
          type="date"
          value={form.start}
          onChange={(v) => set('start', v)}
          error={e['period.start']}
        />
        <TextField
          label={t('network.form.end')}
          type="date"
          value={form.end}
          onChange={(v) => set('end', v)}
          error={e['period.end']}
        />
      </div>
      <SelectField
        label={t('network.form.status')}
        value={form.status}
        onChange={(v) => set('status', v as InitiativeFormState['status'])}
        options={INITIATIVE_STATUSES.map((s) => ({ value: s, label: t(`network.statuses.${s}`) }))}
      />
      <SelectField
        label={t('network.form.lead')}
        value={form.leadPartyId}
        onChange={(v) => set('leadPartyId', v)}
        options={[{ value: '', label: t('network.form.noLead') }, ...parties]}
        error={e.leadPartyId}
      />
      {parties.length > 0 && (
        <CheckList
          legend={t('network.form.partners')}
          options={parties.filter((p) => p.value !== form.leadPartyId)}
          checked={form.partnerPartyIds}
          onChange={(v) => set('partnerPartyIds', v)}
          error={e.partnerPartyIds}
        />
      )}
    </>
  );
}

/** The ambition (a section of one of the werkgroep's documents) the initiative serves. */
export function AmbitionField({ form, set, errors: e }: PartFieldsProps) {
  const { t } = useTranslation();
  const { sections } = useNetwork();
  return (
    <SelectField
      label={t('network.form.ambition')}
      value={form.sectionId}
      onChange={(v) => set('sectionId', v)}
      options={[
        { value: '', label: t('network.form.noAmbition') },
        ...sections.map((s) => ({ value: s.id, label: s.title, group: s.documentTitle })),
      ]}
      error={e.sectionId}
    />
  );
}
