import { Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseNumber } from '../../../shared/monitoring/csvValues';
import { MONITORING_LIMITS, SERIES, type Series } from '../../../shared/monitoring/indicator';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { Field, options } from './fields';

/** One figure typed in by hand (a count of the wijk's own, say): date, value, area and source. */
export function MeasurementForm({ werkgroepId, indicatorId }: { werkgroepId: string; indicatorId: string }) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const [value, setValue] = useState('');
  const [series, setSeries] = useState<Series>('wijk');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ date?: string; value?: string }>({});
  const [saved, setSaved] = useState('');
  const save = useAction(async (n: number) => {
    await api('addMeasurement', {
      params: { werkgroepId, indicatorId },
      body: { date, value: n, series, note },
    });
    setValue('');
    setNote('');
    setSaved(t('monitoring.measure.saved'));
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved('');
    const n = parseNumber(value);
    const found = {
      ...(date ? {} : { date: t('monitoring.form.required') }),
      ...(value.trim() === ''
        ? { value: t('monitoring.form.required') }
        : n === null
          ? { value: t('monitoring.form.notANumber') }
          : {}),
    };
    setErrors(found);
    if (n !== null && date) void save.run(n);
  };
  return (
    <details className="monitoring-card__add">
      <summary>{t('monitoring.measure.open')}</summary>
      <form className="monitoring-form" onSubmit={submit} noValidate>
        <div className="monitoring-form__pair">
          <Field label={t('monitoring.form.date')} error={errors.date ?? null}>
            {(p) => (
              <Textbox
                {...p}
                type="date"
                invalid={Boolean(errors.date)}
                value={date}
                onChange={(e) => setDate(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('monitoring.form.value')} error={errors.value ?? null}>
            {(p) => (
              <Textbox
                {...p}
                inputMode="decimal"
                maxLength={20}
                invalid={Boolean(errors.value)}
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
            )}
          </Field>
        </div>
        <Field label={t('monitoring.measure.series')}>
          {(p) => (
            <select
              {...p}
              className="utrecht-select"
              value={series}
              onChange={(e) => setSeries(e.target.value as Series)}
            >
              {options(SERIES, (s) => t(`monitoring.series.${s as Series}`))}
            </select>
          )}
        </Field>
        <Field label={t('monitoring.measure.note')}>
          {(p) => (
            <Textbox
              {...p}
              maxLength={MONITORING_LIMITS.noteMax}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
        <button
          type="submit"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={save.pending}
        >
          {t('monitoring.measure.save')}
        </button>
        {save.error && <Paragraph role="alert">{save.error}</Paragraph>}
      </form>
      <Paragraph role="status">{saved}</Paragraph>
    </details>
  );
}
