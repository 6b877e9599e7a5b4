import { VOTE_LIMITS } from '../../../../shared/schemas/vote';
import { readNotes } from '../../../../shared/sync/boardDoc';
import { boardRooms } from '../../../../shared/sync/rooms';
import { newId } from '../../../auth/tokens';
import type { DotRounds } from '../../../domain/boards/boards';
import { voteService } from '../../../domain/votes/service';
import type { BoardRow } from '../../../storage/BoardStore';
import type { VoteRow } from '../../../storage/VoteStore';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';

/** The dot-round settings: k dots per member, counted per group, results live. */
const dotSettings = (dots: number): VoteRow['settings'] => ({
  method: 'dots',
  rule: 'gelijk_gewicht',
  maxChoices: null,
  dots,
  partnersAdvise: false,
  quorum: { bewoners: 0, ambtenaren: 0 },
  secret: false,
  results: 'live',
});

/**
 * A dot round is a vote of the werkgroep's voting engine (server-authoritative, one ballot per member,
 * counted per group) whose options are the notes on the board now; an open round is closed first.
 */
export function dotRounds({ storage, rooms }: RouteDeps): DotRounds {
  const votes = voteService(storage, rooms);
  const closeIfOpen = async (voteId: string, actorMemberId: string) => {
    const vote = await storage.getVote(voteId);
    if (vote?.status === 'open') await votes.close(vote, actorMemberId, '');
  };

  async function start(board: BoardRow, actorMemberId: string, dots: number) {
    if (board.dotRound) await closeIfOpen(board.dotRound.voteId, actorMemberId);
    const r = boardRooms(board.id, actorMemberId);
    const notes = [
      ...(await rooms.read(r.board, readNotes)),
      ...(await rooms.read(r.locked, readNotes)),
    ].slice(0, VOTE_LIMITS.boardOptionsMax);
    if (notes.length < VOTE_LIMITS.optionsMin)
      throw new ApiError('bad_request', [{ path: 'dotRound', message: 'at least two notes' }]);
    const row: VoteRow = {
      id: newId(),
      werkgroepId: board.werkgroepId,
      boardId: board.id,
      question: board.title,
      explanation: '',
      options: notes.map((n, i) => ({ id: `o${i + 1}`, label: n.text.slice(0, VOTE_LIMITS.optionLabelMax) })),
      settings: dotSettings(dots),
      status: 'draft',
      createdBy: actorMemberId,
      createdAt: Date.now(),
      openedAt: null,
      closedAt: null,
    };
    await storage.createVote(row);
    const opened = await storage.openVote(row.id, Date.now(), actorMemberId);
    if (opened) await votes.publish(opened);
    return { voteId: row.id, noteIds: notes.map((n) => n.id) };
  }

  return { start, close: closeIfOpen };
}
