import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/api/errors';
import { uitvoeringViewSchema } from '../../shared/api/uitvoeringRoutes';
import { partySchema } from '../../shared/network/party';
import { type Actie, actieSchema, UITVOERING_LIMITS } from '../../shared/uitvoering/actie';
import { voortgangSchema } from '../../shared/uitvoering/voortgang';
import { type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let fac: Person;
let bewoner: Person;
let partner: Person;
let otherPartner: Person;
let partyId: string;

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner', 'partner', 'partner']);
  fac = w.facilitator;
  [bewoner, partner, otherPartner] = w.people as [Person, Person, Person];
  const party = await call('POST', '/netwerk/parties', fac, {
    name: 'Portaal',
    kind: 'woningcorporatie',
    memberIds: [partner.member.id],
  });
  partyId = partySchema.parse(party.body).id;
});
afterAll(async () => {
  await s.cleanup();
});

function call(method: string, path: string, who: Person, body?: unknown) {
  return werkgroepCall(s.url, w.werkgroep.id, method, path, who, body);
}
const codeOf = (body: unknown) => apiErrorSchema.parse(body).code;
async function addActie(body: Record<string, unknown>): Promise<Actie> {
  const res = await call('POST', '/uitvoering/acties', fac, body);
  expect(res.status, res.text).toBe(201);
  return actieSchema.parse(res.body);
}

/** A 2400×1800 JPEG that says where it was taken (GPS) and with which camera. */
const jpegWithGps = () =>
  sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#3a7' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'X1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '52/1 5/1 3000/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '5/1 7/1 0/1',
      },
    })
    .toBuffer();

describe('uitvoeringsplan API: roles and rules', () => {
  it('only the facilitator adds and removes acties; a member of the lead party edits but does not publish', async () => {
    const body = { title: 'Bankjes', leadPartyId: partyId };
    expect((await call('POST', '/uitvoering/acties', partner, body)).status).toBe(403);
    expect((await call('POST', '/uitvoering/acties', bewoner, body)).status).toBe(403);
    const actie = await addActie(body);
    const path = `/uitvoering/acties/${actie.id}`;
    expect((await call('PATCH', path, partner, { status: 'bezig' })).status).toBe(200);
    expect((await call('PATCH', path, otherPartner, { status: 'klaar' })).status).toBe(403);
    expect((await call('PATCH', path, bewoner, { status: 'klaar' })).status).toBe(403);
    const publish = { published: true, nietBeloven: 'Geen bank bij elke flat.' };
    expect((await call('PATCH', path, partner, publish)).status).toBe(403);
    expect((await call('DELETE', path, partner)).status).toBe(403);
    expect((await call('PATCH', path, fac, publish)).status).toBe(200);
    // Every member reads the plan.
    const view = uitvoeringViewSchema.parse((await call('GET', '/uitvoering', bewoner)).body);
    expect(view.acties.find((a) => a.id === actie.id)).toMatchObject({ status: 'bezig', published: true });
    expect((await call('DELETE', path, fac)).status).toBe(204);
  });

  it('[UIT1] a delayed or stopped actie needs a reason; [UIT2] publishing needs what we cannot promise', async () => {
    const stopped = await call('POST', '/uitvoering/acties', fac, { title: 'Buurtfeest', status: 'gestopt' });
    expect(stopped.status).toBe(400);
    expect(codeOf(stopped.body)).toBe('actie_reason_required');
    const actie = await addActie({ title: 'Buurtfeest', leadPartyId: partyId });
    const path = `/uitvoering/acties/${actie.id}`;
    const delayed = await call('PATCH', path, partner, { status: 'vertraagd', statusReason: '  ' });
    expect(codeOf(delayed.body)).toBe('actie_reason_required');
    expect(apiErrorSchema.parse(delayed.body).issues?.[0]?.path).toBe('statusReason');
    expect(
      (
        await call('PATCH', path, partner, {
          status: 'vertraagd',
          statusReason: 'De vergunning duurt langer.',
        })
      ).status,
    ).toBe(200);
    const publish = await call('PATCH', path, fac, { published: true });
    expect(codeOf(publish.body)).toBe('actie_niet_beloven_required');
    // Emptying it on a published actie is refused too.
    expect((await call('PATCH', path, fac, { published: true, nietBeloven: 'Geen vuurwerk.' })).status).toBe(
      200,
    );
    expect(codeOf((await call('PATCH', path, fac, { nietBeloven: '' })).body)).toBe(
      'actie_niet_beloven_required',
    );
  });

  it('refuses bad input: unknown fields, parties, sections, besluiten, dates', async () => {
    const bad = [
      { title: '' },
      { title: 'X', wat: 1 },
      { title: 'X', start: '2027-02-30' },
      { title: 'X', start: '2027-05-01', end: '2027-04-01' },
      { title: 'X', budget: -5 },
      { title: 'X', milestones: [{ day: '2027-01-01', label: '' }] },
    ];
    for (const body of bad)
      expect((await call('POST', '/uitvoering/acties', fac, body)).status, JSON.stringify(body)).toBe(400);
    const unknown = [
      { leadPartyId: 'pa00000000000000' },
      { sectionId: 'se00000000000000' },
      { decisionIds: ['de00000000000000'] },
    ];
    for (const ref of unknown) {
      const res = await call('POST', '/uitvoering/acties', fac, { title: 'X', ...ref });
      expect(codeOf(res.body), JSON.stringify(ref)).toBe('network_unknown_reference');
    }
  });
});

