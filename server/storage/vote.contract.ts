import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VoteSettings } from '../../shared/schemas/vote';
import type { Tally } from '../../shared/voting/result';
import type { Storage } from './Storage';
import type { BallotRow, NewBallot, VoteRow } from './VoteStore';

/** The VoteStore part of the storage contract, run against every backend. */
export function runVoteContract(
  name: string,
  factory: () => Promise<{ open: () => Promise<Storage>; cleanup: () => Promise<void> }>,
): void {
  describe(`Vote contract: ${name}`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    const now = 1_800_000_000_000;
    const settings: VoteSettings = {
      method: 'single',
      rule: 'gelijk_gewicht',
      maxChoices: null,
      dots: null,
      partnersAdvise: false,
      quorum: { bewoners: 0, ambtenaren: 0 },
      secret: false,
      results: 'live',
    };
    const vote = (over: Partial<VoteRow> = {}): VoteRow => ({
      id: 'v1',
      werkgroepId: 'w1',
      boardId: null,
      question: 'Waar komt de moestuin?',
      explanation: '',
      options: [
        { id: 'o1', label: 'Bij de school' },
        { id: 'o2', label: 'In het park' },
      ],
      settings,
      status: 'draft',
      createdBy: 'f1',
      createdAt: now,
      openedAt: null,
      closedAt: null,
      ...over,
    });
    const ballot = (memberId: string, optionId = 'o1', over: Partial<Omit<NewBallot, 'memberId'>> = {}) => ({
      voteId: 'v1',
      memberId,
      group: 'bewoners' as const,
      ballot: { kind: 'single' as const, optionId },
      proxy: false,
      enteredBy: null,
      note: '',
      castAt: now + 10,
      ...over,
    });
    const noVotes = { voters: 0, abstained: 0, proxies: 0, options: {}, consent: null };
    const emptyTally: Tally = {
      method: 'single',
      rule: 'gelijk_gewicht',
      groups: { bewoners: noVotes, ambtenaren: noVotes, partners: null },
      status: 'no_votes',
      ranking: [],
      winners: [],
      tie: false,
      passed: false,
    };
    const decide = (v: VoteRow, ballots: BallotRow[]) => ({
      id: `d-${v.id}`,
      werkgroepId: v.werkgroepId,
      voteId: v.id,
      question: v.question,
      text: `${ballots.length} stemmen`,
      method: v.settings.method,
      rule: v.settings.rule,
      secret: v.settings.secret,
      options: v.options,
      tally: emptyTally,
      decidedAt: now + 100,
    });

    beforeEach(async () => {
      const f = await factory();
      cleanup = f.cleanup;
      storage = await f.open();
      await storage.createWerkgroep({ id: 'w1', name: 'W', wijk: 'Wijk', gemeente: 'G', createdAt: now });
    });
    afterEach(async () => {
      await storage.close();
      await cleanup();
    });

    it('creates, lists newest first, and deletes only drafts', async () => {
      await storage.createVote(vote());
      await storage.createVote(vote({ id: 'v2', createdAt: now + 1 }));
      expect((await storage.listVotes('w1')).map((v) => v.id)).toEqual(['v2', 'v1']);
      expect(await storage.getVote('v1')).toEqual(vote());
      await storage.openVote('v2', now + 2, 'f1');
      expect(await storage.deleteDraftVote('v2')).toBe(false);
      expect(await storage.deleteDraftVote('v1')).toBe(true);
      expect(await storage.getVote('v1')).toBeNull();
    });

    it('changes a draft, and nothing once it is open', async () => {
      await storage.createVote(vote());
      const change = {
        question: 'Waar komt de moestuin?',
        explanation: 'Drie plekken',
        options: [
          { id: 'o1', label: 'School' },
          { id: 'o2', label: 'Park' },
          { id: 'o3', label: 'Plein' },
        ],
        settings: { ...vote().settings, rule: 'dubbele_meerderheid' as const },
      };
      expect(await storage.updateDraftVote('v1', change)).toEqual({ ...vote(), ...change });
      expect(await storage.getVote('v1')).toEqual({ ...vote(), ...change });
      await storage.openVote('v1', now + 1, 'f1');
      expect(await storage.updateDraftVote('v1', { ...change, question: 'Anders' })).toBeNull();
      expect((await storage.getVote('v1'))?.question).toBe('Waar komt de moestuin?');
      expect(await storage.updateDraftVote('nope', change)).toBeNull();
    });

    it('takes ballots only while open, one per member, and records each in the audit trail', async () => {
      await storage.createVote(vote());
      expect(await storage.castBallot(ballot('m1'), 'm1')).toBe('not_open');
      expect((await storage.openVote('v1', now + 1, 'f1'))?.status).toBe('open');
      expect(await storage.openVote('v1', now + 1, 'f1')).toBeNull();
      expect(await storage.castBallot(ballot('m1'), 'm1')).toBe('cast');
      expect(await storage.castBallot(ballot('m1', 'o2'), 'm1')).toBe('changed');
      expect(
        await storage.castBallot(
          ballot('m2', 'o2', { proxy: true, enteredBy: 'f1', note: 'telefoon' }),
          'f1',
        ),
      ).toBe('cast');
      const ballots = await storage.listBallots('v1');
      expect(ballots.map((b) => [b.memberId, b.ballot])).toEqual([
        ['m1', { kind: 'single', optionId: 'o2' }],
        ['m2', { kind: 'single', optionId: 'o2' }],
      ]);
      expect((await storage.getBallot('v1', 'm2'))?.proxy).toBe(true);
      const events = await storage.listVoteEvents('v1');
      expect(events.map((e) => [e.kind, e.actorMemberId, e.subjectMemberId])).toEqual([
        ['created', 'f1', null],
        ['opened', 'f1', null],
        ['ballot_cast', 'm1', 'm1'],
        ['ballot_changed', 'm1', 'm1'],
        ['proxy_cast', 'f1', 'm2'],
      ]);
      expect(events.at(-1)?.note).toBe('telefoon');
    });

    it("a proxy ballot never replaces the member's own; the member's own replaces a proxy", async () => {
      await storage.createVote(vote());
      await storage.openVote('v1', now + 1, 'f1');
      const byProxy = (memberId: string, optionId: string) =>
        ballot(memberId, optionId, { proxy: true, enteredBy: 'f1', note: 'telefoon' });
      expect(await storage.castBallot(ballot('m1', 'o1'), 'm1')).toBe('cast');
      expect(await storage.castBallot(byProxy('m1', 'o2'), 'f1')).toBe('already_voted');
      expect(await storage.getBallot('v1', 'm1')).toMatchObject({ ballot: { optionId: 'o1' }, proxy: false });
      expect(await storage.castBallot(byProxy('m2', 'o1'), 'f1')).toBe('cast');
      expect(await storage.castBallot(byProxy('m2', 'o2'), 'f1')).toBe('changed');
      expect(await storage.castBallot(ballot('m2', 'o1'), 'm2')).toBe('changed');
      expect(await storage.castBallot(byProxy('m2', 'o2'), 'f1')).toBe('already_voted');
      expect(await storage.getBallot('v1', 'm2')).toMatchObject({ ballot: { optionId: 'o1' }, proxy: false });
      const kinds = (await storage.listVoteEvents('v1')).map((e) => e.kind);
      expect(kinds).toEqual([
        'created',
        'opened',
        'ballot_cast',
        'proxy_cast',
        'proxy_changed',
        'ballot_changed',
      ]);
    });

    it('closes once, counting the ballots of that moment into a numbered decision', async () => {
      await storage.createVote(vote());
      expect(await storage.closeVote('v1', now, 'f1', decide)).toBeNull();
      await storage.openVote('v1', now + 1, 'f1');
      await storage.castBallot(ballot('m1'), 'm1');
      const closed = await storage.closeVote('v1', now + 100, 'f1', decide);
      expect(closed?.vote.status).toBe('closed');
      expect(closed?.vote.closedAt).toBe(now + 100);
      expect(closed?.decision).toMatchObject({ number: 1, text: '1 stemmen', voteId: 'v1' });
      expect(await storage.closeVote('v1', now + 200, 'f1', decide)).toBeNull();
      expect(await storage.castBallot(ballot('m2'), 'm2')).toBe('not_open');

      await storage.createVote(vote({ id: 'v2' }));
      await storage.openVote('v2', now + 1, 'f1');
      await storage.closeVote('v2', now + 300, 'f1', decide);
      const decisions = await storage.listDecisions('w1');
      expect(decisions.map((d) => [d.number, d.voteId])).toEqual([
        [1, 'v1'],
        [2, 'v2'],
      ]);
      expect(decisions[0]).toEqual(closed?.decision);
    });

    it('keeps secret ballots without member, time or order, and seals them on closing', async () => {
      await storage.createVote(vote({ settings: { ...settings, secret: true, results: 'after_close' } }));
      await storage.openVote('v1', now + 1, 'f1');
      await storage.castBallot(ballot('m1', 'o2'), 'm1');
      await storage.castBallot(
        ballot('m2', 'o1', { group: 'ambtenaren', proxy: true, enteredBy: 'f1', note: 'post' }),
        'f1',
      );
      await storage.castBallot(ballot('m3', 'o2'), 'm3');
      expect(await storage.castBallot(ballot('m1', 'o1'), 'm1')).toBe('changed');
      // Open: each member finds their own; the list names nobody and has no times.
      expect(await storage.getBallot('v1', 'm1')).toMatchObject({ ballot: { optionId: 'o1' }, proxy: false });
      expect(await storage.getBallot('v1', 'm2')).toMatchObject({ proxy: true, castAt: null });
      const open = await storage.listBallots('v1');
      expect(open).toHaveLength(3);
      expect(open.every((b) => b.memberId === null && b.castAt === null && b.note === '')).toBe(true);

      let counted: BallotRow[] = [];
      await storage.closeVote('v1', now + 100, 'f1', (v, ballots) => {
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
      expect(summary(await storage.listBallots('v1'))).toEqual(sealed);
      expect(await storage.getBallot('v1', 'm1')).toBeNull();
      // The audit trail keeps who took part, at the closing time, and no changes.
      const events = await storage.listVoteEvents('v1');
      expect(events.map((e) => [e.kind, e.actorMemberId, e.subjectMemberId, e.at, e.note])).toEqual([
        ['created', 'f1', null, now, ''],
        ['opened', 'f1', null, now + 1, ''],
        ['took_part', 'm1', 'm1', now + 100, ''],
        ['took_part_by_proxy', 'f1', 'm2', now + 100, 'post'],
        ['took_part', 'm3', 'm3', now + 100, ''],
        ['closed', 'f1', null, now + 100, ''],
      ]);
    });
  });
}
