import { useTranslation } from 'react-i18next';
import type { IndicatorWithMeasurements } from '../../../shared/monitoring/indicator';
import { CHART_COLOURS as COLOURS } from './chartColours';

/** A tiny drawing of each mark, next to words that say its shape: the legend does not lean on colour. */
function Swatch({ kind }: { kind: 'wijk' | 'gemeente' | 'baseline' | 'target' }) {
  return (
    <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" className="monitoring-legend__swatch">
      {kind === 'wijk' && (
        <>
          <line x1="1" y1="7" x2="33" y2="7" stroke={COLOURS.wijk} strokeWidth="2.5" />
          <circle cx="17" cy="7" r="4.5" fill={COLOURS.wijk} />
        </>
      )}
      {kind === 'gemeente' && (
        <>
          <line
            x1="1"
            y1="7"
            x2="33"
            y2="7"
            stroke={COLOURS.gemeente}
            strokeWidth="2"
            strokeDasharray="7,4"
          />
          <rect x="12.5" y="2.5" width="9" height="9" fill={COLOURS.gemeente} />
        </>
      )}
      {kind === 'baseline' && (
        <path d="M17 1 L24 13 L10 13 Z" fill="white" stroke={COLOURS.ink} strokeWidth="2" />
      )}
      {kind === 'target' && (
        <>
          <line x1="1" y1="7" x2="33" y2="7" stroke={COLOURS.ink} strokeDasharray="2,4" />
          <path d="M17 0 L24 7 L17 14 L10 7 Z" fill={COLOURS.ink} />
        </>
      )}
    </svg>
  );
}

export function ChartLegend({ indicator }: { indicator: IndicatorWithMeasurements }) {
  const { t } = useTranslation();
  const has = (series: 'wijk' | 'gemeente') => indicator.measurements.some((m) => m.series === series);
  const items = [
    has('wijk') && (['wijk', t('monitoring.chart.legendWijk')] as const),
    has('gemeente') && (['gemeente', t('monitoring.chart.legendGemeente')] as const),
    indicator.baseline && (['baseline', t('monitoring.chart.legendBaseline')] as const),
    indicator.target && (['target', t('monitoring.chart.legendTarget')] as const),
  ].filter((x) => x !== false && x !== null);
  if (items.length === 0) return null;
  return (
    <ul className="monitoring-legend">
      {items.map(([kind, words]) => (
        <li key={kind}>
          <Swatch kind={kind} />
          {words}
        </li>
      ))}
    </ul>
  );
}
