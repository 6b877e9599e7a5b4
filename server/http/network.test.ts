import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initiativeRecordSchema } from '../../shared/network/initiative';
import { networkViewSchema } from '../../shared/network/network';
import { partySchema } from '../../shared/network/party';
import { relationSchema } from '../../shared/network/relation';
import { type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let fac: Person;
let bewoner: Person;
let partner: Person;
let otherPartner: Person;
let observer: Person;

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner', 'partner', 'partner', 'observer']);
  fac = w.facilitator;
  [bewoner, partner, otherPartner, observer] = w.people as [Person, Person, Person, Person];
});
afterAll(async () => {
  await s.cleanup();
});

const call = (method: string, path: string, who: Person, body?: unknown) =>
  werkgroepCall(s.url, w.werkgroep.id, method, path, who, body);
const addParty = async (who: Person, body: Record<string, unknown>) => {
  const res = await call('POST', '/netwerk/parties', who, body);
  expect(res.status, res.text).toBe(201);
  return partySchema.parse(res.body);
};
const addInitiative = async (who: Person, body: Record<string, unknown>) => {
  const res = await call('POST', '/netwerk/initiatives', who, body);
  expect(res.status, res.text).toBe(201);
  return initiativeRecordSchema.parse(res.body);
};

describe('wijknetwerk API: roles', () => {
  it('members but observers add; the facilitator alone links a member to a party, who then keeps its card', async () => {
    expect((await call('POST', '/netwerk/parties', observer, { name: 'X', kind: 'sport' })).status).toBe(403);
    const portaal = await addParty(bewoner, {
      name: 'Portaal',
      kind: 'woningcorporatie',
      themes: ['leefbaar'],
    });
    expect(portaal.createdBy).toBe(bewoner.member.id);
    // A partner cannot link themselves; the facilitator can.
    const link = { memberIds: [partner.member.id] };
    expect((await call('PATCH', `/netwerk/parties/${portaal.id}`, partner, link)).status).toBe(403);
    expect((await call('PATCH', `/netwerk/parties/${portaal.id}`, fac, link)).status).toBe(200);
    // The linked partner keeps the card up to date; another partner may not; the creator still may.
    const edit = { description: 'Verhuurt 4.000 woningen in Overvecht' };
    expect((await call('PATCH', `/netwerk/parties/${portaal.id}`, partner, edit)).status).toBe(200);
    expect((await call('PATCH', `/netwerk/parties/${portaal.id}`, otherPartner, edit)).status).toBe(403);
    expect(
      (await call('PATCH', `/netwerk/parties/${portaal.id}`, bewoner, { kind: 'Eigen soort' })).status,
    ).toBe(200);
    // Only the creator or the facilitator removes the card, not the linked member.
    expect((await call('DELETE', `/netwerk/parties/${portaal.id}`, partner)).status).toBe(403);
    const view = networkViewSchema.parse((await call('GET', '/netwerk', observer)).body);
    expect(view.parties[0]).toMatchObject({ kind: 'Eigen soort', description: edit.description });
    expect(view.changes.map((c) => [c.action, c.memberId])).toEqual([
      ['updated', bewoner.member.id],
      ['updated', partner.member.id],
      ['updated', fac.member.id],
      ['created', bewoner.member.id],
    ]);
  });

  it("a linked partner edits its party's initiatives; overlap marks by the facilitator or a party involved", async () => {
    const buurtteam = await addParty(fac, {
      name: 'Buurtteam',
      kind: 'zorg_welzijn',
      memberIds: [otherPartner.member.id],
    });
    const soos = await addInitiative(bewoner, {
      name: 'Ouderensoos',
      leadPartyId: buurtteam.id,
      themes: ['gezond'],
      targetGroups: ['ouderen'],
      period: { start: '2027-03-01', end: '2027-06-30' },
    });
    const koffie = await addInitiative(bewoner, { name: 'Koffie-ochtend', targetGroups: ['ouderen'] });
    expect(
      (await call('PATCH', `/netwerk/initiatives/${soos.id}`, otherPartner, { status: 'loopt' })).status,
    ).toBe(200);
    expect(
      (await call('PATCH', `/netwerk/initiatives/${koffie.id}`, otherPartner, { status: 'loopt' })).status,
    ).toBe(403);
    expect(
      (await call('PATCH', `/netwerk/initiatives/${soos.id}`, partner, { status: 'gestopt' })).status,
    ).toBe(403);
    const mark = { state: 'afgestemd', note: 'Eén soos, twee ochtenden' };
    expect((await call('PUT', `/netwerk/overlaps/${soos.id}/${koffie.id}`, partner, mark)).status).toBe(403);
    expect((await call('PUT', `/netwerk/overlaps/${soos.id}/${koffie.id}`, observer, mark)).status).toBe(403);
    const marked = await call('PUT', `/netwerk/overlaps/${koffie.id}/${soos.id}`, otherPartner, mark);
    expect(marked.status, marked.text).toBe(200);
    expect(marked.body.initiativeIds).toEqual([soos.id, koffie.id].sort());
    const again = { state: 'bewust_naast_elkaar' };
    expect((await call('PUT', `/netwerk/overlaps/${soos.id}/${koffie.id}`, fac, again)).status).toBe(200);
    const view = networkViewSchema.parse((await call('GET', '/netwerk', bewoner)).body);
    expect(view.overlapMarks).toMatchObject([{ state: 'bewust_naast_elkaar', markedBy: fac.member.id }]);
    // Removing an initiative takes its marks with it.
    expect((await call('DELETE', `/netwerk/initiatives/${koffie.id}`, bewoner)).status).toBe(204);
    expect(networkViewSchema.parse((await call('GET', '/netwerk', bewoner)).body).overlapMarks).toEqual([]);
  });

  it('relations between parties; removing a party removes its relations and takes it out of initiatives', async () => {
    const a = await addParty(bewoner, { name: 'Gemeente Zeist', kind: 'gemeente_afdeling' });
    const b = await addParty(bewoner, { name: 'Sportclub', kind: 'sport' });
    const res = await call('POST', '/netwerk/relations', bewoner, {
      fromPartyId: a.id,
      toPartyId: b.id,
      kind: 'financiert',
    });
    expect(res.status, res.text).toBe(201);
    const rel = relationSchema.parse(res.body);
    const sport = await addInitiative(bewoner, {
      name: 'Sportochtend',
      leadPartyId: b.id,
      partnerPartyIds: [a.id],
    });
    expect((await call('PATCH', `/netwerk/relations/${rel.id}`, partner, { note: 'x' })).status).toBe(403);
    expect((await call('DELETE', `/netwerk/parties/${a.id}`, fac)).status).toBe(204);
    const view = networkViewSchema.parse((await call('GET', '/netwerk', bewoner)).body);
    expect(view.relations.find((r) => r.id === rel.id)).toBeUndefined();
    expect(view.initiatives.find((i) => i.id === sport.id)?.partnerPartyIds).toEqual([]);
  });
});

