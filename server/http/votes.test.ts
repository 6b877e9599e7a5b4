import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { decisionSchema } from '../../shared/schemas/decision';
import { roomName } from '../../shared/sync/rooms';
import { readDecisions, readVotes } from '../../shared/sync/werkgroepDoc';
import { myBallotSchema, voteEventSchema, voteViewSchema } from '../../shared/voting/voteView';
import { connectClient, openRawSocket, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let facilitator: Person;
let [anna, bram, carla, dirk, observer, partner]: Person[] = [];
const clients: TestClient[] = [];
/** Every HTTP response body of this file, to search for leaks. */
const responses: string[] = [];

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, [
    'bewoner',
    'bewoner',
    'bewoner',
    'ambtenaar',
    'observer',
    'partner',
  ]);
  facilitator = w.facilitator;
  [anna, bram, carla, dirk, observer, partner] = w.people;
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.cleanup();
});

async function call(method: string, path: string, who: Person, body?: unknown) {
  const answer = await werkgroepCall(s.url, w.werkgroep.id, method, path, who, body);
  responses.push(answer.text);
  return answer;
}
const p = (x: Person | undefined) => x as Person;
const single = (optionId: string) => ({ kind: 'single', optionId });
const parityVote = {
  question: 'Waar komt de moestuin?',
  options: ['Bij de school', 'In het park'],
  method: 'single',
  rule: 'gelijk_gewicht',
};

async function createOpen(body: Record<string, unknown>) {
  const created = await call('POST', '/votes', facilitator, body);
  expect(created.status).toBe(201);
  const id = voteViewSchema.parse(created.body).id;
  expect((await call('PATCH', `/votes/${id}`, facilitator, { status: 'open' })).status).toBe(200);
  return id;
}

