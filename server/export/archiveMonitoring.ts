import { csvFile } from '../../shared/csv/csv';
import { t } from '../../shared/i18n/translate';
import type { IndicatorWithMeasurements } from '../../shared/monitoring/indicator';
import type { ExportLang } from '../../shared/schemas/export';

/**
 * The columns of `monitoring/metingen.csv`. `indicator`, `datum`, `waarde`, `bron` and `reeks` are the
 * columns of the monitoring import's template (shared/monitoring/csvImport.ts: TEMPLATE_COLUMNS), so the
 * file can be imported again as it is; the import does not read `indicator_id`.
 */
export const METINGEN_COLUMNS = ['indicator_id', 'indicator', 'reeks', 'datum', 'waarde', 'bron'] as const;

export const INDICATOREN_COLUMNS = [
  'id',
  'ambitie',
  'naam',
  'definitie',
  'eenheid',
  'bron',
  'nulmeting',
  'nulmeting_datum',
  'streefwaarde',
  'streefwaarde_datum',
  'richting',
] as const;

/**
 * The werkgroep's monitoring as two CSV files: its indicators (with the ambition each belongs to, by the
 * section's title) and every measurement of the wijk and of the gemeente's average.
 */
export function monitoringFiles(
  lang: ExportLang,
  indicators: readonly IndicatorWithMeasurements[],
  sectionTitles: ReadonlyMap<string, string>,
): { path: string; bytes: Uint8Array }[] {
  const indicatoren = indicators.map((i) => [
    i.id,
    sectionTitles.get(i.sectionId) ?? '',
    i.name,
    i.definition,
    i.unit === 'other' ? i.unitLabel : t(lang, `monitoring.units.${i.unit}`),
    i.source === 'other' ? i.sourceLabel : t(lang, `monitoring.sources.${i.source}`),
    i.baseline?.value ?? null,
    i.baseline?.date ?? null,
    i.target?.value ?? null,
    i.target?.date ?? null,
    t(lang, `monitoring.directions.${i.direction}`),
  ]);
  const metingen = indicators.flatMap((i) =>
    i.measurements.map((m) => [i.id, i.name, m.series, m.date, m.value, m.note]),
  );
  const encode = (text: string) => new TextEncoder().encode(text);
  return [
    { path: 'monitoring/indicatoren.csv', bytes: encode(csvFile(INDICATOREN_COLUMNS, indicatoren)) },
    { path: 'monitoring/metingen.csv', bytes: encode(csvFile(METINGEN_COLUMNS, metingen)) },
  ];
}
