import { Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { IndicatorWithMeasurements } from '../../../shared/monitoring/indicator';
import { PERIOD_COLUMN, REGION_COLUMNS, type StatlineShape } from '../../../shared/monitoring/statline';
import { Field } from './fields';

/** Columns of a StatLine file that are not figures: not offered as the value column. */
const NOT_FIGURES = new Set(
  [
    'ID',
    PERIOD_COLUMN,
    ...REGION_COLUMNS,
    'Gemeentenaam_1',
    'SoortRegio_2',
    'IndelingswijzigingWijkenEnBuurten_4',
  ].map((c) => c.toLowerCase()),
);

export interface StatlineChoice {
  indicatorId: string;
  valueColumn: string;
  regionCode: string;
  year: string;
}

/**
 * The mapping of a CBS/GGD StatLine file, chosen where the file does not say it: the indicator, the
 * column with the figures, the wijk (when the file has several) and the year (without `Perioden`).
 */
export function StatlineFields({
  indicators,
  shape,
  value,
  set,
}: {
  indicators: readonly IndicatorWithMeasurements[];
  shape: StatlineShape | null;
  value: StatlineChoice;
  set: (change: Partial<StatlineChoice>) => void;
}) {
  const { t } = useTranslation();
  const figures = (shape?.header ?? []).filter((h) => h !== '' && !NOT_FIGURES.has(h.toLowerCase()));
  return (
    <>
      <Field label={t('monitoring.import.indicator')}>
        {(p) => (
          <select
            {...p}
            className="utrecht-select"
            value={value.indicatorId}
            onChange={(e) => set({ indicatorId: e.target.value })}
          >
            {indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {shape && (
        <Field label={t('monitoring.import.valueColumn')}>
          {(p) => (
            <select
              {...p}
              className="utrecht-select"
              value={value.valueColumn}
              onChange={(e) => set({ valueColumn: e.target.value })}
            >
              <option value="">—</option>
              {figures.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {shape && shape.localCodes.length > 1 && (
        <Field label={t('monitoring.import.region')}>
          {(p) => (
            <select
              {...p}
              className="utrecht-select"
              value={value.regionCode}
              onChange={(e) => set({ regionCode: e.target.value })}
            >
              <option value="">—</option>
              {shape.localCodes.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {shape && !shape.hasPeriods && (
        <Field label={t('monitoring.import.year')} hint={t('monitoring.import.yearHint')}>
          {(p) => (
            <Textbox
              {...p}
              inputMode="numeric"
              maxLength={4}
              value={value.year}
              onChange={(e) => set({ year: e.target.value.replace(/\D/g, '') })}
            />
          )}
        </Field>
      )}
    </>
  );
}