describe('wijknetwerk API: concurrent changes', () => {
  it('changes of different fields at the same moment are all kept, each with its log line', async () => {
    const p = await addParty(bewoner, { name: 'Bibliotheek', kind: 'cultuur' });
    const patches = [
      { description: 'Leesclub' },
      { website: 'https://bieb.example.nl' },
      { themes: ['gelijke_kansen'] },
      { buurten: ['Batau-Noord'] },
      { kind: 'onderwijs' },
    ];
    const answers = await Promise.all(
      patches.map((b) => call('PATCH', `/netwerk/parties/${p.id}`, bewoner, b)),
    );
    expect(answers.map((a) => a.status)).toEqual(patches.map(() => 200));
    const view = networkViewSchema.parse((await call('GET', '/netwerk', bewoner)).body);
    expect(view.parties.find((x) => x.id === p.id)).toMatchObject(Object.assign({}, ...patches));
    expect(view.changes.filter((c) => c.entityId === p.id && c.action === 'updated')).toHaveLength(5);
  });
});

describe('wijknetwerk API: bad input is a 400 (or 409) with a code', () => {
  it.each([
    [
      'a javascript: website',
      '/netwerk/parties',
      { name: 'X', kind: 'sport', website: 'javascript:alert(1)' },
      'website',
    ],
    ['an unknown field', '/netwerk/parties', { name: 'X', kind: 'sport', secret: 1 }, ''],
    ['an empty name', '/netwerk/parties', { name: '  ', kind: 'sport' }, 'name'],
    ['an unknown theme', '/netwerk/parties', { name: 'X', kind: 'sport', themes: ['blauw'] }, 'themes.0'],
    [
      'an end before the start',
      '/netwerk/initiatives',
      { name: 'X', period: { start: '2027-05-01', end: '2027-04-01' } },
      'period.end',
    ],
    [
      'a date that does not exist',
      '/netwerk/initiatives',
      { name: 'X', period: { start: '2027-02-30', end: null } },
      'period.start',
    ],
    ['an unknown status', '/netwerk/initiatives', { name: 'X', status: 'bezig' }, 'status'],
    [
      'a self-relation',
      '/netwerk/relations',
      { fromPartyId: 'aaaa', toPartyId: 'aaaa', kind: 'werkt_samen' },
      'toPartyId',
    ],
  ])('%s', async (_what, path, body, field) => {
    const res = await call('POST', path, bewoner, body);
    expect(res.status, res.text).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    if (field) expect(res.body.issues.map((i: { path: string }) => i.path)).toContain(field);
  });

  it('a reference to a party that is not in the network is refused with its code', async () => {
    const res = await call('POST', '/netwerk/initiatives', bewoner, {
      name: 'X',
      leadPartyId: 'nietbestaand1234',
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'network_unknown_reference', params: { field: 'leadPartyId' } });
    expect(typeof res.body.message).toBe('string');
    expect((await call('PUT', '/netwerk/overlaps/aaaa/aaaa', fac, { state: 'afgestemd' })).status).toBe(400);
    // The ambition an initiative serves is a section of this werkgroep's documents.
    const unknown = await call('POST', '/netwerk/initiatives', bewoner, {
      name: 'X',
      sectionId: 'nietbestaand1234',
    });
    expect(unknown.body).toMatchObject({ code: 'network_unknown_reference', params: { field: 'sectionId' } });
    const served = await call('POST', '/netwerk/initiatives', bewoner, { name: 'X', sectionId: w.sectionId });
    expect(served.status, served.text).toBe(201);
  });
});
