import { roomName } from '../../../shared/sync/rooms';
import { writeDecision, writeVote } from '../../../shared/sync/werkgroepDoc';
import { tally } from '../../../shared/voting/tally';
import type { VoteView } from '../../../shared/voting/voteView';
import { newId } from '../../auth/tokens';
import type { Storage } from '../../storage/Storage';
import type { DecisionRow, VoteRow } from '../../storage/VoteStore';
import type { Rooms } from '../deps';
import { DomainError } from '../errors';
import { countedBallots, loadVoteView, presentDecision } from './presenter';

/** What the vote service writes: the werkgroep room. */
type RoomWriter = Pick<Rooms, 'write'>;

/**
 * A vote's public state (and its decision, when closing made one) into the werkgroep room, in one
 * transaction: no screen sees a closed vote without its decision. Drafts are not published.
 */
export async function publishVote(
  storage: Storage,
  rooms: RoomWriter,
  vote: VoteRow,
  decision: DecisionRow | null = null,
): Promise<VoteView> {
  const view = await loadVoteView(storage, vote);
  if (vote.status !== 'draft')
    await rooms.write(roomName('werkgroep', vote.werkgroepId), (doc) => {
      writeVote(doc, view);
      if (decision) writeDecision(doc, presentDecision(decision));
    });
  return view;
}

/**
 * What votes (and a board's dot rounds) share: opening, counting and closing, each followed by
 * writing the vote's public state into the werkgroep's room, where every open screen follows it.
 */
export function voteService(storage: Storage, rooms: RoomWriter) {
  const publish = (vote: VoteRow): Promise<VoteView> => publishVote(storage, rooms, vote);

  /** Opens a draft; vote_not_draft when it was opened (or closed) already. */
  async function open(vote: VoteRow, actorMemberId: string): Promise<VoteView> {
    const opened = await storage.openVote(vote.id, Date.now(), actorMemberId);
    if (!opened) throw new DomainError('vote_not_draft');
    return publish(opened);
  }

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

  return { publish, open, close };
}
