import type { ImportParse } from '../../../shared/monitoring/csvImport';
import { parseTemplate } from '../../../shared/monitoring/csvImport';
import type { CsvProblem } from '../../../shared/monitoring/csvTable';
import {
  csvByteLength,
  type ImportRequest,
  type ImportResult,
} from '../../../shared/monitoring/importRequest';
import { MONITORING_LIMITS } from '../../../shared/monitoring/indicator';
import { parseStatline } from '../../../shared/monitoring/statline';
import type { MemberRow } from '../../storage/WorkspaceStore';
import type { DomainDeps } from '../deps';
import { DomainError } from '../errors';
import { mayDo, measurementsFrom, overLimit, serially } from './monitoring';

/**
 * A refused file: every problem as an issue whose path is `<line>:<column>` (the column as named in the
 * file's header, empty for the whole row) and whose message is the problem's code, which the client
 * words (`monitoring.problems.*`).
 */
export function csvRefusal(problems: readonly CsvProblem[]): DomainError {
  return new DomainError(
    'csv_invalid',
    problems.map((p) => ({ path: `${p.line}:${p.column}`, message: p.problem })),
    { rows: MONITORING_LIMITS.csvRows, max: MONITORING_LIMITS.measurementsPerIndicator },
  );
}

/**
 * Imports measurements from a CSV file (facilitator, officials, partners), all or nothing: the file is
 * read here on the server (the client's reading is only a preview), every row is checked, and only a file
 * without problems is stored, in one transaction ([STORE-MON2]).
 */
export async function importMeasurements(
  deps: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  request: ImportRequest,
): Promise<ImportResult> {
  mayDo(member, 'monitoring.measure');
  if (csvByteLength(request.text) > MONITORING_LIMITS.csvBytes)
    throw new DomainError('csv_too_large', undefined, { max: Math.round(MONITORING_LIMITS.csvBytes / 1024) });
  return serially(deps.storage, werkgroepId, async () => {
    const all = await deps.storage.listMonitoring(werkgroepId);
    let parsed: ImportParse;
    if (request.layout === 'template') parsed = parseTemplate(request.text, all);
    else {
      if (!all.some((i) => i.id === request.mapping.indicatorId)) throw new DomainError('not_found');
      parsed = parseStatline(request.text, request.mapping);
    }
    if (!parsed.ok) throw csvRefusal(parsed.problems);
    const over = overLimit(all, parsed.rows);
    if (over) {
      const line = parsed.rows.find((r) => r.indicatorId === over)?.line ?? 1;
      throw csvRefusal([{ line, column: '', problem: 'too_many_measurements' }]);
    }
    await deps.storage.addMeasurements(werkgroepId, measurementsFrom(parsed.rows));
    return { imported: parsed.rows.length, skipped: parsed.skipped };
  });
}
