import { methodOf, type VoteMethod } from './methods';
import type { GroupFigures } from './result';

/**
 * One group's figure for one option, as the method's result column shows it: a number of votes or
 * dots with the group's share, or the mean score on the method's scale. The app and the export put
 * it into words each in their own way, from this one reading.
 */
export type OptionFigure =
  | { key: 'votes' | 'dots'; raw: number; share: number }
  | { key: 'meanScore'; mean: number; share: number };

export function optionFigure(
  method: VoteMethod,
  figures: GroupFigures['options'][string] | undefined,
): OptionFigure {
  const { raw, share } = figures ?? { raw: 0, share: 0 };
  const result = methodOf(method).result;
  // The share is the sum of scores over the most the counted voters could give (counted × scale),
  // so share × scale is the mean score.
  return result.key === 'meanScore'
    ? { key: 'meanScore', mean: share * result.scale, share }
    : { key: result.key, raw, share };
}
