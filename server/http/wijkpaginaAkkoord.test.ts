import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrozenVersion } from '../../shared/akkoord/version';
import { type AkkoordSetup, setupAkkoord } from '../test/akkoordFixture';
import { startTestServer, type TestServer } from '../test/startTestServer';

const HIDDEN_SIGNER = 'Geheime Ondertekenaar';
let s: TestServer;
let a: AkkoordSetup;
const page = async () => (await fetch(`${s.url}/wijk/akkoord-wijk`)).text();

beforeAll(async () => {
  s = await startTestServer();
  a = await setupAkkoord(s.url);
  await a.call('POST', '/akkoord/afspraken', a.fac, {
    what: 'Samen de buurt schoon <img src=x onerror=alert(1)>',
    partyIds: [a.portaal.id],
    byWhen: '2027-06-01',
  });
  await a.call('PUT', '/akkoord/ondertekenaars', a.fac, { signatories: a.signatories });
  await a.call('PUT', '/wijkpagina', a.fac, {
    published: true,
    slug: 'akkoord-wijk',
    intro: '',
    sections: ['akkoord'],
    documentSectionIds: [],
  });
});
afterAll(() => s.cleanup());

describe('wijkpagina: the wijkakkoord', () => {
  it('[WP2] the akkoord shows only once getekend: its frozen text, and signers by name only with consent', async () => {
    expect(await page()).not.toContain('id="akkoord"');
    expect((await a.call('POST', '/akkoord/bevriezen', a.fac, { name: 'Versie 1' })).status).toBe(201);
    const v = (await a.view(a.fac)).currentVersion as FrozenVersion;
    const sign = (who: typeof a.fac, partyId: string, consentToBeNamed: boolean) =>
      a.call('POST', '/akkoord/ondertekenen', who, {
        versionId: v.id,
        textHash: v.textHash,
        partyId,
        function: 'Lid',
        consentToBeNamed,
      });
    expect((await sign(a.bewoner, a.bewoners.id, true)).status).toBe(201);
    // Signed by some but not all: still not on the page.
    expect(await page()).not.toContain('id="akkoord"');
    await a.call('PATCH', '/members/me', a.ambtenaar, { displayName: HIDDEN_SIGNER });
    expect((await sign(a.ambtenaar, a.gemeente.id, false)).status).toBe(201);
    const made = await a.call('POST', '/akkoord/tekenlinks', a.fac, { partyId: a.portaal.id });
    const signed = await a.call('POST', `/api/akkoord-tekenen/${made.body.token}`, null, {
      name: 'Petra Portaal',
      function: 'Directeur',
      organisation: 'Portaal',
      consentToBeNamed: true,
      textHash: v.textHash,
    });
    expect(signed.body.status).toBe('getekend');
    // A change of settings forgets the cached page; here the akkoord changed elsewhere: wait for a fresh one.
    await a.call('PUT', '/wijkpagina', a.fac, {
      published: true,
      slug: 'akkoord-wijk',
      intro: '',
      sections: ['akkoord'],
      documentSectionIds: [],
    });
    const html = await page();
    expect(html).toContain('id="akkoord"');
    expect(html).toContain('Samen de buurt schoon &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('Petra Portaal');
    expect(html).toContain('Iemand namens Gemeente Utrecht, wijkbureau');
    expect(html).not.toContain(HIDDEN_SIGNER);
    expect(html).not.toContain(made.body.token);
  });
});
