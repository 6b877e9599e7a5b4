import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayLinkMembers } from '../../../../shared/network/access';
import { NETWORK_LIMITS } from '../../../../shared/network/common';
import { createPartySchema, type Party, updatePartySchema } from '../../../../shared/network/party';
import { api } from '../../../api/client';
import { useNetwork } from '../NetworkContext';
import { FormActions, TextField, ThemeChecks } from './fields';
import { type PartyFormState, partyBody, partyForm } from './formModel';
import { ContactFields, KindFields, MemberLinks } from './PartyFields';
import { createOrUpdate, useValidatedSave } from './useValidatedSave';

/** Adds a party, or changes one; a contact is kept only when the person agreed to be named here. */
export function PartyForm({ party, onDone }: { party: Party | null; onDone: (id: string | null) => void }) {
  const { t } = useTranslation();
  const { werkgroepId, actor } = useNetwork();
  const params = { werkgroepId };
  const titleId = useId();
  const [form, setForm] = useState<PartyFormState>(() => partyForm(party ?? undefined));
  const set = <K extends keyof PartyFormState>(key: K, value: PartyFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const link = mayLinkMembers(actor);
  const save = useValidatedSave(onDone);
  const check = () =>
    createOrUpdate(
      party?.id ?? null,
      { before: party ? partyBody(partyForm(party), link) : null, after: partyBody(form, link) },
      {
        schema: createPartySchema,
        send: async (body) => (await api('createParty', { params, body })).id,
      },
      {
        schema: updatePartySchema,
        send: async (partyId, body) => {
          await api('updateParty', { params: { ...params, partyId }, body });
        },
      },
    );
  const e = save.errors;

  return (
    <form
      ref={save.form}
      className="network-form"
      aria-labelledby={titleId}
      onSubmit={(ev) => save.submit(ev, check())}
      noValidate
    >
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
      <KindFields form={form} set={set} errors={e} />
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
      <ContactFields form={form} set={set} errors={e} />
      {link && <MemberLinks form={form} set={set} errors={e} />}
      <FormActions
        saveLabel={party ? t('network.form.save') : t('network.party.add')}
        pending={save.pending}
        error={save.error}
        onCancel={() => onDone(party?.id ?? null)}
      />
    </form>
  );
}
