import type { z } from 'zod';
import { type Ballot, ballotProblem, type createVoteSchema, VOTE_LIMITS } from '../../../shared/schemas/vote';
import { voterGroup } from '../../../shared/voting/voters';
import { newId } from '../../auth/tokens';
import type { Storage } from '../../storage/Storage';
import type { CastResult, VoteRow } from '../../storage/VoteStore';
import type { MemberRow } from '../../storage/WorkspaceStore';
import { DomainError } from '../errors';

/** A vote's fields as the facilitator sends them (parsed), for a new draft or a changed one. */
type VoteInput = z.output<typeof createVoteSchema>;

const draftFields = ({ question, explanation, options, ...settings }: VoteInput) => ({
  question,
  explanation,
  options: options.map((label, i) => ({ id: `o${i + 1}`, label })),
  settings,
});

/** A new draft vote of the werkgroep (limit_reached past the werkgroep's maximum). */
export async function createDraftVote(
  storage: Storage,
  werkgroepId: string,
  by: MemberRow,
  input: VoteInput,
): Promise<VoteRow> {
  if ((await storage.listVotes(werkgroepId)).length >= VOTE_LIMITS.perWerkgroep)
    throw new DomainError('limit_reached');
  const row: VoteRow = {
    id: newId(),
    werkgroepId,
    ...draftFields(input),
    status: 'draft',
    createdBy: by.id,
    createdAt: Date.now(),
    openedAt: null,
    closedAt: null,
    boardId: null,
  };
  await storage.createVote(row);
  return row;
}

/** Changes a draft; vote_not_draft once it opened, and for a dot round (changed from its board). */
export async function updateDraftVote(storage: Storage, vote: VoteRow, input: VoteInput): Promise<VoteRow> {
  // A dot round's options are the board's notes: it is changed from the board, not here.
  if (vote.boardId !== null) throw new DomainError('vote_not_draft');
  const updated = await storage.updateDraftVote(vote.id, draftFields(input));
  if (!updated) throw new DomainError('vote_not_draft');
  return updated;
}

/** Removes a draft; vote_not_draft once it opened. */
export async function deleteDraftVote(storage: Storage, vote: VoteRow): Promise<void> {
  if (!(await storage.deleteDraftVote(vote.id))) throw new DomainError('vote_not_draft');
}

/** A ballot that fits the vote, or ballot_invalid naming the problem. */
function checkBallot(vote: VoteRow, ballot: Ballot): void {
  const problem = ballotProblem(ballot, { ...vote.settings, options: vote.options });
  if (problem) throw new DomainError('ballot_invalid', [{ path: '(body)', message: problem }]);
}

/**
 * Casts (or changes) `voter`'s ballot, entered by `by`: the voter themselves, or the facilitator by
 * proxy (with a note). Refuses guests, members who do not vote in this vote, ill-fitting ballots, a
 * vote that is not open and (by proxy) a member who voted themselves.
 */
export async function castBallot(
  storage: Storage,
  vote: VoteRow,
  cast: { voter: MemberRow; by: MemberRow; ballot: Ballot; note: string },
): Promise<{ proxy: boolean; result: CastResult }> {
  const { voter, by, ballot, note } = cast;
  // A guest's ballot waits for nobody: it is refused, also when the facilitator enters it for them.
  if (voter.role === 'guest') throw new DomainError('not_confirmed');
  const group = voterGroup(vote.settings, voter.role);
  if (!group) throw new DomainError('not_eligible');
  checkBallot(vote, ballot);
  const proxy = by.id !== voter.id;
  const result = await storage.castBallot(
    {
      voteId: vote.id,
      memberId: voter.id,
      group,
      ballot,
      proxy,
      enteredBy: proxy ? by.id : null,
      note,
      castAt: Date.now(),
    },
    by.id,
  );
  if (result === 'not_open') throw new DomainError('vote_not_open');
  if (result === 'already_voted') throw new DomainError('already_voted');
  return { proxy, result };
}
