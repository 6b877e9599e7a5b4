import { Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../../../shared/i18n/translate';
import type { IndicatorWithMeasurements, Measurement } from '../../../shared/monitoring/indicator';
import { formatDay, formatValue } from '../../../shared/monitoring/trend';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';

/**
 * The figures of one indicator as a table (the chart's data, for everyone who does not read charts);
 * who may add figures may also remove a wrong one here.
 */
export function MeasurementTable({
  werkgroepId,
  indicator,
  measure,
}: {
  werkgroepId: string;
  indicator: IndicatorWithMeasurements;
  measure: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const captionId = useId();
  const [done, setDone] = useState('');
  const remove = useAction(async (m: Measurement) => {
    await api('deleteMeasurement', { params: { werkgroepId, measurementId: m.id } });
    setDone(t('monitoring.measure.deleted'));
  });
  if (indicator.measurements.length === 0) return <Paragraph>{t('monitoring.chart.noData')}</Paragraph>;
  return (
    <>
      {/* A narrow phone scrolls the table sideways: by keyboard too (focusable, named by its caption). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <section className="monitoring-card__scroll" tabIndex={0} aria-labelledby={captionId}>
        <table className="monitoring-table">
          <caption id={captionId}>{t('monitoring.chart.caption', { name: indicator.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('monitoring.chart.date')}</th>
              <th scope="col">{t('monitoring.chart.series')}</th>
              <th scope="col" className="monitoring-table__number">
                {t('monitoring.chart.value')}
              </th>
              <th scope="col" className="monitoring-table__wide">
                {t('monitoring.chart.note')}
              </th>
              {measure && <th scope="col">{t('monitoring.measure.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {indicator.measurements.map((m) => (
              <tr key={m.id}>
                <td>{formatDay(m.date, lang)}</td>
                <td>
                  {t(`monitoring.series.${m.series}`)}
                  {m.note && <span className="monitoring-table__narrow">{m.note}</span>}
                </td>
                <td className="monitoring-table__number">
                  {formatValue(m.value, indicator.unit, indicator.unitLabel, lang)}
                </td>
                <td className="monitoring-table__wide">{m.note}</td>
                {measure && (
                  <td>
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--subtle"
                      disabled={remove.pending}
                      aria-label={t('monitoring.measure.deleteLabel', {
                        date: formatDay(m.date, lang),
                        series: t(`monitoring.series.${m.series}`),
                      })}
                      onClick={() => {
                        setDone('');
                        void remove.run(m);
                      }}
                    >
                      {t('monitoring.measure.delete')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {remove.error && <Paragraph role="alert">{remove.error}</Paragraph>}
      <Paragraph role="status">{done}</Paragraph>
    </>
  );
}
