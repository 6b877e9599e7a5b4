import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_LIMITS } from '../../../../shared/network/common';
import {
  createRelationSchema,
  RELATION_KINDS,
  type Relation,
  updateRelationSchema,
} from '../../../../shared/network/relation';
import { api } from '../../../api/client';
import { useNetwork } from '../NetworkContext';
import { FormActions, SelectField, TextField } from './fields';
import { changedFields, type RelationFormState } from './formModel';
import { checked, useValidatedSave } from './useValidatedSave';

/** Adds a relation between two parties, or changes its kind and note (the parties make it what it is). */
export function RelationForm({
  relation,
  fromPartyId,
  onDone,
}: {
  relation: Relation | null;
  fromPartyId?: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { werkgroepId, view } = useNetwork();
  const titleId = useId();
  const first = view.parties[0]?.id ?? '';
  const [form, setForm] = useState<RelationFormState>(() => ({
    fromPartyId: relation?.fromPartyId ?? fromPartyId ?? first,
    toPartyId: relation?.toPartyId ?? view.parties.find((p) => p.id !== (fromPartyId ?? first))?.id ?? '',
    kind: relation?.kind ?? 'werkt_samen',
    note: relation?.note ?? '',
  }));
  const set = <K extends keyof RelationFormState>(key: K, value: RelationFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const save = useValidatedSave(onDone);
  const check = () =>
    relation
      ? checked(updateRelationSchema, changedFields(relation, { kind: form.kind, note: form.note }), (body) =>
          api('updateRelation', { params: { werkgroepId, relationId: relation.id }, body }),
        )
      : checked(createRelationSchema, form, (body) =>
          api('createRelation', { params: { werkgroepId }, body }),
        );
  const parties = view.parties.map((p) => ({ value: p.id, label: p.name }));
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
        {relation ? t('network.relation.editTitle') : t('network.relation.addTitle')}
      </h2>
      {relation ? (
        <p>
          {t('network.relation.between', {
            from: view.parties.find((p) => p.id === relation.fromPartyId)?.name ?? '',
            to: view.parties.find((p) => p.id === relation.toPartyId)?.name ?? '',
          })}
        </p>
      ) : (
        <SelectField
          label={t('network.form.from')}
          value={form.fromPartyId}
          onChange={(v) => set('fromPartyId', v)}
          options={parties}
          error={e.fromPartyId}
        />
      )}
      <SelectField
        label={t('network.form.relationKind')}
        value={form.kind}
        onChange={(v) => set('kind', v as RelationFormState['kind'])}
        options={RELATION_KINDS.map((k) => ({ value: k, label: t(`network.relationKinds.${k}`) }))}
      />
      {!relation && (
        <SelectField
          label={t('network.form.to')}
          value={form.toPartyId}
          onChange={(v) => set('toPartyId', v)}
          options={parties}
          error={e.toPartyId}
        />
      )}
      <TextField
        label={t('network.form.note')}
        value={form.note}
        onChange={(v) => set('note', v)}
        error={e.note}
        multiline
        maxLength={NETWORK_LIMITS.noteLength}
      />
      <FormActions
        saveLabel={relation ? t('network.form.save') : t('network.relation.add')}
        pending={save.pending}
        error={save.error}
        onCancel={onDone}
      />
    </form>
  );
}
