import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afspraakSchema } from '../../shared/akkoord/afspraak';
import { createdSigningLinkSchema } from '../../shared/akkoord/signingLink';
import { apiErrorSchema } from '../../shared/api/errors';
import { networkViewSchema } from '../../shared/network/network';
import { partySchema } from '../../shared/network/party';
import { actieSchema } from '../../shared/uitvoering/actie';
import { freshSchema, postgresReachable, type TestSchema } from '../storage/postgres/pgTestDatabase';
import { type AkkoordSetup, setupAkkoord } from '../test/akkoordFixture';
import { startTestServer, type TestServer } from '../test/startTestServer';

const reachable = await postgresReachable();

/** Against a real server on one backend (SQLite, and PostgreSQL when it runs here: its locks nest here). */
function partyInUseSuite(backend: 'sqlite' | 'postgres') {
  let s: TestServer;
  let a: AkkoordSetup;
  let schema: TestSchema | undefined;

  beforeAll(async () => {
    if (backend === 'postgres') schema = await freshSchema();
    s = await startTestServer(schema ? { config: { databaseUrl: schema.url } } : {});
    a = await setupAkkoord(s.url);
  });
  afterAll(async () => {
    await s?.cleanup();
    await schema?.drop();
  });

  const addParty = async (name: string) => {
    const res = await a.call('POST', '/netwerk/parties', a.fac, { name, kind: 'groen' });
    expect(res.status, res.text).toBe(201);
    return partySchema.parse(res.body);
  };
  const remove = (partyId: string) => a.call('DELETE', `/netwerk/parties/${partyId}`, a.fac);
  const refusal = async (partyId: string) => {
    const res = await remove(partyId);
    expect(res.status, res.text).toBe(409);
    return apiErrorSchema.parse(res.body);
  };
  const partyIds = async () =>
    networkViewSchema.parse((await a.call('GET', '/netwerk', a.fac)).body).parties.map((p) => p.id);

  describe('[AKK14] a party the wijkakkoord or the uitvoeringsplan names is not removed', () => {
    it('named in an afspraak and leading an actie: 409 party_in_use saying where; removed once taken out of both', async () => {
      const groen = await addParty('Groenploeg Bijlmer');
      const made = await a.call('POST', '/akkoord/afspraken', a.bewoner, {
        what: 'Meer groen in de Bijlmer',
        partyIds: [groen.id, a.bewoners.id],
      });
      expect(made.status, made.text).toBe(201);
      const afspraak = afspraakSchema.parse(made.body);

      const inAkkoord = await refusal(groen.id);
      expect(inAkkoord.code).toBe('party_in_use');
      expect(inAkkoord.params).toMatchObject({
        afspraken: 1,
        afspraakTitles: '‘Meer groen in de Bijlmer’',
        leads: 0,
        partners: 0,
      });
      expect(inAkkoord.message).toBe(
        'Deze partij kan niet weg. Ze staat in het wijkakkoord (afspraak ‘Meer groen in de Bijlmer’). Haal haar daar eerst weg.',
      );

      const actieRes = await a.call('POST', '/uitvoering/acties', a.fac, {
        title: 'Speeltuin opknappen',
        leadPartyId: groen.id,
      });
      expect(actieRes.status, actieRes.text).toBe(201);
      const actie = actieSchema.parse(actieRes.body);

      const both = await refusal(groen.id);
      expect(both.params).toMatchObject({ afspraken: 1, leads: 1, leadTitles: '‘Speeltuin opknappen’' });
      expect(both.message).toBe(
        'Deze partij kan niet weg. Ze staat in het wijkakkoord (afspraak ‘Meer groen in de Bijlmer’) en is trekker van 1 actie (‘Speeltuin opknappen’). Haal haar daar eerst weg.',
      );
      expect(both.messageEn).toBe(
        'This party cannot be removed. It is in the wijkakkoord (afspraak ‘Meer groen in de Bijlmer’) and leads 1 actie (‘Speeltuin opknappen’). Remove it there first.',
      );
      expect(await partyIds()).toContain(groen.id);

      // Out of the afspraak: the actie alone still holds it.
      const patched = await a.call('PATCH', `/akkoord/afspraken/${afspraak.id}`, a.bewoner, {
        partyIds: [a.bewoners.id],
      });
      expect(patched.status, patched.text).toBe(200);
      expect((await refusal(groen.id)).params).toMatchObject({ afspraken: 0, leads: 1 });

      // Out of the actie as well: now it goes.
      const moved = await a.call('PATCH', `/uitvoering/acties/${actie.id}`, a.fac, { leadPartyId: null });
      expect(moved.status, moved.text).toBe(200);
      expect((await remove(groen.id)).status).toBe(204);
      expect(await partyIds()).not.toContain(groen.id);
    });

    it('a partner in an actie or a signatory is refused too; each place is counted', async () => {
      const buurthuis = await addParty('Buurthuis De Brug');
      const acties = ['Buurtfeest', 'Bankjes op het plein'];
      for (const title of acties) {
        const res = await a.call('POST', '/uitvoering/acties', a.fac, {
          title,
          leadPartyId: a.gemeente.id,
          partnerPartyIds: [buurthuis.id],
        });
        expect(res.status, res.text).toBe(201);
      }
      const signatories = [...a.signatories, { partyId: buurthuis.id, representative: { kind: 'outside' } }];
      expect((await a.call('PUT', '/akkoord/ondertekenaars', a.fac, { signatories })).status).toBe(200);

      const refused = await refusal(buurthuis.id);
      expect(refused.params).toMatchObject({
        afspraken: 0,
        signatory: 1,
        signatures: 0,
        leads: 0,
        partners: 2,
        partnerTitles: '‘Buurtfeest’, ‘Bankjes op het plein’',
      });
      expect(refused.message).toBe(
        'Deze partij kan niet weg. Ze staat in het wijkakkoord (in de lijst van partijen die tekenen) en is partner in 2 acties (‘Buurtfeest’, ‘Bankjes op het plein’). Haal haar daar eerst weg.',
      );
    });

    it('an open signing link and a signature (even voided by reopening) hold it as well', async () => {
      const frozen = await a.call('POST', '/akkoord/bevriezen', a.fac, { name: 'Versie 1' });
      expect(frozen.status, frozen.text).toBe(201);
      const version = (await a.view(a.fac)).currentVersion;
      if (!version) throw new Error('not frozen');
      const linkRes = await a.call('POST', '/akkoord/tekenlinks', a.fac, { partyId: a.portaal.id });
      expect(linkRes.status, linkRes.text).toBe(201);
      const { token } = createdSigningLinkSchema.parse(linkRes.body);
      expect((await refusal(a.portaal.id)).params).toMatchObject({
        signatory: 1,
        signingLinks: 1,
        signatures: 0,
      });

      const signed = await a.call('POST', `/api/akkoord-tekenen/${token}`, null, {
        name: 'Petra de Vries',
        function: 'Directeur wonen',
        organisation: 'Portaal',
        consentToBeNamed: true,
        textHash: version.textHash,
      });
      expect(signed.status, signed.text).toBe(201);
      expect((await a.call('POST', '/akkoord/heropenen', a.fac)).status).toBe(200);
      const rest = a.signatories.filter((x) => x.partyId !== a.portaal.id);
      expect((await a.call('PUT', '/akkoord/ondertekenaars', a.fac, { signatories: rest })).status).toBe(200);

      const refused = await refusal(a.portaal.id);
      expect(refused.params).toMatchObject({ signatory: 0, signingLinks: 0, signatures: 1 });
      expect(refused.message).toBe(
        'Deze partij kan niet weg. Ze heeft het wijkakkoord getekend. Een partij die het wijkakkoord heeft getekend, blijft in het netwerk.',
      );
    });

    it('an afspraak or actie added at the same moment as the removal: one of the two is refused, never both kept', async () => {
      for (let round = 0; round < 4; round++) {
        const party = await addParty(`Gelijktijdig ${round}`);
        const [removed, afspraak, actie] = await Promise.all([
          remove(party.id),
          a.call('POST', '/akkoord/afspraken', a.bewoner, { what: `Samen ${round}`, partyIds: [party.id] }),
          a.call('POST', '/uitvoering/acties', a.fac, {
            title: `Actie ${round}`,
            partnerPartyIds: [party.id],
          }),
        ]);
        const added = [afspraak, actie].filter((r) => r.status === 201).length;
        if (removed.status === 204) {
          expect(added, `round ${round}`).toBe(0);
          expect([afspraak.body.code, actie.body.code]).toEqual([
            'akkoord_unknown_reference',
            'network_unknown_reference',
          ]);
        } else {
          expect([removed.status, removed.body.code], `round ${round}`).toEqual([409, 'party_in_use']);
          expect(added).toBeGreaterThan(0);
        }
      }
    });

    it('a party named nowhere else is removed as before', async () => {
      const los = await addParty('Losse partij');
      expect((await remove(los.id)).status).toBe(204);
    });
  });
}

describe('party_in_use (SQLite)', () => partyInUseSuite('sqlite'));
describe.skipIf(!reachable)('party_in_use (PostgreSQL)', () => partyInUseSuite('postgres'));
