import { tally } from '../../../../shared/voting/tally';
import type { VoteView } from '../../../../shared/voting/voteView';
import { newId } from '../../../auth/tokens';
import type { Storage } from '../../../storage/Storage';
import type { VoteRow } from '../../../storage/VoteStore';
import type { RouteDeps } from '../../deps';
import { publishVote } from '../../roomState';
import { countedBallots } from './views';

/** What votes (and a board's dot rounds) share: publishing to the werkgroep room, closing. */
export function voteService(storage: Storage, rooms: RouteDeps['rooms']) {
  /** Puts the vote's public state in the werkgroep's room, where every open screen follows it. */
  const publish = (vote: VoteRow): Promise<VoteView> => publishVote(storage, rooms, vote);

  /**
   * Closes an open vote with the ballots as they are (one transaction) and publishes it. A werkgroep
   * vote becomes a decision on the besluitenlijst; a board's dot round does not. Null when not open.
   */
  async function close(vote: VoteRow, actorMemberId: string, decisionText: string) {
    const now = Date.now();
    const closed = await storage.closeVote(vote.id, now, actorMemberId, (v, ballots) =>
      v.boardId
        ? null
        : {
            id: newId(),
            werkgroepId: v.werkgroepId,
            voteId: v.id,
            question: v.question,
            text: decisionText,
            method: v.settings.method,
            rule: v.settings.rule,
            secret: v.settings.secret,
            options: v.options,
            tally: tally({ ...v.settings, options: v.options }, countedBallots(v, ballots)),
            decidedAt: now,
          },
    );
    if (!closed) return null;
    // The closed vote and its decision reach the room in one transaction. Should the process die
    // before that, the room is brought in line with the database when it is next loaded ([SYNC12]).
    const view = await publishVote(storage, rooms, closed.vote, closed.decision);
    return { view, decisionId: closed.decision?.id ?? null };
  }

  return { publish, close };
}
