import type { Board } from '../../../shared/schemas/board';
import type { BoardRow } from '../../storage/BoardStore';
import { iso } from './iso';

/** A board's settings as every screen sees them (in the API and in the werkgroep room). */
export const presentBoard = (b: BoardRow): Board => ({
  id: b.id,
  werkgroepId: b.werkgroepId,
  title: b.title,
  template: b.template,
  locked: b.locked,
  lockedFrames: b.lockedFrames,
  silent: b.silent,
  timer: b.timer,
  dotRound: b.dotRound,
  createdAt: iso(b.createdAt),
});
