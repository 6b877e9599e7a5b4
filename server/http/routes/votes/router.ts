import { type Request, Router } from 'express';
import { API } from '../../../../shared/api/routes';
import type { Action } from '../../../../shared/permissions';
import { can } from '../../../../shared/permissions';
import { type Ballot, ballotProblem, VOTE_LIMITS } from '../../../../shared/schemas/vote';
import { roomName } from '../../../../shared/sync/rooms';
import { newId } from '../../../auth/tokens';
import type { Storage } from '../../../storage/Storage';
import type { VoteRow } from '../../../storage/VoteStore';
import type { MemberRow } from '../../../storage/WorkspaceStore';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { mount } from '../../route';
import { voteService } from './service';
import { loadVoteView, presentDecision, votesIn } from './views';

/** The vote (404 unless it belongs to the werkgroep; drafts exist only for those who manage votes). */
async function voteFor(storage: Storage, req: Request, werkgroepId: string, voteId: string, action: Action) {
  const { member } = await requireMember(storage, req, werkgroepId, action);
  const vote = await storage.getVote(voteId);
  if (!vote || vote.werkgroepId !== werkgroepId) throw new ApiError('not_found');
  if (vote.status === 'draft' && !can(member.role, 'vote.manage')) throw new ApiError('not_found');
  return { vote, member };
}

/** A ballot that fits the vote, or a 400 naming the problem. */
function checkBallot(vote: VoteRow, ballot: Ballot): void {
  const problem = ballotProblem(ballot, { ...vote.settings, options: vote.options });
  if (problem) throw new ApiError('ballot_invalid', [{ path: '(body)', message: problem }]);
}

