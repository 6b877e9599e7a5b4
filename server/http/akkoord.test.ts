import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afspraakSchema } from '../../shared/akkoord/afspraak';
import { signatoriesAnswerSchema } from '../../shared/akkoord/signatory';
import { signatureSchema } from '../../shared/akkoord/signature';
import { reopenedSchema } from '../../shared/akkoord/view';
import { readAkkoordRoom } from '../../shared/sync/akkoordDoc';
import { roomName } from '../../shared/sync/rooms';
import { type AkkoordSetup, setupAkkoord } from '../test/akkoordFixture';
import { connectClient, flushed, waitFor } from '../test/clients';
import { startTestServer, type TestServer } from '../test/startTestServer';

let s: TestServer;
let a: AkkoordSetup;

beforeAll(async () => {
  s = await startTestServer();
  a = await setupAkkoord(s.url);
});
afterAll(async () => {
  await s.cleanup();
});

const addAfspraak = async (body: Record<string, unknown>) => {
  const res = await a.call('POST', '/akkoord/afspraken', a.bewoner, body);
  expect(res.status, res.text).toBe(201);
  return afspraakSchema.parse(res.body);
};
const freeze = async (name: string) => {
  const res = await a.call('POST', '/akkoord/bevriezen', a.fac, { name });
  expect(res.status, res.text).toBe(201);
  const version = (await a.view(a.fac)).currentVersion;
  if (!version) throw new Error('not frozen');
  return version;
};

