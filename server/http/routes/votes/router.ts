import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import {
  castBallot,
  createDraftVote,
  deleteDraftVote,
  updateDraftVote,
} from '../../../domain/votes/commands';
import { voteFor, votesFor } from '../../../domain/votes/loaders';
import {
  loadVoteView,
  presentDecision,
  presentMyBallot,
  presentOpenBallots,
  presentVoteEvents,
  resultsShow,
} from '../../../domain/votes/presenter';
import { voteService } from '../../../domain/votes/service';
import type { VoteRow } from '../../../storage/VoteStore';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { mount } from '../../route';

/** Votes and decisions: each route checks the membership, calls server/domain/votes and presents. */
export function votesRouter(deps: RouteDeps): Router {
  const router = Router();
  mountVotes(router, deps);
  mountBallots(router, deps);
  return router;
}

/** The votes themselves (drafts, opening, closing) and the decisions they made. */
function mountVotes(router: Router, { storage, rooms }: RouteDeps) {
  const { open, close } = voteService(storage, rooms);

  mount(router, API.listVotes, async ({ req, params }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'vote.view');
    const votes = await votesFor(storage, params.werkgroepId, member);
    return Promise.all(votes.map((v) => loadVoteView(storage, v)));
  });

  mount(router, API.createVote, async ({ req, params, body }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'vote.manage');
    return loadVoteView(storage, await createDraftVote(storage, params.werkgroepId, member, body));
  });

  mount(router, API.getVote, async ({ req, params }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'vote.view');
    return loadVoteView(storage, await voteFor(storage, params, member));
  });

  mount(router, API.changeVoteStatus, async ({ req, params, body }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'vote.manage');
    const vote = await voteFor(storage, params, member);
    if (body.status === 'open') {
      const opened = await open(vote, member.id);
      req.log.info({ vote: vote.id }, 'vote opened');
      return opened;
    }
    const closed = await close(vote, member.id, body.decisionText ?? '');
    if (!closed) throw new ApiError('vote_not_open');
    req.log.info({ vote: vote.id, decision: closed.decisionId }, 'vote closed');
    return closed.view;
  });

  mount(router, API.updateVote, async ({ req, params, body }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'vote.manage');
    const vote = await voteFor(storage, params, member);
    return loadVoteView(storage, await updateDraftVote(storage, vote, body));
  });

  mount(router, API.deleteVote, async ({ req, params }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'vote.manage');
    await deleteDraftVote(storage, await voteFor(storage, params, member));
    return undefined;
  });

  mount(router, API.listDecisions, async ({ req, params }) => {
    await requireMember(storage, req, params.werkgroepId, 'vote.view');
    return (await storage.listDecisions(params.werkgroepId)).map(presentDecision);
  });
}

/** Ballots: my own, cast by me or by proxy, the open ballots and the audit trail. */
function mountBallots(router: Router, { storage, rooms, logger }: RouteDeps) {
  const { publish } = voteService(storage, rooms);

  mount(router, API.getMyBallot, async ({ req, params }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'vote.view');
    const vote = await voteFor(storage, params, member);
    return presentMyBallot(vote, member, await storage.getBallot(vote.id, member.id));
  });

  /** Casts, logs (never what a ballot said: secret votes stay secret there too) and publishes. */
  async function cast(vote: VoteRow, ballot: Parameters<typeof castBallot>[2]) {
    const { proxy, result } = await castBallot(storage, vote, ballot);
    logger.debug({ vote: vote.id, proxy, result }, 'ballot');
    await publish(vote);
  }

  mount(router, API.castBallot, async ({ req, params, body }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'vote.cast');
    const vote = await voteFor(storage, params, member);
    await cast(vote, { voter: member, by: member, ballot: body, note: '' });
    // Cast by the member themselves, so not by proxy, and eligible since the ballot was taken.
    const mine = await storage.getBallot(vote.id, member.id);
    return { ...presentMyBallot(vote, member, mine), proxy: false, eligible: true };
  });

  mount(router, API.castProxyBallot, async ({ req, params, body }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'vote.manage');
    const vote = await voteFor(storage, params, member);
    const voter = await storage.getMember(params.werkgroepId, body.memberId);
    if (!voter) throw new ApiError('not_found');
    await cast(vote, { voter, by: member, ballot: body.ballot, note: body.note });
    return undefined;
  });

  mount(router, API.listOpenBallots, async ({ req, params }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'vote.view');
    const vote = await voteFor(storage, params, member);
    if (vote.settings.secret || !resultsShow(vote)) throw new ApiError('forbidden');
    const [ballots, members] = await Promise.all([
      storage.listBallots(vote.id),
      storage.listMembers(vote.werkgroepId),
    ]);
    return presentOpenBallots(vote, ballots, members);
  });

  mount(router, API.voteAudit, async ({ req, params }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'vote.manage');
    const vote = await voteFor(storage, params, member);
    const [events, members] = await Promise.all([
      storage.listVoteEvents(vote.id),
      storage.listMembers(vote.werkgroepId),
    ]);
    return presentVoteEvents(events, members);
  });
}
