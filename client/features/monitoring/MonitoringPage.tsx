import './monitoring.css';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorWithMeasurements } from '../../../shared/monitoring/indicator';
import { can } from '../../../shared/permissions';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { ImportPanel } from './ImportPanel';
import { IndicatorCard } from './IndicatorCard';
import { IndicatorForm } from './IndicatorForm';
import { type SectionChoice, useMonitoringData } from './useMonitoringData';

interface Group {
  sectionId: string;
  section: SectionChoice | undefined;
  indicators: IndicatorWithMeasurements[];
}

/** Indicators by ambition, in the order the ambitions first appear. */
function byAmbition(
  indicators: readonly IndicatorWithMeasurements[],
  sections: readonly SectionChoice[],
): Group[] {
  const groups = new Map<string, Group>();
  for (const i of indicators) {
    let g = groups.get(i.sectionId);
    if (!g) {
      g = { sectionId: i.sectionId, section: sections.find((s) => s.id === i.sectionId), indicators: [] };
      groups.set(i.sectionId, g);
    }
    g.indicators.push(i);
  }
  return [...groups.values()];
}

/**
 * Monitoring (/w/<id>/monitoring): per ambition its indicators, each as a chart with its table and a
 * summary in words. Live for everyone; the facilitator defines indicators, the facilitator, officials
 * and partners import figures.
 */
export function MonitoringPage() {
  const { t } = useTranslation();
  const { detail } = useWerkgroep();
  const werkgroepId = detail.werkgroep.id;
  const role = detail.me.role;
  const data = useMonitoringData(werkgroepId);
  const groups = useMemo(() => byAmbition(data.view.indicators, data.sections), [data.view, data.sections]);
  if (data.error) return <ErrorState error={data.error} onRetry={data.retry} />;
  const manage = can(role, 'monitoring.manage');
  const measure = can(role, 'monitoring.measure');
  return (
    <div className="page monitoring">
      <Heading1>{t('monitoring.title')}</Heading1>
      <Paragraph>{t('monitoring.intro')}</Paragraph>
      <Paragraph className="muted">{t('monitoring.whoManages')}</Paragraph>
      {(manage || measure) && (
        <div className="monitoring__tools">
          {manage && <IndicatorForm werkgroepId={werkgroepId} sections={data.sections} />}
          {measure && <ImportPanel werkgroepId={werkgroepId} indicators={data.view.indicators} />}
        </div>
      )}
      {!data.ready ? (
        <Loading />
      ) : groups.length === 0 ? (
        <Paragraph data-testid="monitoring-empty">
          {t(manage ? 'monitoring.emptyManager' : 'monitoring.empty')}
        </Paragraph>
      ) : (
        groups.map((g) => (
          <section
            key={g.sectionId}
            className="monitoring__ambition"
            aria-labelledby={`ambition-${g.sectionId}`}
          >
            <Heading2 id={`ambition-${g.sectionId}`}>
              {t('monitoring.ambition', { title: g.section?.title ?? t('monitoring.unknownAmbition') })}
            </Heading2>
            <ul className="monitoring__list">
              {g.indicators.map((i) => (
                <li key={i.id}>
                  <IndicatorCard
                    werkgroepId={werkgroepId}
                    indicator={i}
                    sections={data.sections}
                    manage={manage}
                    measure={measure}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