describe('wijkakkoord API', () => {
  it('[AKK1] contributors write afspraken, the observer reads; only the facilitator picks signatories (a warning, not a refusal)', async () => {
    expect((await a.call('POST', '/akkoord/afspraken', a.observer, { what: 'X' })).status).toBe(403);
    const first = await addAfspraak({ what: 'Elke maand een schoonmaakactie', partyIds: [a.bewoners.id] });
    const second = await addAfspraak({
      what: 'Het wijkbureau is elke dinsdag open',
      partyIds: [a.gemeente.id, a.portaal.id],
      byWhen: '2027-06-30',
      sectionIds: [a.w.sectionId],
      reporting: 'Elk kwartaal in de werkgroep',
    });
    expect([first.position, second.position]).toEqual([0, 1]);
    const reordered = await a.call('PUT', '/akkoord/afspraken-volgorde', a.partner, {
      ids: [second.id, first.id],
    });
    expect(reordered.status, reordered.text).toBe(200);
    expect((await a.view(a.observer)).afspraken.map((x) => x.id)).toEqual([second.id, first.id]);
    expect(
      (await a.call('PATCH', `/akkoord/afspraken/${first.id}`, a.ambtenaar, { reporting: 'Op de wijkavond' }))
        .status,
    ).toBe(200);
    expect((await a.call('PATCH', '/akkoord', a.partner, { title: 'Wijkakkoord Overvecht' })).status).toBe(
      200,
    );

    const unknown = await a.call('POST', '/akkoord/afspraken', a.bewoner, {
      what: 'X',
      partyIds: ['nietbestaand0001'],
    });
    expect([unknown.status, unknown.body.code, unknown.body.params]).toEqual([
      409,
      'akkoord_unknown_reference',
      { field: 'partyIds' },
    ]);

    const only = [a.signatories[0], a.signatories[2]];
    expect((await a.call('PUT', '/akkoord/ondertekenaars', a.bewoner, { signatories: only })).status).toBe(
      403,
    );
    const partial = await a.call('PUT', '/akkoord/ondertekenaars', a.fac, { signatories: only });
    expect(signatoriesAnswerSchema.parse(partial.body).warnings).toEqual(['no_gemeente']);
    const all = await a.call('PUT', '/akkoord/ondertekenaars', a.fac, { signatories: a.signatories });
    expect(signatoriesAnswerSchema.parse(all.body).warnings).toEqual([]);
  });

  it('[AKK11] bad input is a 400 that names the field', async () => {
    const res = await a.call('POST', '/akkoord/afspraken', a.bewoner, { what: 'X', byWhen: '2027-02-30' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(['byWhen']);
    const empty = await a.call('POST', '/akkoord/bevriezen', a.fac, { name: '' });
    expect([empty.status, empty.body.issues[0].path]).toEqual([400, 'name']);
    const extra = await a.call('PATCH', '/akkoord', a.fac, { title: 'X', status: 'getekend' });
    expect(extra.status).toBe(400);
  });

  it('[AKK3][AKK6] the facilitator freezes; a linked member signs that text only, for their own party', async () => {
    expect((await a.call('POST', '/akkoord/bevriezen', a.bewoner, { name: 'Versie 1' })).status).toBe(403);
    const version = await freeze('Versie 1');
    const view = await a.view(a.bewoner);
    expect(view.akkoord.status).toBe('ter_ondertekening');
    expect(view.currentTextHash).toBe(version.textHash);
    expect(version.snapshot.signatories.map((x) => x.name)).toEqual([
      'Bewonersoverleg Overvecht',
      'Gemeente Utrecht, wijkbureau',
      'Portaal',
    ]);
    // [AKK2] The text is frozen: no afspraak, title or signatory changes.
    for (const [method, path, body] of [
      ['POST', '/akkoord/afspraken', { what: 'Nog één' }],
      ['PATCH', '/akkoord', { title: 'Anders' }],
      ['PUT', '/akkoord/afspraken-volgorde', { ids: view.afspraken.map((x) => x.id) }],
      ['DELETE', `/akkoord/afspraken/${view.afspraken[0]?.id}`, undefined],
    ] as const) {
      const res = await a.call(method, path, a.fac, body);
      expect([res.status, res.body?.code], path).toEqual([409, 'akkoord_frozen']);
    }
    const sign = (who: typeof a.fac, partyId: string, over: Record<string, unknown> = {}) =>
      a.call('POST', '/akkoord/ondertekenen', who, {
        versionId: version.id,
        textHash: version.textHash,
        partyId,
        function: 'Voorzitter',
        consentToBeNamed: true,
        ...over,
      });
    const changed = await sign(a.bewoner, a.bewoners.id, { textHash: 'b'.repeat(64) });
    expect([changed.status, changed.body.code]).toEqual([409, 'akkoord_text_changed']);
    expect((await sign(a.partner, a.bewoners.id)).status).toBe(403);
    expect((await sign(a.bewoner, a.gemeente.id)).status).toBe(403);
    expect((await sign(a.observer, a.bewoners.id)).status).toBe(403);
    const signed = await sign(a.bewoner, a.bewoners.id, { consentToBeNamed: false });
    expect(signed.status, signed.text).toBe(201);
    expect(signatureSchema.parse(signed.body)).toMatchObject({ via: 'member', partyId: a.bewoners.id });
    const again = await sign(a.bewoner, a.bewoners.id);
    expect([again.status, again.body.code]).toEqual([409, 'akkoord_already_signed']);
    expect((await sign(a.ambtenaar, a.gemeente.id, { function: 'Wijkmanager' })).status).toBe(201);
  });

  it('[AKK10] progress by a member of a committing party or the facilitator, in any status', async () => {
    const afspraak = (await a.view(a.fac)).afspraken.find((x) => x.partyIds.includes(a.gemeente.id));
    if (!afspraak) throw new Error('no afspraak of the gemeente');
    const report = (who: typeof a.fac, partyId: string) =>
      a.call('POST', `/akkoord/afspraken/${afspraak.id}/voortgang`, who, {
        status: 'loopt',
        date: '2027-02-01',
        text: 'Eerste dinsdag open geweest',
        partyId,
      });
    expect((await report(a.ambtenaar, a.gemeente.id)).status).toBe(201);
    expect((await report(a.bewoner, a.gemeente.id)).status).toBe(403);
    expect((await report(a.ambtenaar, a.bewoners.id)).status).toBe(403);
    expect((await report(a.fac, a.portaal.id)).status).toBe(201);
    expect((await a.view(a.observer)).progress.map((p) => p.partyId)).toEqual([a.gemeente.id, a.portaal.id]);
  });

  it('[AKK5] reopening voids the signatures of the version and says how many; the text can change again', async () => {
    expect((await a.call('POST', '/akkoord/heropenen', a.bewoner)).status).toBe(403);
    const res = await a.call('POST', '/akkoord/heropenen', a.fac);
    expect(res.status, res.text).toBe(200);
    const reopened = reopenedSchema.parse(res.body);
    expect(reopened.voided).toBe(2);
    expect(reopened.view.akkoord.status).toBe('concept');
    expect(reopened.view.signatures.every((x) => x.voidedAt !== null)).toBe(true);
    await addAfspraak({ what: 'Een buurtfeest in september' });
    const v2 = await freeze('Versie 2');
    const old = await a.call('POST', '/akkoord/ondertekenen', a.bewoner, {
      versionId: reopened.view.signatures[0]?.versionId,
      textHash: v2.textHash,
      partyId: a.bewoners.id,
      function: 'Voorzitter',
      consentToBeNamed: true,
    });
    expect([old.status, old.body.code]).toEqual([409, 'akkoord_text_changed']);
    expect((await a.call('POST', '/akkoord/heropenen', a.fac)).body.voided).toBe(0);
  });

  it('[AKK12] members follow the akkoord live in its server-written room, which they cannot write', async () => {
    const c = connectClient(s.wsUrl, roomName('akkoordstand', a.w.werkgroep.id), undefined, a.observer.token);
    try {
      await c.synced;
      await waitFor(() => readAkkoordRoom(c.doc) !== null, 5_000, 'the room is written');
      const before = readAkkoordRoom(c.doc)?.afspraken.length ?? 0;
      await addAfspraak({ what: 'Een bankje bij de speeltuin' });
      await waitFor(() => readAkkoordRoom(c.doc)?.afspraken.length === before + 1, 5_000, 'the new afspraak');
      c.doc.getMap('akkoord').set('akkoord', null);
      await flushed(c);
      const stored = await s.sync.read(roomName('akkoordstand', a.w.werkgroep.id), readAkkoordRoom);
      expect(stored?.afspraken).toHaveLength(before + 1);
    } finally {
      c.destroy();
    }
  });
});
