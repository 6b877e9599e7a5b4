import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_LIMITS } from '../../../../shared/network/common';
import { PARTY_KINDS } from '../../../../shared/network/party';
import { useNetwork } from '../NetworkContext';
import { CheckList, SelectField, TextField } from './fields';
import { type FieldError, OWN_KIND, type PartyFormState } from './formModel';

/** What the parts of the party form get: the form, a setter per field, the field errors. */
interface PartFieldsProps {
  form: PartyFormState;
  set: <K extends keyof PartyFormState>(key: K, value: PartyFormState[K]) => void;
  errors: Record<string, FieldError>;
}

/** The kind: one of the standard kinds, or the werkgroep's own (typed). */
export function KindFields({ form, set, errors: e }: PartFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('network.form.kind')}
        value={form.kind}
        onChange={(v) => set('kind', v as PartyFormState['kind'])}
        options={[
          ...PARTY_KINDS.map((k) => ({ value: k, label: t(`network.kinds.${k}`) })),
          { value: OWN_KIND, label: t('network.form.ownKind') },
        ]}
      />
      {form.kind === OWN_KIND && (
        <TextField
          label={t('network.form.ownKindLabel')}
          hint={t('network.form.ownKindHint')}
          value={form.ownKind}
          onChange={(v) => set('ownKind', v)}
          error={e.kind}
          maxLength={NETWORK_LIMITS.labelLength}
        />
      )}
    </>
  );
}

/** The contact person, kept only when the person agreed (the consent box says so in plain words). */
export function ContactFields({ form, set, errors: e }: PartFieldsProps) {
  const { t } = useTranslation();
  const consentId = useId();
  return (
    <fieldset className="network-form__group">
      <legend>{t('network.form.contact')}</legend>
      <p className="muted">{t('network.form.contactHint')}</p>
      <TextField
        label={t('network.form.contactName')}
        value={form.contactName}
        onChange={(v) => set('contactName', v)}
        error={e['contact.name']}
      />
      <TextField
        label={t('network.form.contactEmail')}
        type="email"
        value={form.contactEmail}
        onChange={(v) => set('contactEmail', v)}
        error={e['contact.email']}
      />
      <TextField
        label={t('network.form.contactPhone')}
        type="tel"
        value={form.contactPhone}
        onChange={(v) => set('contactPhone', v)}
        error={e['contact.phone']}
      />
      <div className="checkbox network-form__consent">
        <input
          id={consentId}
          type="checkbox"
          aria-describedby={`${consentId}-hint`}
          checked={form.consent}
          onChange={(ev) => set('consent', ev.target.checked)}
        />
        <label htmlFor={consentId}>{t('network.form.consent')}</label>
        <span id={`${consentId}-hint`} className="muted">
          {t('network.form.consentHint')}
        </span>
      </div>
    </fieldset>
  );
}

/** The members who speak for the party (only the facilitator links them). */
export function MemberLinks({ form, set, errors: e }: PartFieldsProps) {
  const { t } = useTranslation();
  const { members } = useNetwork();
  return (
    <CheckList
      legend={t('network.form.members')}
      hint={<p className="muted">{t('network.form.membersHint')}</p>}
      options={[...members.values()]
        .filter((m) => m.role !== 'guest' && m.role !== 'observer')
        .map((m) => ({ value: m.id, label: `${m.displayName} (${t(`roles.${m.role}`)})` }))}
      checked={form.memberIds}
      onChange={(v) => set('memberIds', v)}
      error={e.memberIds}
    />
  );
}
