import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  csvByteLength,
  IMPORT_LAYOUTS,
  type ImportLayout,
  type ImportRequest,
  TEMPLATE_CSV,
} from '../../../shared/monitoring/importRequest';
import { type IndicatorWithMeasurements, MONITORING_LIMITS } from '../../../shared/monitoring/indicator';
import { type StatlineShape, statlineShape } from '../../../shared/monitoring/statline';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { Field } from './fields';
import { importProblems } from './importProblems';
import { type StatlineChoice, StatlineFields } from './StatlineFields';

const KB = Math.round(MONITORING_LIMITS.csvBytes / 1024);
// The BOM lets spreadsheet programs read the accents as UTF-8.
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${TEMPLATE_CSV}`)}`;

class LocalRefusal extends Error {}
const NO_CHOICE: StatlineChoice = { indicatorId: '', valueColumn: '', regionCode: '', year: '' };

/** The chosen file's text; refused here already when there is none or it is over the limit. */
async function readChosen(t: TFunction, chosen: File | undefined): Promise<string> {
  if (!chosen) throw new LocalRefusal(t('monitoring.import.chooseFile'));
  const text = chosen.size > MONITORING_LIMITS.csvBytes ? '' : await chosen.text();
  if (!text && chosen.size > 0) throw new LocalRefusal(t('monitoring.import.tooLarge', { kb: KB }));
  if (csvByteLength(text) > MONITORING_LIMITS.csvBytes)
    throw new LocalRefusal(t('monitoring.import.tooLarge', { kb: KB }));
  // Rows are counted roughly here (lines with something on them); the server counts exactly.
  const rows = text.split(/\r?\n/).filter((line) => line.trim() !== '').length - 1;
  if (rows > MONITORING_LIMITS.csvRows)
    throw new LocalRefusal(t('monitoring.import.tooManyRows', { rows: MONITORING_LIMITS.csvRows }));
  return text;
}

/** The request for the chosen layout (a StatLine file needs its value column chosen). */
function requestOf(t: TFunction, layout: ImportLayout, text: string, choice: StatlineChoice): ImportRequest {
  if (layout === 'template') return { layout, text };
  if (!choice.valueColumn) throw new LocalRefusal(t('monitoring.import.chooseColumn'));
  const mapping = {
    indicatorId: choice.indicatorId,
    valueColumn: choice.valueColumn,
    regionCode: choice.regionCode || null,
    year: choice.year ? Number(choice.year) : null,
  };
  return { layout, text, mapping };
}

/**
 * Import figures from a CSV file (facilitator, officials, partners): our plain template or a CBS/GGD
 * StatLine table. The file is read here only to offer its columns and wijken; the server reads and checks
 * it again and stores all of it or nothing, naming the rows to fix.
 */
export function ImportPanel({
  werkgroepId,
  indicators,
}: {
  werkgroepId: string;
  indicators: readonly IndicatorWithMeasurements[];
}) {
  const { t } = useTranslation();
  const [layout, setLayout] = useState<ImportLayout>('template');
  // The file's shape, for the StatLine choices; the file itself is read again when importing.
  const [shape, setShape] = useState<StatlineShape | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const [choice, setChoice] = useState<StatlineChoice>(NO_CHOICE);
  const [result, setResult] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const chosenIndicator = choice.indicatorId || indicators[0]?.id || '';

  const run = useAction(
    async () => {
      const text = await readChosen(t, input.current?.files?.[0]);
      const request = requestOf(t, layout, text, { ...choice, indicatorId: chosenIndicator });
      const done = await api('importMeasurements', { params: { werkgroepId }, body: request });
      const words = [t('monitoring.import.done', { count: done.imported })];
      if (done.skipped > 0) words.push(t('monitoring.import.skipped', { count: done.skipped }));
      setResult(words.join(' '));
    },
    {
      explain: (err) =>
        err instanceof LocalRefusal
          ? err.message
          : importProblems(t, err)
            ? t('monitoring.import.problemsTitle')
            : null,
      onError: (_message, err) => setProblems(importProblems(t, err) ?? []),
    },
  );

  const choose = async (chosen: File | undefined) => {
    setResult('');
    setProblems([]);
    run.reset();
    if (!chosen) return setShape(null);
    const text = await chosen.text();
    const shape = statlineShape(text);
    setShape(shape);
    const only = shape.localCodes.length === 1 ? (shape.localCodes[0] ?? '') : '';
    setChoice((c) => ({ ...c, valueColumn: '', regionCode: only }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setResult('');
    setProblems([]);
    void run.run();
  };
  return (
    <details className="monitoring__panel">
      <summary className="utrecht-button utrecht-button--secondary-action">
        {t('monitoring.import.title')}
      </summary>
      {indicators.length === 0 ? (
        <Paragraph>{t('monitoring.import.noIndicators')}</Paragraph>
      ) : (
        <form className="monitoring-form" onSubmit={(e) => submit(e)} noValidate>
          <Heading2>{t('monitoring.import.title')}</Heading2>
          <Paragraph>{t('monitoring.import.intro')}</Paragraph>
          <LayoutChoice layout={layout} onChange={setLayout} />
          <Field
            label={t('monitoring.import.file')}
            hint={t('monitoring.import.fileHint', { kb: KB, rows: MONITORING_LIMITS.csvRows })}
          >
            {(p) => (
              <input
                {...p}
                ref={input}
                type="file"
                accept=".csv,text/csv"
                className="utrecht-textbox"
                onChange={(e) => void choose(e.target.files?.[0])}
              />
            )}
          </Field>
          {layout === 'statline' && (
            <StatlineFields
              indicators={indicators}
              shape={shape}
              value={{ ...choice, indicatorId: chosenIndicator }}
              set={(change) => setChoice((c) => ({ ...c, ...change }))}
            />
          )}
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            disabled={run.pending}
          >
            {t('monitoring.import.submit')}
          </button>
          {run.error && <ImportError message={run.error} problems={problems} />}
        </form>
      )}
      <Paragraph role="status" data-testid="import-result">
        {result}
      </Paragraph>
    </details>
  );
}

/** Why nothing was imported, with the rows to fix. */
function ImportError({ message, problems }: { message: string; problems: readonly string[] }) {
  return (
    <div role="alert" className="monitoring-import__problems">
      <Paragraph>{message}</Paragraph>
      {problems.length > 0 && (
        <ul>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Which kind of file: our template (with its download) or a StatLine table, each with its help. */
function LayoutChoice({ layout, onChange }: { layout: ImportLayout; onChange: (l: ImportLayout) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <>
      <fieldset className="monitoring-form__fieldset">
        <legend className="monitoring-form__legend">{t('monitoring.import.layout')}</legend>
        {IMPORT_LAYOUTS.map((l) => (
          <label key={l} className="monitoring-form__radio">
            <input type="radio" name={name} value={l} checked={layout === l} onChange={() => onChange(l)} />{' '}
            {t(`monitoring.import.${l}`)}
          </label>
        ))}
      </fieldset>
      <Paragraph className="muted">{t(`monitoring.import.${layout}Help`)}</Paragraph>
      {layout === 'template' && (
        <Paragraph>
          <a className="utrecht-link" href={TEMPLATE_HREF} download="wijkatelier-metingen.csv">
            {t('monitoring.import.download')}
          </a>
        </Paragraph>
      )}
    </>
  );
}
