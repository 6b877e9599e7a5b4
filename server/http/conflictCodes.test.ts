import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingSchema } from '../../shared/schemas/meeting';
import { type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let facilitator: Person;
let anna: Person;

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner']);
  facilitator = w.facilitator;
  [anna] = w.people as [Person];
});
afterAll(() => s.cleanup());

const call = (method: string, path: string, who: Person, body?: unknown) =>
  werkgroepCall(s.url, w.werkgroep.id, method, path, who, body);
const answer = async (p: ReturnType<typeof call>) => {
  const { status, body } = await p;
  return [status, (body as { code?: string } | undefined)?.code];
};
const plan = {
  title: 'Bijeenkomst',
  date: '2026-12-03',
  place: 'Buurthuis',
  agenda: [{ title: 'Welkom', minutes: 5 }],
};

/** Each 409 names what is in the way, so the client can say it (the old `conflict` meant all of these). */
describe('a refused change says why with its own code', () => {
  it('a meeting that is not running: no hands, reactions or steering (meeting_not_running)', async () => {
    const meeting = meetingSchema.parse((await call('POST', '/meetings', facilitator, plan)).body);
    const at = `/meetings/${meeting.id}`;
    expect(await answer(call('POST', `${at}/hand`, anna, { up: true }))).toEqual([
      409,
      'meeting_not_running',
    ]);
    expect(await answer(call('POST', `${at}/reactions`, anna, { reaction: 'eens' }))).toEqual([
      409,
      'meeting_not_running',
    ]);
    expect(await answer(call('POST', `${at}/control`, facilitator, { action: 'next' }))).toEqual([
      409,
      'meeting_not_running',
    ]);
  });

  it('a meeting that already started cannot start again (meeting_already_started)', async () => {
    const meeting = meetingSchema.parse((await call('POST', '/meetings', facilitator, plan)).body);
    const control = `/meetings/${meeting.id}/control`;
    expect((await call('POST', control, facilitator, { action: 'start' })).status).toBe(200);
    expect(await answer(call('POST', control, facilitator, { action: 'start' }))).toEqual([
      409,
      'meeting_already_started',
    ]);
    await call('POST', control, facilitator, { action: 'end' });
    expect(await answer(call('POST', control, facilitator, { action: 'start' }))).toEqual([
      409,
      'meeting_already_started',
    ]);
  });

  it('the werkgroep keeps its last facilitator (last_facilitator)', async () => {
    expect(
      await answer(call('PATCH', `/members/${facilitator.member.id}`, facilitator, { role: 'bewoner' })),
    ).toEqual([409, 'last_facilitator']);
    expect(await answer(call('DELETE', '/members/me', facilitator))).toEqual([409, 'last_facilitator']);
  });
});
