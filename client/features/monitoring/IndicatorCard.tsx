import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../../../shared/i18n/translate';
import type { DatedValue, IndicatorWithMeasurements } from '../../../shared/monitoring/indicator';
import { formatDay, formatValue, trendSummary } from '../../../shared/monitoring/trend';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ChartLegend } from './ChartLegend';
import { IndicatorForm } from './IndicatorForm';
import { MeasurementForm } from './MeasurementForm';
import { MeasurementTable } from './MeasurementTable';
import { TrendChart } from './TrendChart';
import type { SectionChoice } from './useMonitoringData';

/** Keyboard focus goes into the edit form when it opens, and back to its button when it closes. */
function useEditFocus(editing: boolean) {
  const area = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editing) area.current?.querySelector<HTMLElement>('select, input')?.focus();
    else if (wasEditing.current) button.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return { area, button };
}

/**
 * One indicator: what it measures, its chart with a summary in words (the same text the public page
 * shows), a legend that does not lean on colour, and the figures as a table in a disclosure.
 */
export function IndicatorCard({
  werkgroepId,
  indicator,
  sections,
  manage,
  measure,
}: {
  werkgroepId: string;
  indicator: IndicatorWithMeasurements;
  sections: readonly SectionChoice[];
  manage: boolean;
  measure: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const headingId = useId();
  const summaryId = useId();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const editFocus = useEditFocus(editing);
  const remove = useAction(() =>
    api('deleteIndicator', { params: { werkgroepId, indicatorId: indicator.id } }),
  );
  const value = (v: number) => formatValue(v, indicator.unit, indicator.unitLabel, lang);
  const dated = (d: DatedValue | null) =>
    d ? `${value(d.value)} (${formatDay(d.date, lang)})` : t('monitoring.card.none');
  const unit = indicator.unit === 'other' ? indicator.unitLabel : t(`monitoring.units.${indicator.unit}`);
  const source =
    indicator.source === 'other' ? indicator.sourceLabel : t(`monitoring.sources.${indicator.source}`);
  return (
    <article className="monitoring-card" aria-labelledby={headingId} data-indicator={indicator.name}>
      <Heading3 id={headingId}>{indicator.name}</Heading3>
      {indicator.definition && <Paragraph>{indicator.definition}</Paragraph>}
      <dl className="monitoring-card__facts">
        <div>
          <dt>{t('monitoring.card.unit')}</dt>
          <dd>{unit}</dd>
        </div>
        <div>
          <dt>{t('monitoring.card.source')}</dt>
          <dd>{source}</dd>
        </div>
        <div>
          <dt>{t('monitoring.card.baseline')}</dt>
          <dd>{dated(indicator.baseline)}</dd>
        </div>
        <div>
          <dt>{t('monitoring.card.target')}</dt>
          <dd>{dated(indicator.target)}</dd>
        </div>
        <div>
          <dt>{t('monitoring.card.direction')}</dt>
          <dd>{t(`monitoring.directions.${indicator.direction}`)}</dd>
        </div>
      </dl>
      <figure className="monitoring-card__figure">
        <TrendChart indicator={indicator} summaryId={summaryId} yLabel={unit} />
        <figcaption>
          <p id={summaryId} className="monitoring-card__summary" data-testid="trend-summary">
            {trendSummary(indicator, lang)}
          </p>
          <ChartLegend indicator={indicator} />
        </figcaption>
      </figure>
      <details className="monitoring-card__table">
        <summary>{t('monitoring.chart.table')}</summary>
        <MeasurementTable werkgroepId={werkgroepId} indicator={indicator} measure={measure} />
      </details>
      {measure && <MeasurementForm werkgroepId={werkgroepId} indicatorId={indicator.id} />}
      {manage && editing && (
        <div ref={editFocus.area}>
          <IndicatorForm
            werkgroepId={werkgroepId}
            sections={sections}
            editing={indicator}
            onClose={() => setEditing(false)}
          />
        </div>
      )}
      {manage && !editing && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          ref={editFocus.button}
          onClick={() => setEditing(true)}
        >
          {t('monitoring.card.edit')}
        </button>
      )}
      {manage && (
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle"
          onClick={() => {
            remove.reset();
            setConfirming(true);
          }}
        >
          {t('monitoring.card.delete')}
        </button>
      )}
      {remove.error && <Paragraph role="alert">{remove.error}</Paragraph>}
      <ConfirmDialog
        open={confirming}
        title={t('monitoring.card.delete')}
        text={t('monitoring.card.confirmDelete', { name: indicator.name })}
        confirm={t('monitoring.card.delete')}
        cancel={t('monitoring.form.cancel')}
        closeOnConfirm={false}
        onConfirm={() => void remove.run().then((ok) => ok && setConfirming(false))}
        onClose={() => setConfirming(false)}
      />
    </article>
  );
}
