import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayChangePublished } from '../../../shared/uitvoering/access';
import { type Actie, UITVOERING_LIMITS } from '../../../shared/uitvoering/actie';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { FormActions, TextField } from '../network/forms/fields';
import type { FieldError } from '../network/forms/formModel';
import { ActieFormFields } from './ActieFormFields';
import { type ActieFormState, actieForm, checkActie } from './actieFormModel';
import { useUitvoering } from './UitvoeringContext';

/** Adds an actie (facilitator) or changes one (facilitator, or a member of its lead party). */
export function ActieForm({ actie, onDone }: { actie: Actie | null; onDone: (id: string | null) => void }) {
  const { t } = useTranslation();
  const { werkgroepId, actor } = useUitvoering();
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<ActieFormState>(() => actieForm(actie ?? undefined));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [tries, setTries] = useState(0);
  const set = <K extends keyof ActieFormState>(key: K, value: ActieFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const manager = mayChangePublished(actor);
  const params = { werkgroepId };
  const save = useAction(async () => {
    const result = checkActie(form, actie);
    if ('create' in result) onDone((await api('createActie', { params, body: result.create })).id);
    else if ('update' in result && actie) {
      if (Object.keys(result.update).length > 0)
        await api('updateActie', { params: { ...params, actieId: actie.id }, body: result.update });
      onDone(actie.id);
    }
  });
  useEffect(() => {
    if (tries > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [tries]);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, []);
  const e = errors;

  return (
    <form
      ref={formRef}
      className="network-form actie-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        const result = checkActie(form, actie);
        if ('errors' in result) {
          setErrors(result.errors);
          setTries((n) => n + 1);
          return;
        }
        setErrors({});
        void save.run();
      }}
    >
      <h2 id={titleId} className="utrecht-heading-2" tabIndex={-1}>
        {actie ? t('uitvoering.form.editTitle', { title: actie.title }) : t('uitvoering.form.addTitle')}
      </h2>
      <TextField
        label={t('uitvoering.form.title')}
        value={form.title}
        onChange={(v) => set('title', v)}
        error={e.title}
        maxLength={UITVOERING_LIMITS.titleLength}
      />
      <TextField
        label={t('uitvoering.form.description')}
        value={form.description}
        onChange={(v) => set('description', v)}
        error={e.description}
        multiline
      />
      <ActieFormFields form={form} set={set} errors={e} manager={manager} />
      <FormActions
        saveLabel={t('uitvoering.form.save')}
        pending={save.pending}
        error={Object.keys(errors).length > 0 ? t('network.form.checkFields') : save.error}
        onCancel={() => onDone(actie?.id ?? null)}
      />
    </form>
  );
}
