import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { decisionSchema } from '../schemas/decision';
import { ballotSchema, changeVoteStatusSchema, createVoteSchema, proxyBallotSchema } from '../schemas/vote';
import { myBallotSchema, openBallotSchema, voteEventSchema, voteViewSchema } from '../voting/voteView';
import type { RouteDef } from './routes';

const werkgroepParams = z.object({ werkgroepId: idSchema });
const voteParams = z.object({ werkgroepId: idSchema, voteId: idSchema });

/** Votes (stemmingen) and decisions (besluiten); part of API in routes.ts. */
export const VOTE_API = {
  listVotes: {
    method: 'get',
    path: '/api/werkgroepen/:werkgroepId/votes',
    summary: 'Votes of a werkgroep, newest first (drafts only for the facilitator)',
    auth: 'member',
    params: werkgroepParams,
    response: z.array(voteViewSchema),
  },
  createVote: {
    method: 'post',
    path: '/api/werkgroepen/:werkgroepId/votes',
    summary: 'Prepare a vote as a draft (facilitator)',
    auth: 'member',
    params: werkgroepParams,
    body: createVoteSchema,
    response: voteViewSchema,
    status: 201,
  },
  getVote: {
    method: 'get',
    path: '/api/werkgroepen/:werkgroepId/votes/:voteId',
    summary: 'One vote with its turnout and, when results show, its count',
    auth: 'member',
    params: voteParams,
    response: voteViewSchema,
  },
  changeVoteStatus: {
    method: 'patch',
    path: '/api/werkgroepen/:werkgroepId/votes/:voteId',
    summary: 'Open a draft, or close an open vote and record the decision (facilitator)',
    auth: 'member',
    params: voteParams,
    body: changeVoteStatusSchema,
    response: voteViewSchema,
  },
  updateVote: {
    method: 'put',
    path: '/api/werkgroepen/:werkgroepId/votes/:voteId',
    summary: 'Change a draft vote: question, explanation, options and settings (facilitator)',
    auth: 'member',
    params: voteParams,
    body: createVoteSchema,
    response: voteViewSchema,
  },
  deleteVote: {
    method: 'delete',
    path: '/api/werkgroepen/:werkgroepId/votes/:voteId',
    summary: 'Remove a draft vote (facilitator)',
    auth: 'member',
    params: voteParams,
    status: 204,
  },
  getMyBallot: {
    method: 'get',
    path: '/api/werkgroepen/:werkgroepId/votes/:voteId/ballot',
    summary: 'My own ballot in a vote, and whether I may vote',
    auth: 'member',
    params: voteParams,
    response: myBallotSchema,
  },
  castBallot: {
    method: 'post',
    path: '/api/werkgroepen/:werkgroepId/votes/:voteId/ballot',
    summary: 'Cast or change my ballot while the vote is open',
    auth: 'member',
    params: voteParams,
    body: ballotSchema,
    response: myBallotSchema,
  },
  castProxyBallot: {
    method: 'post',
    path: '/api/werkgroepen/:werkgroepId/votes/:voteId/proxy-ballots',
    summary: 'Enter a ballot for a member reached by phone or on paper (facilitator; marked as proxy)',
    auth: 'member',
    params: voteParams,
    body: proxyBallotSchema,
    status: 204,
  },
  listOpenBallots: {
    method: 'get',
    path: '/api/werkgroepen/:werkgroepId/votes/:voteId/ballots',
    summary: 'Who voted what, for open (not secret) votes once results show',
    auth: 'member',
    params: voteParams,
    response: z.array(openBallotSchema),
  },
  voteAudit: {
    method: 'get',
    path: '/api/werkgroepen/:werkgroepId/votes/:voteId/audit',
    summary: 'The audit trail of a vote: who did what when, never what a secret ballot said (facilitator)',
    auth: 'member',
    params: voteParams,
    response: z.array(voteEventSchema),
  },
  listDecisions: {
    method: 'get',
    path: '/api/werkgroepen/:werkgroepId/decisions',
    summary: 'The besluitenlijst: decisions in the order they were taken',
    auth: 'member',
    params: werkgroepParams,
    response: z.array(decisionSchema),
  },
} as const satisfies Record<string, RouteDef>;
