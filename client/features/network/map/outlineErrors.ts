import type { TFunction } from 'i18next';
import { OUTLINE_PROBLEMS, type OutlineProblem } from '../../../../shared/network/outlineUpload';
import { ApiRequestError } from '../../../api/client';

const isProblem = (v: unknown): v is OutlineProblem => OUTLINE_PROBLEMS.includes(v as OutlineProblem);

/** A refused wijkgrens in words: the code's sentence and what exactly was wrong (`params.problem`). */
export function explainOutlineError(t: TFunction, err: unknown): string | null {
  if (!(err instanceof ApiRequestError)) return null;
  if (err.code !== 'outline_invalid' && err.code !== 'outline_too_large') return null;
  const problem = err.body.params?.problem;
  return isProblem(problem) ? `${err.message} ${t(`network.map.outline.problem.${problem}`)}` : err.message;
}