describe('voortgang API: photos', () => {
  it('a photo with GPS comes back resized to 1600 px, re-encoded and without any metadata; members only', async () => {
    const actie = await addActie({ title: 'Speeltuin', leadPartyId: partyId });
    const original = await jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const post = await call('POST', `/uitvoering/acties/${actie.id}/voortgang`, partner, {
      text: 'De toestellen staan er.',
      photo: { data: original.toString('base64'), alt: 'Nieuwe schommel in de speeltuin' },
    });
    expect(post.status, post.text).toBe(201);
    const update = voortgangSchema.parse(post.body);
    expect(update.photo).toMatchObject({ type: 'image/jpeg', width: 1600, height: 1200 });
    const url = `${s.url}/api/werkgroepen/${w.werkgroep.id}/uitvoering/fotos/${update.photo?.id}`;
    const res = await fetch(url, { headers: { authorization: `Bearer ${bewoner.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('cache-control')).toContain('private');
    const stored = Buffer.from(await res.arrayBuffer());
    const meta = await sharp(stored).metadata();
    expect([meta.width, meta.height, meta.exif, meta.xmp, meta.iptc]).toEqual([
      1600,
      1200,
      undefined,
      undefined,
      undefined,
    ]);
    expect(stored.includes(Buffer.from('Exif'))).toBe(false);
    expect(stored.includes(Buffer.from('TestCam'))).toBe(false);
    expect((await fetch(url)).status).toBe(401);
  });

  it('refuses a non-image named .jpg, an oversize photo, a photo without alt text, and others than the lead party', async () => {
    const actie = await addActie({ title: 'Moestuin', leadPartyId: partyId });
    const path = `/uitvoering/acties/${actie.id}/voortgang`;
    const text = Buffer.from('<html>dit is geen foto.jpg</html>').toString('base64');
    const notImage = await call('POST', path, partner, {
      text: 'Kijk',
      photo: { data: text, alt: 'foto.jpg' },
    });
    expect([notImage.status, codeOf(notImage.body)]).toEqual([400, 'photo_invalid']);
    // JPEG's first bytes, then nothing that decodes.
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 7)]).toString(
      'base64',
    );
    expect(
      codeOf((await call('POST', path, partner, { text: 'Kijk', photo: { data: broken, alt: 'x' } })).body),
    ).toBe('photo_invalid');
    const huge = Buffer.alloc(UITVOERING_LIMITS.photoBytes + 1024, 1);
    huge.set([0xff, 0xd8, 0xff]);
    const oversize = await call('POST', path, partner, {
      text: 'Groot',
      photo: { data: huge.toString('base64'), alt: 'x' },
    });
    expect(oversize.status).toBe(413);
    const noAlt = await call('POST', path, partner, { text: 'Kijk', photo: { data: text, alt: '' } });
    expect(noAlt.status).toBe(400);
    expect((await call('POST', path, otherPartner, { text: 'Ik ook' })).status).toBe(403);
    expect((await call('POST', path, fac, { text: '' })).status).toBe(400);
    expect((await call('POST', path, fac, { text: 'Gezaaid.' })).status).toBe(201);
  });

  it("remembers a member's last visit on the server", async () => {
    const before = uitvoeringViewSchema.parse((await call('GET', '/uitvoering', otherPartner)).body);
    expect(before.lastVisit).toBeNull();
    expect((await call('POST', '/uitvoering/bezoek', otherPartner)).status).toBe(204);
    const after = uitvoeringViewSchema.parse((await call('GET', '/uitvoering', otherPartner)).body);
    expect(after.lastVisit).toEqual(expect.any(Number));
  });
});
