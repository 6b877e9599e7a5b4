import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayLinkMembers } from '../../../../shared/network/access';
import { NETWORK_LIMITS } from '../../../../shared/network/common';
import { type CreateParty, createPartySchema, PARTY_KINDS, type Party, updatePartySchema } from '../../../../shared/network/party';
import { api } from '../../../api/client';
import { useNetwork } from '../NetworkContext';
import { CheckList, FormActions, SelectField, TextField, ThemeChecks } from './fields';
import { changedFields, OWN_KIND, type PartyFormState, partyBody, partyForm } from './formModel';
import { useValidatedSave } from './useValidatedSave';

/** Adds a party, or changes one; a contact is kept only when the person agreed to be named here. */
export function PartyForm({ party, onDone }: { party: Party | null; onDone: (id: string | null) => void }) {
  const { t } = useTranslation();
  const { werkgroepId, actor, members } = useNetwork();
  const titleId = useId();
  const [form, setForm] = useState<PartyFormState>(() => partyForm(party ?? undefined));
  const set = <K extends keyof PartyFormState>(key: K, value: PartyFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const link = mayLinkMembers(actor);
  const save = useValidatedSave(
    party ? updatePartySchema : createPartySchema,
    async (body) =>
      party
        ? (await api('updateParty', { params: { werkgroepId, partyId: party.id }, body })).id
        : (await api('createParty', { params: { werkgroepId }, body: body as CreateParty })).id,
    onDone,
  );
  const body = () => {
    const after = partyBody(form, link);
    return party ? changedFields(partyBody(partyForm(party), link), after) : after;
  };
  const e = save.errors;

  return (
    <form ref={save.form} className="network-form" aria-labelledby={titleId} onSubmit={(ev) => save.submit(ev, body())} noValidate>
      <h2 id={titleId} className="utrecht-heading-2" tabIndex={-1}>
        {party ? t('network.party.editTitle', { name: party.name }) : t('network.party.addTitle')}
      </h2>
      <TextField
        label={t('network.form.name')}
        value={form.name}
        onChange={(v) => set('name', v)}
        error={e.name}
        maxLength={NETWORK_LIMITS.nameLength}
      />
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
      <TextField
        label={t('network.form.description')}
        value={form.description}
        onChange={(v) => set('description', v)}
        error={e.description}
        multiline
      />
      <ThemeChecks checked={form.themes} onChange={(v) => set('themes', v)} error={e.themes} />
      <TextField
        label={t('network.form.buurten')}
        hint={t('network.form.labelsHint')}
        value={form.buurten}
        onChange={(v) => set('buurten', v)}
        error={e.buurten ?? e['buurten.0']}
      />
      <TextField
        label={t('network.form.website')}
        hint={t('network.form.websiteHint')}
        type="url"
        value={form.website}
        onChange={(v) => set('website', v)}
        error={e.website}
      />
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
        <label className="checkbox network-form__consent">
          <input type="checkbox" checked={form.consent} onChange={(ev) => set('consent', ev.target.checked)} />
          <span>{t('network.form.consent')}</span>
          <span className="muted">{t('network.form.consentHint')}</span>
        </label>
      </fieldset>
      {link && (
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
      )}
      <FormActions
        saveLabel={party ? t('network.form.save') : t('network.party.add')}
        pending={save.pending}
        error={save.error}
        onCancel={() => onDone(party?.id ?? null)}
      />
    </form>
  );
}
