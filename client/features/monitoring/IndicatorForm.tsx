import { Heading2, Heading4, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  DIRECTIONS,
  type Indicator,
  MONITORING_LIMITS,
  SOURCES,
  UNITS,
} from '../../../shared/monitoring/indicator';
import { Field, options } from './fields';
import type { IndicatorDraft } from './indicatorDraft';
import { useIndicatorSave } from './useIndicatorSave';
import type { SectionChoice } from './useMonitoringData';

/**
 * The facilitator defines an indicator for an ambition: unit, source, baseline, target, direction.
 * With `editing` the same form changes that indicator: it sends only what changed, and says it is
 * saved once the server answered.
 */
export function IndicatorForm({
  werkgroepId,
  sections,
  editing,
  onClose,
}: {
  werkgroepId: string;
  sections: readonly SectionChoice[];
  editing?: Indicator;
  onClose?: () => void;
}) {
  const { t } = useTranslation();
  const { draft, set, sectionId, errors, saved, save, submit } = useIndicatorSave(
    werkgroepId,
    sections,
    editing,
  );
  const err = (key: keyof IndicatorDraft) => (errors[key] ? t(`monitoring.form.${errors[key]}`) : null);
  const text = (key: keyof IndicatorDraft, label: string, max: number, type: 'text' | 'date' = 'text') => (
    <Field label={label} error={err(key)}>
      {(p) => (
        <Textbox
          {...p}
          type={type}
          invalid={Boolean(errors[key])}
          maxLength={max}
          value={draft[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </Field>
  );
  const form = (
    <form className="monitoring-form" onSubmit={submit} noValidate>
      {editing ? (
        <Heading4>{t('monitoring.form.editTitle', { name: editing.name })}</Heading4>
      ) : (
        <Heading2>{t('monitoring.form.title')}</Heading2>
      )}
      <Field label={t('monitoring.form.section')}>
        {(p) => (
          <select
            {...p}
            className="utrecht-select utrecht-select--html-select"
            value={sectionId}
            onChange={(e) => set('sectionId', e.target.value)}
          >
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {sections.some((o) => o.documentTitle !== s.documentTitle)
                  ? `${s.documentTitle}: ${s.title}`
                  : s.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('name', t('monitoring.form.name'), MONITORING_LIMITS.nameMax)}
      <Field label={t('monitoring.form.definition')}>
        {(p) => (
          <textarea
            {...p}
            rows={2}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            maxLength={MONITORING_LIMITS.definitionMax}
            value={draft.definition}
            onChange={(e) => set('definition', e.target.value)}
          />
        )}
      </Field>
      <div className="monitoring-form__pair">
        <Field label={t('monitoring.form.unit')}>
          {(p) => (
            <select
              {...p}
              className="utrecht-select utrecht-select--html-select"
              value={draft.unit}
              onChange={(e) => set('unit', e.target.value as IndicatorDraft['unit'])}
            >
              {options(UNITS, (u) => t(`monitoring.units.${u as IndicatorDraft['unit']}`))}
            </select>
          )}
        </Field>
        {draft.unit === 'other' &&
          text('unitLabel', t('monitoring.form.unitLabel'), MONITORING_LIMITS.unitLabelMax)}
      </div>
      <div className="monitoring-form__pair">
        <Field label={t('monitoring.form.source')}>
          {(p) => (
            <select
              {...p}
              className="utrecht-select utrecht-select--html-select"
              value={draft.source}
              onChange={(e) => set('source', e.target.value as IndicatorDraft['source'])}
            >
              {options(SOURCES, (s) => t(`monitoring.sources.${s as IndicatorDraft['source']}`))}
            </select>
          )}
        </Field>
        {draft.source === 'other' &&
          text('sourceLabel', t('monitoring.form.sourceLabel'), MONITORING_LIMITS.sourceLabelMax)}
      </div>
      <fieldset className="monitoring-form__pair">
        <legend className="monitoring-form__legend">{t('monitoring.form.baseline')}</legend>
        {text('baselineValue', t('monitoring.form.value'), 20)}
        {text('baselineDate', t('monitoring.form.date'), 10, 'date')}
      </fieldset>
      <fieldset className="monitoring-form__pair">
        <legend className="monitoring-form__legend">{t('monitoring.form.target')}</legend>
        {text('targetValue', t('monitoring.form.value'), 20)}
        {text('targetDate', t('monitoring.form.date'), 10, 'date')}
      </fieldset>
      <Field label={t('monitoring.form.direction')}>
        {(p) => (
          <select
            {...p}
            className="utrecht-select utrecht-select--html-select"
            value={draft.direction}
            onChange={(e) => set('direction', e.target.value as IndicatorDraft['direction'])}
          >
            {options(DIRECTIONS, (d) => t(`monitoring.directions.${d as IndicatorDraft['direction']}`))}
          </select>
        )}
      </Field>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={save.pending}>
        {t(editing ? 'monitoring.form.editSave' : 'monitoring.form.save')}
      </button>
      {onClose && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onClose}>
          {t('monitoring.form.close')}
        </button>
      )}
      {save.error && <Paragraph role="alert">{save.error}</Paragraph>}
    </form>
  );
  const status = <Paragraph role="status">{saved}</Paragraph>;
  if (editing)
    return (
      <div className="monitoring-card__edit">
        {form}
        {status}
      </div>
    );
  return (
    <details className="monitoring__panel">
      <summary className="utrecht-button utrecht-button--primary-action">{t('monitoring.form.open')}</summary>
      {sections.length === 0 ? <Paragraph>{t('monitoring.noSections')}</Paragraph> : form}
      {status}
    </details>
  );
}