describe('votes', () => {
  it('a parity-weighted vote: drafts stay with the facilitator, ballots count per group, results reach the room live', async () => {
    const watcher = connectClient(
      s.wsUrl,
      roomName('werkgroep', w.werkgroep.id),
      new Y.Doc(),
      p(observer).token,
    );
    clients.push(watcher);
    await watcher.synced;

    const created = await call('POST', '/votes', facilitator, parityVote);
    const id = voteViewSchema.parse(created.body).id;
    expect((await call('GET', '/votes', p(anna))).body).toEqual([]);
    expect((await call('GET', `/votes/${id}`, p(anna))).status).toBe(404);
    expect((await call('POST', `/votes/${id}/ballot`, facilitator, single('o1'))).status).toBe(403);
    expect((await call('PATCH', `/votes/${id}`, p(anna), { status: 'open' })).status).toBe(403);
    expect((await call('PATCH', `/votes/${id}`, facilitator, { status: 'open' })).status).toBe(200);

    // Three residents for the school, one official for the park: each group weighs half.
    for (const r of [anna, bram, carla])
      expect((await call('POST', `/votes/${id}/ballot`, p(r), single('o1'))).status).toBe(200);
    expect((await call('POST', `/votes/${id}/ballot`, p(dirk), single('o2'))).status).toBe(200);
    await waitFor(() => readVotes(watcher.doc)[0]?.turnout.ambtenaren === 1, 5000, 'live turnout');
    const live = readVotes(watcher.doc)[0];
    expect(live?.turnout).toEqual({ bewoners: 3, ambtenaren: 1, partners: null });
    expect(live?.eligible).toEqual({ bewoners: 3, ambtenaren: 1, partners: null });
    expect(live?.tally?.ranking).toEqual([
      { optionId: 'o1', score: 0.5 },
      { optionId: 'o2', score: 0.5 },
    ]);
    expect(live?.tally?.tie).toBe(true);
    expect(live?.voters?.map((v) => v.name)).toEqual(
      [p(anna), p(bram), p(carla), p(dirk)].map((x) => x.member.displayName),
    );

    // Changing a ballot replaces it: no double vote.
    expect((await call('POST', `/votes/${id}/ballot`, p(anna), single('o2'))).status).toBe(200);
    const mine = myBallotSchema.parse((await call('GET', `/votes/${id}/ballot`, p(anna))).body);
    expect(mine).toMatchObject({ ballot: single('o2'), proxy: false, eligible: true });
    const view = voteViewSchema.parse((await call('GET', `/votes/${id}`, p(anna))).body);
    expect(view.turnout.bewoners).toBe(3);
    expect(view.tally?.groups.bewoners.options.o2?.raw).toBe(1);

    const closed = await call('PATCH', `/votes/${id}`, facilitator, {
      status: 'closed',
      decisionText: 'De moestuin komt in het park.',
    });
    expect(closed.status).toBe(200);
    expect(voteViewSchema.parse(closed.body).decisionId).not.toBeNull();
    expect((await call('POST', `/votes/${id}/ballot`, p(bram), single('o2'))).body.code).toBe(
      'vote_not_open',
    );
    const decisions = (await call('GET', '/decisions', p(observer))).body.map((d: unknown) =>
      decisionSchema.parse(d),
    );
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({
      number: 1,
      text: 'De moestuin komt in het park.',
      rule: 'gelijk_gewicht',
    });
    // 1 of 3 residents and the one official chose the park: (1/3 + 1) / 2.
    expect(decisions[0]?.tally.winners).toEqual(['o2']);
    expect(decisions[0]?.tally.ranking[0]?.score).toBeCloseTo(2 / 3);
    await waitFor(() => readDecisions(watcher.doc).length === 1, 5000, 'decision in the room');
    expect(readVotes(watcher.doc)[0]?.status).toBe('closed');
  });

  it('refuses observers, the facilitator, other members, forged groups, ill-fitting ballots and closed votes', async () => {
    const id = await createOpen({ ...parityVote, rule: 'dubbele_meerderheid' });
    const ballot = (who: Person | undefined, body: unknown) =>
      call('POST', `/votes/${id}/ballot`, p(who), body);
    expect((await ballot(observer, single('o1'))).status).toBe(403);
    expect((await ballot(facilitator, single('o1'))).status).toBe(403);
    expect((await ballot(partner, single('o1'))).body.code).toBe('not_eligible');
    expect((await ballot(anna, { ...single('o1'), memberId: p(bram).member.id })).body.code).toBe(
      'validation_failed',
    );
    expect((await ballot(dirk, { ...single('o1'), group: 'bewoners' })).body.code).toBe('validation_failed');
    expect((await ballot(anna, single('o9'))).body.code).toBe('ballot_invalid');
    expect((await ballot(anna, { kind: 'score', scores: { o1: 3, o2: 1 } })).body.code).toBe(
      'ballot_invalid',
    );
    expect((await ballot(anna, { kind: 'consent', choice: 'bezwaar' })).body.code).toBe('validation_failed');
    expect(
      (
        await call('POST', `/votes/${id}/proxy-ballots`, p(anna), {
          memberId: p(bram).member.id,
          ballot: single('o1'),
        })
      ).status,
    ).toBe(403);
    // Nothing of that was counted.
    expect(voteViewSchema.parse((await call('GET', `/votes/${id}`, p(anna))).body).turnout).toEqual({
      bewoners: 0,
      ambtenaren: 0,
      partners: null,
    });
    // Deleting or opening again is for drafts only: this vote is open.
    expect((await call('DELETE', `/votes/${id}`, facilitator)).body.code).toBe('vote_not_draft');
    expect((await call('PATCH', `/votes/${id}`, facilitator, { status: 'open' })).body.code).toBe(
      'vote_not_draft',
    );
    expect(
      (await call('POST', '/votes', facilitator, { ...parityVote, secret: true, results: 'live' })).status,
    ).toBe(400);
    expect((await call('POST', '/votes', facilitator, { ...parityVote, method: 'consent' })).status).toBe(
      400,
    );
  });

  it('a proxy vote counts for the member, is marked as such and is in the audit trail', async () => {
    const id = await createOpen({ ...parityVote, partnersAdvise: true });
    const proxied = await call('POST', `/votes/${id}/proxy-ballots`, facilitator, {
      memberId: p(carla).member.id,
      ballot: single('o2'),
      note: 'per telefoon',
    });
    expect(proxied.status).toBe(204);
    expect((await call('POST', `/votes/${id}/ballot`, p(partner), single('o1'))).status).toBe(200);
    const view = voteViewSchema.parse((await call('GET', `/votes/${id}`, p(anna))).body);
    expect(view.voters).toEqual([
      { memberId: p(carla).member.id, name: p(carla).member.displayName, group: 'bewoners', proxy: true },
      {
        memberId: p(partner).member.id,
        name: p(partner).member.displayName,
        group: 'partners',
        proxy: false,
      },
    ]);
    expect(view.tally?.groups.bewoners.proxies).toBe(1);
    expect(view.tally?.groups.partners?.voters).toBe(1);
    expect(myBallotSchema.parse((await call('GET', `/votes/${id}/ballot`, p(carla))).body).proxy).toBe(true);
    expect((await call('GET', `/votes/${id}/audit`, p(anna))).status).toBe(403);
    const audit = (await call('GET', `/votes/${id}/audit`, facilitator)).body.map((e: unknown) =>
      voteEventSchema.parse(e),
    );
    expect(audit.map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'opened',
      'proxy_cast',
      'ballot_cast',
    ]);
    expect(audit[2]).toMatchObject({
      actor: facilitator.member.displayName,
      subject: p(carla).member.displayName,
      note: 'per telefoon',
    });
    // The member can still change it themselves until the vote closes.
    await call('POST', `/votes/${id}/ballot`, p(carla), single('o1'));
    expect(myBallotSchema.parse((await call('GET', `/votes/${id}/ballot`, p(carla))).body).proxy).toBe(false);
  });

  it('a secret vote never shows who voted what: not in any response, not on the websocket', async () => {
    // A werkgroep of its own, so no open vote elsewhere names these members.
    w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner', 'bewoner', 'ambtenaar', 'observer']);
    facilitator = w.facilitator;
    [anna, bram, dirk, observer] = w.people;
    const room = roomName('werkgroep', w.werkgroep.id);
    const raw = await openRawSocket(`${s.wsUrl}/${room}?token=${p(observer).token}`);
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, 0);
    syncProtocol.writeSyncStep1(step1, new Y.Doc());
    raw.ws.send(encoding.toUint8Array(step1));
    const firstResponse = responses.length;

    const id = await createOpen({ ...parityVote, secret: true });
    const voters = [anna, bram, dirk];
    for (const [i, r] of voters.entries())
      await call('POST', `/votes/${id}/ballot`, p(r), single(i === 0 ? 'o1' : 'o2'));
    const open = voteViewSchema.parse((await call('GET', `/votes/${id}`, facilitator)).body);
    expect(open.results).toBe('after_close');
    expect(open.tally).toBeNull();
    expect(open.voters).toBeNull();
    expect(open.turnout).toEqual({ bewoners: 2, ambtenaren: 1, partners: null });
    expect((await call('GET', `/votes/${id}/ballots`, facilitator)).status).toBe(403);
    await call('GET', '/votes', p(anna));
    await call('GET', `/votes/${id}/audit`, facilitator);
    await call('PATCH', `/votes/${id}`, facilitator, { status: 'closed' });
    await call('GET', '/decisions', p(anna));
    const closed = voteViewSchema.parse((await call('GET', `/votes/${id}`, p(bram))).body);
    expect(closed.tally?.groups.bewoners.options.o1?.raw).toBe(1);
    expect((await call('GET', `/votes/${id}/ballots`, facilitator)).status).toBe(403);

    // The database has forgotten whose ballots these were.
    expect((await s.storage.listBallots(id)).every((b) => b.memberId === null)).toBe(true);

    // Sync messages (type 0) carry the room's content; presence (type 1) names who is online, not votes.
    await waitFor(() => raw.messages.length > 2, 5000, 'room messages');
    const syncFrames = raw.messages.filter((m) => m[0] === 0).map((m) => Buffer.from(m));
    expect(syncFrames.length).toBeGreaterThan(0);
    const leaks = (text: Buffer | string, memberId: string) => text.includes(memberId);
    for (const r of voters) {
      const memberId = p(r).member.id;
      expect(syncFrames.some((f) => leaks(f, memberId))).toBe(false);
      // Responses about the secret vote (the audit trail names voters, not their choice; the own-ballot answers are the voter's own).
      const bodies = responses
        .slice(firstResponse)
        .filter((b) => !b.includes('"kind":"opened"') && !b.includes('"eligible":true'));
      expect(bodies.some((b) => leaks(b, memberId))).toBe(false);
    }
    raw.ws.close();
  });
});

