import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_LIMITS } from '../../../../shared/network/common';
import {
  createInitiativeSchema,
  type InitiativeRecord,
  updateInitiativeSchema,
} from '../../../../shared/network/initiative';
import { api } from '../../../api/client';
import { useNetwork } from '../NetworkContext';
import { FundingFields } from './FundingFields';
import { FormActions, TextField, ThemeChecks } from './fields';
import { type InitiativeFormState, initiativeBody, initiativeForm } from './formModel';
import { AmbitionField, WhenAndWhoFields } from './InitiativeFields';
import { createOrUpdate, useValidatedSave } from './useValidatedSave';

/** Adds an initiative, or changes one: for whom, where, when, who leads, who pays, which ambition. */
export function InitiativeForm({
  initiative,
  onDone,
}: {
  initiative: InitiativeRecord | null;
  onDone: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const { werkgroepId } = useNetwork();
  const params = { werkgroepId };
  const titleId = useId();
  const [form, setForm] = useState<InitiativeFormState>(() => initiativeForm(initiative ?? undefined));
  const set = <K extends keyof InitiativeFormState>(key: K, value: InitiativeFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const save = useValidatedSave(onDone);
  const check = () =>
    createOrUpdate(
      initiative?.id ?? null,
      { before: initiative ? initiativeBody(initiativeForm(initiative)) : null, after: initiativeBody(form) },
      {
        schema: createInitiativeSchema,
        send: async (body) => (await api('createInitiative', { params, body })).id,
      },
      {
        schema: updateInitiativeSchema,
        send: async (initiativeId, body) => {
          await api('updateInitiative', { params: { ...params, initiativeId }, body });
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
        {initiative
          ? t('network.initiative.editTitle', { name: initiative.name })
          : t('network.initiative.addTitle')}
      </h2>
      <TextField
        label={t('network.form.name')}
        value={form.name}
        onChange={(v) => set('name', v)}
        error={e.name}
        maxLength={NETWORK_LIMITS.nameLength}
      />
      <TextField
        label={t('network.form.what')}
        value={form.description}
        onChange={(v) => set('description', v)}
        error={e.description}
        multiline
      />
      <TextField
        label={t('network.form.targetGroups')}
        hint={t('network.form.labelsHint')}
        value={form.targetGroups}
        onChange={(v) => set('targetGroups', v)}
        error={e.targetGroups ?? e['targetGroups.0']}
      />
      <ThemeChecks checked={form.themes} onChange={(v) => set('themes', v)} error={e.themes} />
      <TextField
        label={t('network.form.buurten')}
        hint={t('network.form.labelsHint')}
        value={form.buurten}
        onChange={(v) => set('buurten', v)}
        error={e.buurten ?? e['buurten.0']}
      />
      <WhenAndWhoFields form={form} set={set} errors={e} />
      <FundingFields rows={form.funding} onChange={(v) => set('funding', v)} errors={e} />
      <AmbitionField form={form} set={set} errors={e} />
      <FormActions
        saveLabel={initiative ? t('network.form.save') : t('network.initiative.add')}
        pending={save.pending}
        error={save.error}
        onCancel={() => onDone(initiative?.id ?? null)}
      />
    </form>
  );
}
