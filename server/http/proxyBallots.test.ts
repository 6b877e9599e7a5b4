import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/api/errors';
import { myBallotSchema, voteEventSchema, voteViewSchema } from '../../shared/voting/voteView';
import { type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner', 'bewoner', 'ambtenaar']);
});
afterAll(async () => {
  await s.cleanup();
});

const call = (method: string, path: string, who: Person, body?: unknown) =>
  werkgroepCall(s.url, w.werkgroep.id, method, path, who, body);
const single = (optionId: string) => ({ kind: 'single', optionId });
const person = (i: number) => w.people[i] as Person;

async function openVote(secret: boolean) {
  const created = await call('POST', '/votes', w.facilitator, {
    question: 'Waar komt de moestuin?',
    options: ['Bij de school', 'In het park'],
    method: 'single',
    rule: 'gelijk_gewicht',
    secret,
  });
  const id = voteViewSchema.parse(created.body).id;
  expect((await call('PATCH', `/votes/${id}`, w.facilitator, { status: 'open' })).status).toBe(200);
  return id;
}
const proxy = (id: string, who: Person, optionId: string) =>
  call('POST', `/votes/${id}/proxy-ballots`, w.facilitator, {
    memberId: who.member.id,
    ballot: single(optionId),
    note: 'per telefoon',
  });
const myBallot = async (id: string, who: Person) =>
  myBallotSchema.parse((await call('GET', `/votes/${id}/ballot`, who)).body);

describe('proxy ballots', () => {
  for (const secret of [false, true]) {
    it(`never replace the ballot a member cast themselves (${secret ? 'secret' : 'open'} vote): 409 already_voted`, async () => {
      const id = await openVote(secret);
      const anna = person(0);
      expect((await call('POST', `/votes/${id}/ballot`, anna, single('o1'))).status).toBe(200);
      const refused = await proxy(id, anna, 'o2');
      expect(refused.status).toBe(409);
      const body = apiErrorSchema.parse(refused.body);
      expect(body.code).toBe('already_voted');
      expect(body.message).toMatch(/zelf/);
      expect(body.messageEn).toMatch(/themselves/);
      // The member's own ballot stands, unmarked; nothing was recorded for the refused attempt.
      expect(await myBallot(id, anna)).toMatchObject({ ballot: single('o1'), proxy: false });
      const audit = (await call('GET', `/votes/${id}/audit`, w.facilitator)).body.map((e: unknown) =>
        voteEventSchema.parse(e),
      );
      expect(audit.map((e: { kind: string }) => e.kind)).toEqual(['created', 'opened', 'ballot_cast']);
      const view = voteViewSchema.parse((await call('GET', `/votes/${id}`, anna)).body);
      expect(view.turnout.bewoners).toBe(1);

      // For a member who has not voted, the facilitator may enter one, and correct it;
      // the member may still replace it with their own, after which it is theirs again.
      const bram = person(1);
      expect((await proxy(id, bram, 'o1')).status).toBe(204);
      expect((await proxy(id, bram, 'o2')).status).toBe(204);
      expect(await myBallot(id, bram)).toMatchObject({ ballot: single('o2'), proxy: true });
      expect((await call('POST', `/votes/${id}/ballot`, bram, single('o1'))).status).toBe(200);
      expect(await myBallot(id, bram)).toMatchObject({ ballot: single('o1'), proxy: false });
      expect((await proxy(id, bram, 'o2')).body.code).toBe('already_voted');
      expect(await myBallot(id, bram)).toMatchObject({ ballot: single('o1'), proxy: false });

      await call('PATCH', `/votes/${id}`, w.facilitator, { status: 'closed' });
      const closed = voteViewSchema.parse((await call('GET', `/votes/${id}`, anna)).body);
      expect(closed.tally?.groups.bewoners).toMatchObject({ voters: 2, proxies: 0 });
      expect(closed.tally?.groups.bewoners.options.o1?.raw).toBe(2);
    });
  }
});
