import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateIndicator, Indicator } from '../../../shared/monitoring/indicator';
import { ApiRequestError, api } from '../../api/client';
import { useAction } from '../../api/useAction';
import {
  changedFields,
  type DraftErrors,
  draftFrom,
  draftToBody,
  emptyDraft,
  type IndicatorDraft,
  serverErrors,
} from './indicatorDraft';
import type { SectionChoice } from './useMonitoringData';

/**
 * The indicator form's state: a new indicator, or (with `editing`) a change of one that sends only the
 * fields that differ from what the server last said. "Saved" is said only after the server's answer;
 * the server's problems per field are shown beside those fields.
 */
export function useIndicatorSave(
  werkgroepId: string,
  sections: readonly SectionChoice[],
  editing: Indicator | undefined,
) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<IndicatorDraft>(() => (editing ? draftFrom(editing) : emptyDraft('')));
  const [stored, setStored] = useState(editing);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saved, setSaved] = useState('');
  const set = <K extends keyof IndicatorDraft>(key: K, value: IndicatorDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const sectionId = draft.sectionId || sections[0]?.id || '';
  const save = useAction(
    async (body: CreateIndicator) => {
      if (stored) {
        const change = changedFields(stored, body);
        if (Object.keys(change).length === 0) return setSaved(t('monitoring.form.noChanges'));
        const params = { werkgroepId, indicatorId: stored.id };
        const updated = await api('updateIndicator', { params, body: change });
        setStored(updated);
        setSaved(t('monitoring.form.edited', { name: updated.name }));
        return;
      }
      const created = await api('createIndicator', { params: { werkgroepId }, body });
      setSaved(t('monitoring.form.saved', { name: created.name }));
      setDraft(emptyDraft(sectionId));
    },
    {
      onError: (_message, err) => {
        if (err instanceof ApiRequestError && err.body.issues) setErrors(serverErrors(err.body.issues));
      },
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved('');
    const r = draftToBody({ ...draft, sectionId });
    setErrors(r.ok ? {} : r.errors);
    if (r.ok) void save.run(r.body);
  };
  return { draft, set, sectionId, errors, saved, save, submit };
}
