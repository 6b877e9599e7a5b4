import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createdSigningLinkSchema, signingPageSchema } from '../../shared/akkoord/signingLink';
import type { FrozenVersion } from '../../shared/akkoord/version';
import { DOCUMENT_FIELD } from '../../shared/editor/documentField';
import { readAkkoordRoom } from '../../shared/sync/akkoordDoc';
import { CloseCode } from '../../shared/sync/closeCodes';
import { roomName } from '../../shared/sync/rooms';
import { hashToken } from '../auth/tokens';
import { documentSchemaForServer } from '../domain/versions';
import { freshSchema, postgresReachable, type TestSchema } from '../storage/postgres/pgTestDatabase';
import { type AkkoordSetup, setupAkkoord } from '../test/akkoordFixture';
import { connectClient, flushed, type TestClient, waitFor } from '../test/clients';
import { startTestServer, type TestServer } from '../test/startTestServer';

const reachable = await postgresReachable();
const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const writeIntro = (c: TestClient, text: string) =>
  c.doc.transact(() =>
    prosemirrorJSONToYXmlFragment(
      documentSchemaForServer(),
      paragraph(text),
      c.doc.getXmlFragment(DOCUMENT_FIELD),
    ),
  );
const SECRET_NAME = 'Geheime Naam Zonder Toestemming';

