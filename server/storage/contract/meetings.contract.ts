import { expect } from 'vitest';
import { meeting, now, seedWerkgroep, werkgroep } from './fixtures';
import { type ContractRegistry, type ContractScope, describeStore, type StorageFactory } from './harness';

const running = { status: 'running' as const, startedAt: now + 5, currentItemId: 'a1' };

/** STORE-MEET1–3: meetings (raised hands and reactions live only in their room). */
function meetingRules(c: ContractScope): void {
  c.rule(
    'STORE-MEET1',
    ['createMeeting', 'getMeeting'],
    'a meeting reads back exactly as created, also after reopen',
    async () => {
      const notes = { a1: 'Iedereen welkom geheten.' };
      await c.storage.createMeeting(meeting({ notes, joinCodeHash: 'h1', joinCodeIssuedAt: now }));
      expect(await c.storage.getMeeting('mt1')).toEqual(
        meeting({ notes, joinCodeHash: 'h1', joinCodeIssuedAt: now }),
      );
      expect(await c.storage.getMeeting('nope')).toBeNull();
      expect(await (await c.reopen()).getMeeting('mt1')).toEqual(
        meeting({ notes, joinCodeHash: 'h1', joinCodeIssuedAt: now }),
      );
    },
  );

  c.rule(
    'STORE-MEET2',
    ['listMeetings'],
    "a werkgroep's meetings are listed by date, then by creation",
    async () => {
      const s = c.storage;
      await s.createWerkgroep(werkgroep({ id: 'w2' }));
      await s.createMeeting(meeting({ id: 'late', date: '2027-05-01', createdAt: now }));
      await s.createMeeting(meeting({ id: 'second', date: '2027-04-01', createdAt: now + 2 }));
      await s.createMeeting(meeting({ id: 'first', date: '2027-04-01', createdAt: now + 1 }));
      await s.createMeeting(meeting({ id: 'elsewhere', werkgroepId: 'w2' }));
      expect((await s.listMeetings('w1')).map((m) => m.id)).toEqual(['first', 'second', 'late']);
      expect(await s.listMeetings('w2')).toEqual([meeting({ id: 'elsewhere', werkgroepId: 'w2' })]);
      expect(await s.listMeetings('nope')).toEqual([]);
    },
  );

  c.rule(
    'STORE-MEET3',
    ['updateMeeting'],
    'an update changes only what it gives and answers the meeting as it is now',
    async () => {
      const s = c.storage;
      await s.createMeeting(meeting());
      const timer = { endsAt: now + 60_000, remainingSeconds: 60 };
      const next = await s.updateMeeting('mt1', {
        ...running,
        timer,
        followMe: true,
        notes: { a1: 'Genoteerd.' },
      });
      expect(next).toEqual(meeting({ ...running, timer, followMe: true, notes: { a1: 'Genoteerd.' } }));
      expect(await s.getMeeting('mt1')).toEqual(next);
      expect(await s.updateMeeting('mt1', { joinCodeHash: 'h2', joinCodeIssuedAt: now + 6 })).toEqual({
        ...next,
        joinCodeHash: 'h2',
        joinCodeIssuedAt: now + 6,
      });
      expect(await s.updateMeeting('nope', { title: 'Anders' })).toBeNull();
    },
  );
}

/** STORE-MEET4–5: running meetings, found by join code or all at once. */
function runningRules(c: ContractScope): void {
  c.rule(
    'STORE-MEET4',
    ['getMeetingByJoinCodeHash'],
    "a join code's hash finds its meeting only while it runs",
    async () => {
      const s = c.storage;
      await s.createMeeting(meeting({ joinCodeHash: 'h1' }));
      expect(await s.getMeetingByJoinCodeHash('h1')).toBeNull();
      await s.updateMeeting('mt1', running);
      expect((await s.getMeetingByJoinCodeHash('h1'))?.id).toBe('mt1');
      expect(await s.getMeetingByJoinCodeHash('h2')).toBeNull();
      await s.updateMeeting('mt1', { status: 'ended', endedAt: now + 9 });
      expect(await s.getMeetingByJoinCodeHash('h1')).toBeNull();
    },
  );

  c.rule(
    'STORE-MEET5',
    ['listRunningMeetings'],
    'every running meeting of every werkgroep is listed, and no other',
    async () => {
      const s = c.storage;
      await s.createWerkgroep(werkgroep({ id: 'w2' }));
      await s.createMeeting(meeting({ id: 'planned' }));
      await s.createMeeting(meeting({ id: 'here', ...running, createdAt: now + 1 }));
      await s.createMeeting(meeting({ id: 'there', werkgroepId: 'w2', ...running, createdAt: now + 2 }));
      await s.createMeeting(meeting({ id: 'over', status: 'ended', createdAt: now + 3 }));
      expect((await s.listRunningMeetings()).map((m) => m.id).sort()).toEqual(['here', 'there']);
      await s.updateMeeting('here', { status: 'ended' });
      expect((await s.listRunningMeetings()).map((m) => m.id)).toEqual(['there']);
    },
  );
}

export function runMeetingContract(
  backend: string,
  factory: StorageFactory,
  registry: ContractRegistry,
): void {
  describeStore(backend, factory, registry, { title: 'meetings', seed: seedWerkgroep, rules: meetingRules });
  describeStore(backend, factory, registry, {
    title: 'running meetings',
    seed: seedWerkgroep,
    rules: runningRules,
  });
}
