import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JoinCodes } from '../auth/joinCodes';
import type { MeetingRow } from '../storage/MeetingStore';
import { domainDeps, werkgroepWith } from '../test/domainDeps';
import { controlPatch, createMeeting, meetingEdit } from './meetings';

let env: Awaited<ReturnType<typeof domainDeps>>;
beforeEach(async () => {
  env = await domainDeps();
});
afterEach(() => env.cleanup());

const agenda = [
  { title: 'Welkom', minutes: 5, link: null },
  { title: 'Moestuin', minutes: 20, link: null },
];

async function meeting() {
  const { werkgroep } = await werkgroepWith(env.deps);
  const input = { title: 'Avond', date: '2026-12-01', startTime: null, place: '', agenda };
  return createMeeting(env.storage, werkgroep.id, input);
}

describe('meetings', () => {
  it('starting opens joining by code on the first item with its timebox; only a planned meeting starts', async () => {
    const m = await meeting();
    const codes = new JoinCodes();
    const now = Date.parse('2026-12-01T19:30:00Z');
    const patch = await controlPatch(env.deps, codes, m, { action: 'start' }, now);
    expect(patch).toMatchObject({
      status: 'running',
      startedAt: now,
      currentItemId: m.agenda[0]?.id,
      timer: { endsAt: null, remainingSeconds: 300 },
      joinCodeIssuedAt: now,
    });
    expect(patch.joinCodeHash).toBe(codes.hash(codes.codeOf(m.id) ?? ''));
    const running: MeetingRow = { ...m, ...patch } as MeetingRow;
    await expect(controlPatch(env.deps, codes, running, { action: 'start' }, now)).rejects.toMatchObject({
      code: 'meeting_already_started',
    });
    await expect(controlPatch(env.deps, codes, m, { action: 'next' }, now)).rejects.toMatchObject({
      code: 'meeting_not_running',
    });
  });

  it('one more minute after time is up counts from now, not from when it ran out', async () => {
    const m = await meeting();
    const now = Date.parse('2026-12-01T19:30:00Z');
    const running = {
      ...m,
      status: 'running',
      timer: { endsAt: now - 30_000, remainingSeconds: 0 },
    } as const;
    const patch = await controlPatch(
      env.deps,
      new JoinCodes(),
      running,
      { action: 'timer', timer: 'addMinute' },
      now,
    );
    expect(patch).toEqual({ timer: { endsAt: now + 60_000, remainingSeconds: 60 } });
  });

  it('an edited agenda keeps the ids of items it kept; the current item gone, the first is current', async () => {
    const m = await meeting();
    const [welkom] = m.agenda;
    const current = { ...m, currentItemId: m.agenda[1]?.id ?? null };
    const patch = await meetingEdit(env.storage, current, {
      agenda: [
        { id: welkom?.id, title: 'Welkom!', minutes: 5, link: null },
        { title: 'Rondvraag', minutes: 10, link: null },
      ],
    });
    expect(patch.agenda?.[0]?.id).toBe(welkom?.id);
    expect(patch.agenda?.[1]?.id).not.toBe(m.agenda[1]?.id);
    expect(patch.currentItemId).toBe(welkom?.id);
    await expect(meetingEdit(env.storage, m, { notetakerMemberId: 'nobody00000000' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