/** The signing rules against a real server on one backend (SQLite, and PostgreSQL when it runs here). */
function signingSuite(backend: 'sqlite' | 'postgres') {
  let s: TestServer;
  let a: AkkoordSetup;
  let schema: TestSchema | undefined;
  let version: FrozenVersion;
  const clients: TestClient[] = [];
  const intro = () => roomName('akkoord', a.w.werkgroep.id);
  const storedIntro = () =>
    s.sync.read(intro(), (doc) =>
      JSON.stringify(yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(DOCUMENT_FIELD))),
    );
  const link = async (partyId: string) => {
    const res = await a.call('POST', '/akkoord/tekenlinks', a.fac, { partyId });
    expect(res.status, res.text).toBe(201);
    return createdSigningLinkSchema.parse(res.body);
  };
  const signBody = (over: Record<string, unknown> = {}) => ({
    name: SECRET_NAME,
    function: 'Directeur wonen',
    organisation: 'Portaal',
    consentToBeNamed: false,
    textHash: version.textHash,
    ...over,
  });

  beforeAll(async () => {
    if (backend === 'postgres') schema = await freshSchema();
    s = await startTestServer(schema ? { config: { databaseUrl: schema.url } } : {});
    a = await setupAkkoord(s.url);
    await a.call('POST', '/akkoord/afspraken', a.fac, {
      what: 'Samen de buurt schoon',
      partyIds: [a.portaal.id],
    });
    await a.call('PUT', '/akkoord/ondertekenaars', a.fac, { signatories: a.signatories });
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await s?.cleanup();
    await schema?.drop();
  });

  it('[AKK2] the introduction is co-written in its room; frozen, the server refuses every write to it', async () => {
    const writer = connectClient(s.wsUrl, intro(), undefined, a.bewoner.token);
    clients.push(writer);
    await writer.synced;
    writeIntro(writer, 'Wij werken samen aan Overvecht.');
    await flushed(writer);
    const closes: number[] = [];
    writer.provider.on('connection-close', (e) => {
      if (e) closes.push(e.code);
    });
    const frozen = await a.call('POST', '/akkoord/bevriezen', a.fac, { name: 'Versie voor ondertekening' });
    expect(frozen.status, frozen.text).toBe(201);
    version = (await a.view(a.fac)).currentVersion as FrozenVersion;
    expect(JSON.stringify(version.snapshot.introduction)).toContain('Wij werken samen aan Overvecht.');
    await waitFor(() => closes.includes(CloseCode.RightsChanged), 5_000, 'editor reconnects');
    await waitFor(() => writer.provider.synced, 5_000, 'editor back, read-only');
    const before = await storedIntro();
    writeIntro(writer, 'Stiekem veranderd.');
    await flushed(writer);
    expect(await storedIntro()).toBe(before);
    expect(before).not.toContain('Stiekem');
  });

  it('[AKK8] a one-time link signs exactly once, also when two submits arrive at once', async () => {
    const made = await link(a.portaal.id);
    expect(made.url).toBe(`${s.url}/akkoord-tekenen/${made.token}`);
    expect((await a.call('POST', '/akkoord/tekenlinks', a.bewoner, { partyId: a.portaal.id })).status).toBe(
      403,
    );
    const page = await a.call('GET', `/api/akkoord-tekenen/${made.token}`, null);
    expect(page.status, page.text).toBe(200);
    expect(signingPageSchema.parse(page.body)).toMatchObject({
      party: { id: a.portaal.id, name: 'Portaal' },
      version: { id: version.id, textHash: version.textHash },
    });
    const changed = await a.call(
      'POST',
      `/api/akkoord-tekenen/${made.token}`,
      null,
      signBody({ textHash: 'c'.repeat(64) }),
    );
    expect([changed.status, changed.body.code]).toEqual([409, 'akkoord_text_changed']);
    const both = await Promise.all([
      a.call('POST', `/api/akkoord-tekenen/${made.token}`, null, signBody()),
      a.call('POST', `/api/akkoord-tekenen/${made.token}`, null, signBody()),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 410]);
    expect(both.find((r) => r.status === 410)?.body.code).toBe('signing_link_used');
    const used = await a.call('GET', `/api/akkoord-tekenen/${made.token}`, null);
    expect([used.status, used.body.code]).toEqual([410, 'signing_link_used']);
    const unknown = await a.call('GET', `/api/akkoord-tekenen/${'x'.repeat(32)}`, null);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'not_found']);
    // A link past its 30 days (stored as the server would have stored it then).
    const late = 'L'.repeat(32);
    await s.storage.createSigningLink({
      id: 'verlopenlink00001',
      werkgroepId: a.w.werkgroep.id,
      partyId: a.gemeente.id,
      versionId: version.id,
      tokenHash: hashToken(late),
      createdAt: Date.now() - 31 * 86_400_000,
      expiresAt: Date.now() - 86_400_000,
      usedAt: null,
      voidedAt: null,
    });
    const expired = await a.call('POST', `/api/akkoord-tekenen/${late}`, null, signBody());
    expect([expired.status, expired.body.code]).toEqual([410, 'signing_link_expired']);
    const signatures = (await a.view(a.fac)).signatures.filter((x) => x.partyId === a.portaal.id);
    expect(signatures).toHaveLength(1);
  });

  it('[AKK9] a signer who did not consent is named only to the facilitator: not to members, the room or the signing page', async () => {
    const facView = await a.view(a.fac);
    expect(facView.signatures.find((x) => x.partyId === a.portaal.id)?.signerName).toBe(SECRET_NAME);
    for (const who of [a.bewoner, a.ambtenaar, a.partner, a.observer]) {
      const res = await a.call('GET', '/akkoord', who);
      expect(res.text).not.toContain(SECRET_NAME);
      expect(res.body.signatures[0]).toMatchObject({ signerName: null, named: false, memberId: null });
    }
    const room = await s.sync.read(roomName('akkoordstand', a.w.werkgroep.id), (doc) => readAkkoordRoom(doc));
    expect(room?.signatures).toHaveLength(1);
    expect(JSON.stringify(room)).not.toContain(SECRET_NAME);
    // Another party's signing page shows the frozen text, never who signed.
    const other = await link(a.bewoners.id);
    const page = await a.call('GET', `/api/akkoord-tekenen/${other.token}`, null);
    expect(page.text).not.toContain(SECRET_NAME);
    // A newer link voids the older one; reopening voids the open ones.
    const newer = await link(a.bewoners.id);
    const voided = await a.call('GET', `/api/akkoord-tekenen/${other.token}`, null);
    expect([voided.status, voided.body.code]).toEqual([410, 'signing_link_voided']);
    const reopened = await a.call('POST', '/akkoord/heropenen', a.fac);
    expect(reopened.body.voided).toBe(1);
    const afterReopen = await a.call('POST', `/api/akkoord-tekenen/${newer.token}`, null, signBody());
    expect([afterReopen.status, afterReopen.body.code]).toEqual([410, 'signing_link_voided']);
  });

  it('[AKK3] once every signatory party signed the frozen text, the akkoord is getekend', async () => {
    expect((await a.call('POST', '/akkoord/bevriezen', a.fac, { name: 'Versie 2' })).status).toBe(201);
    const v2 = (await a.view(a.fac)).currentVersion as FrozenVersion;
    const sign = (who: typeof a.fac, partyId: string) =>
      a.call('POST', '/akkoord/ondertekenen', who, {
        versionId: v2.id,
        textHash: v2.textHash,
        partyId,
        function: 'Lid',
        consentToBeNamed: true,
      });
    expect((await sign(a.bewoner, a.bewoners.id)).status).toBe(201);
    expect((await sign(a.ambtenaar, a.gemeente.id)).status).toBe(201);
    const made = await link(a.portaal.id);
    const signed = await a.call(
      'POST',
      `/api/akkoord-tekenen/${made.token}`,
      null,
      signBody({ textHash: v2.textHash }),
    );
    expect(signed.status, signed.text).toBe(201);
    expect(signed.body.status).toBe('getekend');
    expect((await a.view(a.observer)).akkoord.status).toBe('getekend');
  });
}

describe('wijkakkoord signing (SQLite)', () => signingSuite('sqlite'));
describe.skipIf(!reachable)('wijkakkoord signing (PostgreSQL)', () => signingSuite('postgres'));
