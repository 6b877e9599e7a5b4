import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actie, actieSchema } from '../../shared/uitvoering/actie';
import { type AkkoordSetup, setupAkkoord } from '../test/akkoordFixture';
import { startTestServer, type TestServer } from '../test/startTestServer';

const HOSTILE = '<script>alert(1)</script>"onerror=alert(2) x=\'';
const HIDDEN = 'GEHEIME-ACTIE-9';
let s: TestServer;
let a: AkkoordSetup;
let published: Actie;
/** Words that do not repeat as a block (repeated text would flatter the gzip size), the same each run. */
const WORDS =
  'bomen tuinen bankjes plein school fietspad licht ouderen jongeren buurthuis speeltuin afval markt route water hulp'.split(
    ' ',
  );
let seed = 7;
const words = (n: number) =>
  Array.from({ length: n }, () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return `${WORDS[seed % WORDS.length]}${seed % 5 === 0 ? ` ${seed.toString(36).slice(0, 4)}` : ''}`;
  }).join(' ');
const get = async (path: string) => (await fetch(`${s.url}${path}`)).text();

const actie = async (body: Record<string, unknown>) => {
  const res = await a.call('POST', '/uitvoering/acties', a.fac, body);
  if (res.status !== 201) throw new Error(res.text);
  return actieSchema.parse(res.body);
};
const update = async (actieId: string, text: string) => {
  const res = await a.call('POST', `/uitvoering/acties/${actieId}/voortgang`, a.fac, { text, photo: null });
  if (res.status !== 201) throw new Error(res.text);
};
/** The page's bytes as they go over the wire, gzipped (undici would unzip them). */
const gzipBytes = (path: string) =>
  new Promise<number>((resolve, reject) => {
    request(`${s.url}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (r) => {
      let n = 0;
      r.on('data', (c: Buffer) => {
        n += c.length;
      });
      r.on('end', () => resolve(n));
    })
      .on('error', reject)
      .end();
  });

beforeAll(async () => {
  s = await startTestServer();
  a = await setupAkkoord(s.url);
  published = await actie({
    title: `Bankjes ${HOSTILE}`,
    description: 'Nieuwe bankjes bij de speeltuin, zodat ouders en ouderen er kunnen zitten.',
    theme: 'leefbaar',
    leadPartyId: a.portaal.id,
    start: '2027-03-01',
    end: '2027-06-30',
    status: 'vertraagd',
    statusReason: 'De levering van de bankjes is later dan gedacht.',
    nietBeloven: 'We kunnen niet beloven dat er in elke straat een bankje komt.',
    published: true,
  });
  await update(published.id, `De eerste twee bankjes staan er ${HOSTILE}`);
  const hidden = await actie({
    title: `Plan ${HIDDEN}`,
    nietBeloven: `Niets ${HIDDEN}`,
    status: 'gepland',
    published: false,
  });
  await update(hidden.id, `Nieuws ${HIDDEN}`);
  await a.call('PUT', '/wijkpagina', a.fac, {
    published: true,
    slug: 'acties-wijk',
    intro: '',
    sections: ['acties'],
    documentSectionIds: [],
  });
});
afterAll(() => s.cleanup());

describe('wijkpagina: the acties of the uitvoeringsplan', () => {
  it('[WP8] a published actie shows its status, why it is delayed and what we cannot promise; an unpublished one nowhere', async () => {
    const html = await get('/wijk/acties-wijk');
    expect(html).toContain('id="acties"');
    expect(html).toContain('Status: Vertraagd.');
    expect(html).toContain('De levering van de bankjes is later dan gedacht.');
    expect(html).toContain('Wat we niet kunnen beloven');
    expect(html).toContain('We kunnen niet beloven dat er in elke straat een bankje komt.');
    expect(html).toContain('Wie doet het: Portaal');
    expect(html).toContain('De eerste twee bankjes staan er');
    expect(html).not.toContain(published.id);
    expect(html).not.toContain(HIDDEN);
    expect(html).not.toContain('<img');
    expect(await get('/wijk/acties-wijk?lang=en')).toContain('What we cannot promise');
  });

  it('[WP2] an actie title and update with <script> or "onerror= are escaped', async () => {
    const html = await get('/wijk/acties-wijk');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('"onerror=');
    expect(html).toContain('Bankjes &lt;script&gt;alert(1)&lt;/script&gt;&quot;onerror=alert(2)');
  });

  it('[WP4] the Atom feed has the published actie update, escaped, and nothing of the unpublished one', async () => {
    const atom = await get('/wijk/acties-wijk/nieuws.atom');
    expect(atom).toContain('De eerste twee bankjes staan er');
    expect(atom).toContain('Nieuws over Bankjes');
    expect(atom).not.toContain('<script>');
    expect(atom).not.toContain(HIDDEN);
  });

  it('[WP3] with 200 published acties, each with an update, the page stays under 60 KB gzip', async () => {
    const now = Date.now();
    for (let i = 0; i < 200; i++) {
      const id = `bench-actie-${i}`;
      await s.storage.putActie(a.w.werkgroep.id, {
        ...published,
        id,
        title: `Actie ${i + 1}: ${words(6)}`,
        description: words(60),
        status: i % 5 === 0 ? 'gestopt' : 'bezig',
        statusReason: i % 5 === 0 ? words(20) : '',
        nietBeloven: words(30),
        createdAt: now + i,
        updatedAt: now + i,
      });
      await s.storage.addVoortgang(
        a.w.werkgroep.id,
        {
          id: `bench-update-${i}`,
          actieId: id,
          text: words(35),
          photo: null,
          createdBy: a.fac.member.id,
          createdAt: now + i,
        },
        null,
      );
    }
    // A changed actie shows within the page cache's 5 s; the facilitator saving the settings forgets it at once.
    await a.call('PUT', '/wijkpagina', a.fac, {
      published: true,
      slug: 'acties-wijk',
      intro: '',
      sections: ['acties'],
      documentSectionIds: [],
    });
    const html = await get('/wijk/acties-wijk');
    expect(html.match(/<li id="actie-/g)?.length).toBe(201);
    expect(await gzipBytes('/wijk/acties-wijk')).toBeLessThan(60 * 1024);
  });
});
