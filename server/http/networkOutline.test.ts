import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiErrorSchema } from '../../shared/api/errors';
import { mapStyleSchema } from '../../shared/api/networkRoutes';
import { networkViewSchema } from '../../shared/network/network';
import { OUTLINE_LIMITS, wijkOutlineSchema } from '../../shared/network/outline';
import { readNetworkRoom } from '../../shared/sync/networkDoc';
import { roomName } from '../../shared/sync/rooms';
import { connectClient, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let fac: Person;
let bewoner: Person;
let observer: Person;
const clients: TestClient[] = [];

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner', 'observer']);
  fac = w.facilitator;
  [bewoner, observer] = w.people as [Person, Person];
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.cleanup();
});

const call = (method: string, who: Person, body?: unknown) =>
  werkgroepCall(s.url, w.werkgroep.id, method, '/netwerk/wijkgrens', who, body);
const square = (x: number, y: number, d: number) => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];
/** Two buurten of a CBS file, in RD New. */
const cbsFile = {
  type: 'FeatureCollection',
  crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
  features: [
    {
      type: 'Feature',
      properties: { buurtnaam: 'Noord' },
      geometry: { type: 'Polygon', coordinates: [square(136_000, 457_000, 500)] },
    },
    {
      type: 'Feature',
      properties: { buurtnaam: 'Zuid' },
      geometry: { type: 'Polygon', coordinates: [square(136_000, 456_500, 500)] },
    },
  ],
};

describe('wijkgrens API', () => {
  it('only the facilitator sets it; an RD FeatureCollection becomes one MultiPolygon in WGS84, in GET and the room', async () => {
    const live = connectClient(s.wsUrl, roomName('netwerk', w.werkgroep.id), new Y.Doc(), observer.token);
    clients.push(live);
    await live.synced;
    expect((await call('PUT', bewoner, cbsFile)).status).toBe(403);
    expect((await call('PUT', observer, cbsFile)).status).toBe(403);
    const res = await call('PUT', fac, cbsFile);
    expect(res.status, res.text).toBe(200);
    const outline = wijkOutlineSchema.parse(res.body);
    expect(outline.coordinates).toHaveLength(2);
    const [lon, lat] = outline.coordinates[0]?.[0]?.[0] ?? [];
    expect(lon).toBeGreaterThan(5.0);
    expect(lon).toBeLessThan(5.2);
    expect(lat).toBeGreaterThan(52.0);
    expect(lat).toBeLessThan(52.2);
    const view = networkViewSchema.parse(
      (await werkgroepCall(s.url, w.werkgroep.id, 'GET', '/netwerk', observer)).body,
    );
    expect(view.outline).toEqual(outline);
    expect(view.changes[0]).toMatchObject({ entity: 'outline', action: 'created', memberId: fac.member.id });
    await waitFor(() => readNetworkRoom(live.doc).outline !== null, 10_000, 'the outline reaches the room');
    expect(readNetworkRoom(live.doc).outline).toEqual(outline);
  });

  it('refuses what is no outline (400) and what is too large (413), with stable codes', async () => {
    const point = await call('PUT', fac, { type: 'Point', coordinates: [5, 52] });
    expect(point.status).toBe(400);
    expect(apiErrorSchema.parse(point.body)).toMatchObject({
      code: 'outline_invalid',
      params: { problem: 'geometry' },
    });
    const open = await call('PUT', fac, { type: 'Polygon', coordinates: [square(5, 52, 0.01).slice(0, 4)] });
    expect(apiErrorSchema.parse(open.body)).toMatchObject({
      code: 'outline_invalid',
      params: { problem: 'ring_open' },
    });
    const many = Array.from({ length: OUTLINE_LIMITS.vertices }, (_, i) => [5 + i * 1e-6, 52]);
    const big = await call('PUT', fac, { type: 'Polygon', coordinates: [[...many, [5, 52.1], [5, 52]]] });
    expect(big.status).toBe(413);
    expect(apiErrorSchema.parse(big.body)).toMatchObject({
      code: 'outline_too_large',
      params: { problem: 'vertices' },
    });
    // Over the body limit of this route (larger than the API's usual one, and still bounded).
    const huge = {
      type: 'Polygon',
      coordinates: [square(5, 52, 0.01)],
      padding: 'x'.repeat(OUTLINE_LIMITS.uploadBytes),
    };
    const tooMuch = await call('PUT', fac, huge);
    expect(tooMuch.status).toBe(413);
    expect(apiErrorSchema.parse(tooMuch.body).code).toBe('payload_too_large');
    // A body above the usual 256 kB but within the outline's limit is read.
    const padded = { ...huge, padding: 'x'.repeat(400 * 1024) };
    expect((await call('PUT', fac, padded)).status).toBe(200);
  });

  it('the facilitator removes it (others may not); then it is gone everywhere', async () => {
    expect((await call('DELETE', bewoner)).status).toBe(403);
    expect((await call('DELETE', fac)).status).toBe(204);
    expect((await call('DELETE', fac)).status).toBe(404);
    const view = networkViewSchema.parse(
      (await werkgroepCall(s.url, w.werkgroep.id, 'GET', '/netwerk', observer)).body,
    );
    expect(view.outline).toBeNull();
    expect(view.changes[0]).toMatchObject({ entity: 'outline', action: 'deleted' });
  });

  it('tells the client where the map background comes from (none in tests)', async () => {
    const res = await fetch(`${s.url}/api/kaartstijl`);
    expect(mapStyleSchema.parse(await res.json())).toEqual({ styleUrl: null });
  });

  it("allows the style's host, and only it, in the CSP", async () => {
    const own = await startTestServer({
      config: { mapStyleUrl: 'https://tiles.example.nl/styles/wijk.json' },
    });
    try {
      const csp = (await fetch(`${own.url}/api/kaartstijl`)).headers.get('content-security-policy') ?? '';
      expect(csp).toContain("connect-src 'self' https://tiles.example.nl;");
      expect(csp).toContain("img-src 'self' data: https://tiles.example.nl;");
      expect(csp).toMatch(/worker-src 'self'(;|$)/);
    } finally {
      await own.cleanup();
    }
    const csp = (await fetch(`${s.url}/api/kaartstijl`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self';");
  });
});
