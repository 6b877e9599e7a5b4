import type { TFunction } from 'i18next';
import { CSV_PROBLEMS, type CsvProblemCode } from '../../../shared/monitoring/csvTable';
import { MONITORING_LIMITS } from '../../../shared/monitoring/indicator';
import { ApiRequestError } from '../../api/client';

const isProblem = (s: string): s is CsvProblemCode => (CSV_PROBLEMS as readonly string[]).includes(s);

/**
 * The rows a refused import names (issues `<line>:<column>` with the problem's code), in words:
 * "Regel 3, kolom waarde: dit is geen getal". Null for any other error.
 */
export function importProblems(t: TFunction, err: unknown): string[] | null {
  if (!(err instanceof ApiRequestError) || err.code !== 'csv_invalid') return null;
  return (err.body.issues ?? []).map(({ path, message }) => {
    const colon = path.indexOf(':');
    const line = path.slice(0, colon);
    const column = path.slice(colon + 1);
    const problem = isProblem(message)
      ? t(`monitoring.problems.${message}`, {
          rows: MONITORING_LIMITS.csvRows,
          max: MONITORING_LIMITS.measurementsPerIndicator,
        })
      : message;
    return column
      ? t('monitoring.import.problemAt', { line, column, problem })
      : t('monitoring.import.problemAtLine', { line, problem });
  });
}