export function votesRouter({ storage, rooms, logger }: RouteDeps): Router {
  const router = Router();
  const _room = (werkgroepId: string) => roomName('werkgroep', werkgroepId);

  const { publish, close } = voteService(storage, rooms);

  async function cast(vote: VoteRow, voter: MemberRow, ballot: Ballot, by: MemberRow, note: string) {
    // A guest's ballot waits for nobody: it is refused, also when the facilitator enters it for them.
    if (voter.role === 'guest') throw new ApiError('not_confirmed');
    const group = votesIn(vote, voter.role);
    if (!group || !can(voter.role, 'vote.cast')) throw new ApiError('not_eligible');
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
    if (result === 'not_open') throw new ApiError('vote_not_open');
    if (result === 'already_voted') throw new ApiError('already_voted');
    // No ballot content in logs: secret votes stay secret there too.
    logger.debug({ vote: vote.id, proxy, result }, 'ballot');
    await publish(vote);
  }

  mount(router, API.listVotes, async ({ req, params }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'vote.view');
    const votes = (await storage.listVotes(params.werkgroepId)).filter(
      (v) => v.status !== 'draft' || can(member.role, 'vote.manage'),
    );
    return Promise.all(votes.map((v) => loadVoteView(storage, v)));
  });

  mount(router, API.createVote, async ({ req, params, body }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'vote.manage');
    if ((await storage.listVotes(params.werkgroepId)).length >= VOTE_LIMITS.perWerkgroep)
      throw new ApiError('limit_reached');
    const { question, explanation, options, ...settings } = body;
    const row: VoteRow = {
      id: newId(),
      werkgroepId: params.werkgroepId,
      question,
      explanation,
      options: options.map((label, i) => ({ id: `o${i + 1}`, label })),
      settings,
      status: 'draft',
      createdBy: member.id,
      createdAt: Date.now(),
      openedAt: null,
      closedAt: null,
      boardId: null,
    };
    await storage.createVote(row);
    return loadVoteView(storage, row);
  });

  mount(router, API.getVote, async ({ req, params }) => {
    const { vote } = await voteFor(storage, req, params.werkgroepId, params.voteId, 'vote.view');
    return loadVoteView(storage, vote);
  });

  mount(router, API.changeVoteStatus, async ({ req, params, body }) => {
    const { vote, member } = await voteFor(storage, req, params.werkgroepId, params.voteId, 'vote.manage');
    const now = Date.now();
    if (body.status === 'open') {
      const opened = await storage.openVote(vote.id, now, member.id);
      if (!opened) throw new ApiError('vote_not_open');
      req.log.info({ vote: vote.id }, 'vote opened');
      return publish(opened);
    }
    const closed = await close(vote, member.id, body.decisionText ?? '');
    if (!closed) throw new ApiError('vote_not_open');
    req.log.info({ vote: vote.id, decision: closed.decisionId }, 'vote closed');
    return closed.view;
  });

  mount(router, API.updateVote, async ({ req, params, body }) => {
    const { vote } = await voteFor(storage, req, params.werkgroepId, params.voteId, 'vote.manage');
    // A dot round's options are the board's notes: it is changed from the board, not here.
    if (vote.boardId !== null) throw new ApiError('vote_not_draft');
    const { question, explanation, options, ...settings } = body;
    const updated = await storage.updateDraftVote(vote.id, {
      question,
      explanation,
      options: options.map((label, i) => ({ id: `o${i + 1}`, label })),
      settings,
    });
    if (!updated) throw new ApiError('vote_not_draft');
    return loadVoteView(storage, updated);
  });

  mount(router, API.deleteVote, async ({ req, params }) => {
    const { vote } = await voteFor(storage, req, params.werkgroepId, params.voteId, 'vote.manage');
    if (!(await storage.deleteDraftVote(vote.id))) throw new ApiError('vote_not_open');
    return undefined;
  });

  mount(router, API.getMyBallot, async ({ req, params }) => {
    const { vote, member } = await voteFor(storage, req, params.werkgroepId, params.voteId, 'vote.view');
    const mine = await storage.getBallot(vote.id, member.id);
    return {
      ballot: mine?.ballot ?? null,
      proxy: mine?.proxy ?? false,
      castAt: mine?.castAt ? new Date(mine.castAt).toISOString() : null,
      eligible: can(member.role, 'vote.cast') && votesIn(vote, member.role) !== null,
    };
  });

  mount(router, API.castBallot, async ({ req, params, body }) => {
    const { vote, member } = await voteFor(storage, req, params.werkgroepId, params.voteId, 'vote.cast');
    await cast(vote, member, body, member, '');
    const mine = await storage.getBallot(vote.id, member.id);
    return {
      ballot: mine?.ballot ?? null,
      proxy: false,
      castAt: mine?.castAt ? new Date(mine.castAt).toISOString() : null,
      eligible: true,
    };
  });

  mount(router, API.castProxyBallot, async ({ req, params, body }) => {
    const { vote, member } = await voteFor(storage, req, params.werkgroepId, params.voteId, 'vote.manage');
    const voter = await storage.getMember(params.werkgroepId, body.memberId);
    if (!voter) throw new ApiError('not_found');
    await cast(vote, voter, body.ballot, member, body.note);
    return undefined;
  });

  mount(router, API.listOpenBallots, async ({ req, params }) => {
    const { vote } = await voteFor(storage, req, params.werkgroepId, params.voteId, 'vote.view');
    const visible = vote.status === 'closed' || (vote.status === 'open' && vote.settings.results === 'live');
    if (vote.settings.secret || !visible) throw new ApiError('forbidden');
    const [ballots, members] = await Promise.all([
      storage.listBallots(vote.id),
      storage.listMembers(vote.werkgroepId),
    ]);
    const names = new Map(members.map((m) => [m.id, m.displayName]));
    return ballots.flatMap((b) =>
      b.memberId === null || (b.group === 'partners' && !vote.settings.partnersAdvise)
        ? []
        : [
            {
              memberId: b.memberId,
              name: names.get(b.memberId) ?? '—',
              group: b.group,
              proxy: b.proxy,
              ballot: b.ballot,
            },
          ],
    );
  });

  mount(router, API.voteAudit, async ({ req, params }) => {
    const { vote } = await voteFor(storage, req, params.werkgroepId, params.voteId, 'vote.manage');
    const [events, members] = await Promise.all([
      storage.listVoteEvents(vote.id),
      storage.listMembers(vote.werkgroepId),
    ]);
    const names = new Map(members.map((m) => [m.id, m.displayName]));
    const name = (id: string | null) => (id === null ? null : (names.get(id) ?? '—'));
    return events.map((e) => ({
      at: new Date(e.at).toISOString(),
      kind: e.kind,
      actor: name(e.actorMemberId) ?? '—',
      subject: name(e.subjectMemberId),
      note: e.note,
    }));
  });

  mount(router, API.listDecisions, async ({ req, params }) => {
    await requireMember(storage, req, params.werkgroepId, 'vote.view');
    return (await storage.listDecisions(params.werkgroepId)).map(presentDecision);
  });

  return router;
}