describe('draft votes', () => {
  it('a draft can be changed (question, options, settings) until it opens; then it stays as people voted on it', async () => {
    const created = await call('POST', '/votes', facilitator, parityVote);
    const id = voteViewSchema.parse(created.body).id;
    const change = {
      ...parityVote,
      question: 'Waar komt de moestuin precies?',
      options: ['School', 'Park', 'Plein'],
      rule: 'dubbele_meerderheid',
    };
    expect((await call('PUT', `/votes/${id}`, p(anna), change)).status).toBe(403);
    const bad = await call('PUT', `/votes/${id}`, facilitator, { ...change, options: ['Alleen één'] });
    expect(bad.status).toBe(400);
    const changed = await call('PUT', `/votes/${id}`, facilitator, change);
    expect(changed.status).toBe(200);
    expect(voteViewSchema.parse(changed.body)).toMatchObject({
      question: 'Waar komt de moestuin precies?',
      rule: 'dubbele_meerderheid',
      options: [
        { id: 'o1', label: 'School' },
        { id: 'o2', label: 'Park' },
        { id: 'o3', label: 'Plein' },
      ],
      status: 'draft',
    });
    expect((await call('PATCH', `/votes/${id}`, facilitator, { status: 'open' })).status).toBe(200);
    const late = await call('PUT', `/votes/${id}`, facilitator, { ...change, question: 'Iets anders' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('vote_not_draft');
    expect((await call('GET', `/votes/${id}`, facilitator)).body.question).toBe(
      'Waar komt de moestuin precies?',
    );
    await call('PATCH', `/votes/${id}`, facilitator, { status: 'closed' });
  });
});
