import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../../../shared/i18n/translate';
import type { IndicatorWithMeasurements } from '../../../shared/monitoring/indicator';

/**
 * One indicator's chart: Observable Plot is loaded with the first chart (its own chunk), drawn to the
 * width of its box and again when that changes. The box is an image named by the indicator and
 * described by the summary (`summaryId`); when the library cannot load, the table still has the figures.
 */
export function TrendChart({
  indicator,
  summaryId,
  yLabel,
}: {
  indicator: IndicatorWithMeasurements;
  summaryId: string;
  yLabel: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el || width < 100) return;
    let live = true;
    import('./plotChart').then(
      ({ renderChart }) => {
        if (!live) return;
        el.replaceChildren(renderChart(indicator, { width, lang, yLabel }));
        setState('drawn');
      },
      () => live && setState('failed'),
    );
    return () => {
      live = false;
    };
  }, [indicator, width, lang, yLabel]);

  return (
    <>
      <div
        ref={box}
        className="monitoring-chart"
        role="img"
        aria-label={t('monitoring.chart.label', { name: indicator.name })}
        aria-describedby={summaryId}
        data-state={state}
      />
      {state === 'loading' && <Paragraph className="muted">{t('monitoring.chart.loading')}</Paragraph>}
      {state === 'failed' && <Paragraph role="alert">{t('monitoring.chart.failed')}</Paragraph>}
    </>
  );
}
