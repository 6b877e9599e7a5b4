import { expect } from 'vitest';
import { ballot, decide, now, seedWerkgroep, vote } from './fixtures';
import { type ContractRegistry, type ContractScope, describeStore, type StorageFactory } from './harness';

/** STORE-VOTE4–5: ballots of an open vote, by members and by proxy. */
function ballotRules(c: ContractScope): void {
  c.rule(
    'STORE-VOTE4',
    ['castBallot', 'openVote', 'listBallots', 'getBallot', 'listVoteEvents'],
    'ballots are taken only while open, one per member, each in the audit trail',
    async () => {
      const s = c.storage;
      await s.createVote(vote());
      expect(await s.castBallot(ballot('m1'), 'm1')).toBe('not_open');
      expect((await s.openVote('v1', now + 1, 'f1'))?.status).toBe('open');
      expect(await s.openVote('v1', now + 1, 'f1')).toBeNull();
      expect(await s.castBallot(ballot('m1'), 'm1')).toBe('cast');
      expect(await s.castBallot(ballot('m1', 'o2'), 'm1')).toBe('changed');
      const byPhone = ballot('m2', 'o2', { proxy: true, enteredBy: 'f1', note: 'telefoon' });
      expect(await s.castBallot(byPhone, 'f1')).toBe('cast');
      const ballots = await s.listBallots('v1');
      expect(ballots.map((b) => [b.memberId, b.ballot])).toEqual([
        ['m1', { kind: 'single', optionId: 'o2' }],
        ['m2', { kind: 'single', optionId: 'o2' }],
      ]);
      expect((await s.getBallot('v1', 'm2'))?.proxy).toBe(true);
      const events = await s.listVoteEvents('v1');
      expect(events.map((e) => [e.kind, e.actorMemberId, e.subjectMemberId])).toEqual([
        ['created', 'f1', null],
        ['opened', 'f1', null],
        ['ballot_cast', 'm1', 'm1'],
        ['ballot_changed', 'm1', 'm1'],
        ['proxy_cast', 'f1', 'm2'],
      ]);
      expect(events.at(-1)?.note).toBe('telefoon');
    },
  );

  c.rule(
    'STORE-VOTE5',
    ['castBallot'],
    "a proxy ballot never replaces the member's own; the member's own replaces a proxy",
    async () => {
      const s = c.storage;
      await s.createVote(vote());
      await s.openVote('v1', now + 1, 'f1');
      const byProxy = (memberId: string, optionId: string) =>
        ballot(memberId, optionId, { proxy: true, enteredBy: 'f1', note: 'telefoon' });
      expect(await s.castBallot(ballot('m1', 'o1'), 'm1')).toBe('cast');
      expect(await s.castBallot(byProxy('m1', 'o2'), 'f1')).toBe('already_voted');
      expect(await s.getBallot('v1', 'm1')).toMatchObject({ ballot: { optionId: 'o1' }, proxy: false });
      expect(await s.castBallot(byProxy('m2', 'o1'), 'f1')).toBe('cast');
      expect(await s.castBallot(byProxy('m2', 'o2'), 'f1')).toBe('changed');
      expect(await s.castBallot(ballot('m2', 'o1'), 'm2')).toBe('changed');
      expect(await s.castBallot(byProxy('m2', 'o2'), 'f1')).toBe('already_voted');
      expect(await s.getBallot('v1', 'm2')).toMatchObject({ ballot: { optionId: 'o1' }, proxy: false });
      const kinds = (await s.listVoteEvents('v1')).map((e) => e.kind);
      expect(kinds).toEqual([
        'created',
        'opened',
        'ballot_cast',
        'proxy_cast',
        'proxy_changed',
        'ballot_changed',
      ]);
    },
  );
}

/** STORE-VOTE6: closing counts the ballots of that moment, once. */
function closeRules(c: ContractScope): void {
  c.rule(
    'STORE-VOTE6',
    ['closeVote', 'listDecisions'],
    'a vote closes once, counting the ballots of that moment into a numbered decision',
    async () => {
      const s = c.storage;
      await s.createVote(vote());
      expect(await s.closeVote('v1', now, 'f1', decide)).toBeNull();
      await s.openVote('v1', now + 1, 'f1');
      await s.castBallot(ballot('m1'), 'm1');
      const closed = await s.closeVote('v1', now + 100, 'f1', decide);
      expect(closed?.vote.status).toBe('closed');
      expect(closed?.vote.closedAt).toBe(now + 100);
      expect(closed?.decision).toMatchObject({ number: 1, text: '1 stemmen', voteId: 'v1' });
      expect(await s.closeVote('v1', now + 200, 'f1', decide)).toBeNull();
      expect(await s.castBallot(ballot('m2'), 'm2')).toBe('not_open');

      await s.createVote(vote({ id: 'v2' }));
      await s.openVote('v2', now + 1, 'f1');
      await s.closeVote('v2', now + 300, 'f1', decide);
      const decisions = await s.listDecisions('w1');
      expect(decisions.map((d) => [d.number, d.voteId])).toEqual([
        [1, 'v1'],
        [2, 'v2'],
      ]);
      expect(decisions[0]).toEqual(closed?.decision);
    },
  );
}

export function runBallotContract(
  backend: string,
  factory: StorageFactory,
  registry: ContractRegistry,
): void {
  describeStore(backend, factory, registry, { title: 'ballots', seed: seedWerkgroep, rules: ballotRules });
  describeStore(backend, factory, registry, {
    title: 'closing and decisions',
    seed: seedWerkgroep,
    rules: closeRules,
  });
}
