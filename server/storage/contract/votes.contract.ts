import { expect } from 'vitest';
import type { BallotRow } from '../VoteStore';
import { ballot, decide, now, seedWerkgroep, settings, vote } from './fixtures';
import { type ContractRegistry, type ContractScope, describeStore, type StorageFactory } from './harness';

/** STORE-VOTE1–2: a vote's life as a draft. */
function draftRules(c: ContractScope): void {
  c.rule(
    'STORE-VOTE1',
    ['createVote', 'getVote', 'listVotes', 'openVote', 'deleteDraftVote'],
    'votes are listed newest first, and only drafts are deleted',
    async () => {
      const s = c.storage;
      await s.createVote(vote());
      await s.createVote(vote({ id: 'v2', createdAt: now + 1 }));
      expect((await s.listVotes('w1')).map((v) => v.id)).toEqual(['v2', 'v1']);
      expect(await s.getVote('v1')).toEqual(vote());
      await s.openVote('v2', now + 2, 'f1');
      expect(await s.deleteDraftVote('v2')).toBe(false);
      expect(await s.deleteDraftVote('v1')).toBe(true);
      expect(await s.getVote('v1')).toBeNull();
    },
  );

  c.rule('STORE-VOTE2', ['updateDraftVote'], 'a draft is changed, and nothing once it is open', async () => {
    const s = c.storage;
    await s.createVote(vote());
    const change = {
      question: 'Waar komt de moestuin?',
      explanation: 'Drie plekken',
      options: [
        { id: 'o1', label: 'School' },
        { id: 'o2', label: 'Park' },
        { id: 'o3', label: 'Plein' },
      ],
      settings: { ...settings, rule: 'dubbele_meerderheid' as const },
    };
    expect(await s.updateDraftVote('v1', change)).toEqual({ ...vote(), ...change });
    expect(await s.getVote('v1')).toEqual({ ...vote(), ...change });
    await s.openVote('v1', now + 1, 'f1');
    expect(await s.updateDraftVote('v1', { ...change, question: 'Anders' })).toBeNull();
    expect((await s.getVote('v1'))?.question).toBe('Waar komt de moestuin?');
    expect(await s.updateDraftVote('nope', change)).toBeNull();
  });
}

/** STORE-VOTE3: secret ballots cannot be linked to who cast them, and are sealed on closing. */
function secretRules(c: ContractScope): void {
  c.rule(
    'STORE-VOTE3',
    ['castBallot', 'getBallot', 'listBallots', 'closeVote', 'listVoteEvents'],
    'a secret ballot carries no member id, time or order, and is sealed on closing',
    async () => {
      const s = c.storage;
      await s.createVote(vote({ settings: { ...settings, secret: true, results: 'after_close' } }));
      await s.openVote('v1', now + 1, 'f1');
      await s.castBallot(ballot('m1', 'o2'), 'm1');
      await s.castBallot(
        ballot('m2', 'o1', { group: 'ambtenaren', proxy: true, enteredBy: 'f1', note: 'post' }),
        'f1',
      );
      await s.castBallot(ballot('m3', 'o2'), 'm3');
      expect(await s.castBallot(ballot('m1', 'o1'), 'm1')).toBe('changed');
      // Open: each member finds their own; the list names nobody and has no times.
      expect(await s.getBallot('v1', 'm1')).toMatchObject({ ballot: { optionId: 'o1' }, proxy: false });
      expect(await s.getBallot('v1', 'm2')).toMatchObject({ proxy: true, castAt: null });
      const open = await s.listBallots('v1');
      expect(open).toHaveLength(3);
      expect(open.every((b) => b.memberId === null && b.castAt === null && b.note === '')).toBe(true);

      let counted: BallotRow[] = [];
      await s.closeVote('v1', now + 100, 'f1', (v, ballots) => {
        counted = ballots;
        return decide(v, ballots);
      });
      const summary = (bs: BallotRow[]) => bs.map((b) => [b.group, b.ballot, b.proxy, b.memberId]);
      // In content order (group, then ballot), whatever the order of casting.
      const sealed = [
        ['ambtenaren', { kind: 'single', optionId: 'o1' }, true, null],
        ['bewoners', { kind: 'single', optionId: 'o1' }, false, null],
        ['bewoners', { kind: 'single', optionId: 'o2' }, false, null],
      ];
      expect(summary(counted)).toEqual(sealed);
      expect(summary(await s.listBallots('v1'))).toEqual(sealed);
      expect(await s.getBallot('v1', 'm1')).toBeNull();
      // The audit trail keeps who took part, at the closing time, and no changes.
      const events = await s.listVoteEvents('v1');
      expect(events.map((e) => [e.kind, e.actorMemberId, e.subjectMemberId, e.at, e.note])).toEqual([
        ['created', 'f1', null, now, ''],
        ['opened', 'f1', null, now + 1, ''],
        ['took_part', 'm1', 'm1', now + 100, ''],
        ['took_part_by_proxy', 'f1', 'm2', now + 100, 'post'],
        ['took_part', 'm3', 'm3', now + 100, ''],
        ['closed', 'f1', null, now + 100, ''],
      ]);
      // Sealed for good: after reopening nothing links a ballot to a member either.
      expect(summary(await (await c.reopen()).listBallots('v1'))).toEqual(sealed);
    },
  );
}

export function runVoteContract(backend: string, factory: StorageFactory, registry: ContractRegistry): void {
  describeStore(backend, factory, registry, { title: 'votes', seed: seedWerkgroep, rules: draftRules });
  describeStore(backend, factory, registry, {
    title: 'secret ballots',
    seed: seedWerkgroep,
    rules: secretRules,
  });
}
