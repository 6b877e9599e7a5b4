import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Actie, actieSchema } from '../../shared/uitvoering/actie';
import { type Voortgang, voortgangSchema } from '../../shared/uitvoering/voortgang';
import { type AkkoordSetup, setupAkkoord } from '../test/akkoordFixture';
import type { Person } from '../test/fixtures';
import { startTestServer, type TestServer } from '../test/startTestServer';

const HIDDEN = 'GEHEIME-ACTIE-9';
const SLUG = 'feed-wijk';
let s: TestServer;
let a: AkkoordSetup;
let bankjes: Actie;
/** The three updates of `bankjes`, oldest first. */
const posted: Voortgang[] = [];

const get = async (path: string) => (await fetch(`${s.url}${path}`)).text();
const feed = () => get(`/wijk/${SLUG}/nieuws.atom`);
/** The feed's entries, in the order the feed has them. */
const entries = (atom: string) => [...atom.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1] ?? '');

const actie = async (body: Record<string, unknown>) => {
  const res = await a.call('POST', '/uitvoering/acties', a.fac, body);
  if (res.status !== 201) throw new Error(res.text);
  return actieSchema.parse(res.body);
};
const update = async (actieId: string, text: string, photo: { data: string; alt: string } | null = null) => {
  const res = await a.call('POST', `/uitvoering/acties/${actieId}/voortgang`, a.fac, { text, photo });
  if (res.status !== 201) throw new Error(res.text);
  return voortgangSchema.parse(res.body);
};
/** Saving the settings forgets the shared copies of the page and feed at once (else they live 5 s). */
const publish = () =>
  a.call('PUT', '/wijkpagina', a.fac, {
    published: true,
    slug: SLUG,
    intro: '',
    sections: ['acties'],
    documentSectionIds: [],
  });

/** Longer than the 200 characters the page shows of an update: the feed has it whole. */
const long = (n: number) =>
  `Update ${n}: ${'de bankjes bij de speeltuin zijn besteld en komen in het voorjaar, '.repeat(5)}einde ${n}.`;

beforeAll(async () => {
  s = await startTestServer();
  a = await setupAkkoord(s.url);
  bankjes = await actie({
    title: 'Bankjes bij de speeltuin',
    status: 'bezig',
    nietBeloven: 'We kunnen niet beloven dat er in elke straat een bankje komt.',
    published: true,
  });
  const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3a3' } })
    .jpeg()
    .toBuffer();
  posted.push(await update(bankjes.id, long(1)));
  posted.push(await update(bankjes.id, long(2), { data: jpeg.toString('base64'), alt: 'Foto-alt-bankje' }));
  posted.push(await update(bankjes.id, long(3)));
  const hidden = await actie({ title: `Plan ${HIDDEN}`, nietBeloven: 'Niets', status: 'gepland' });
  await update(hidden.id, `Nieuws ${HIDDEN}`);
  await publish();
});
afterAll(() => s.cleanup());

describe('wijkpagina feed: every update of the published acties', () => {
  it('[WP4] an actie with three updates gives three entries, newest first, each whole, with its title, date and link', async () => {
    const atom = await feed();
    const found = entries(atom);
    expect(found).toHaveLength(3);
    const page = await get(`/wijk/${SLUG}`);
    const anchor = page.match(/<li id="(actie-[0-9a-f]+)"><h3>Bankjes bij de speeltuin/)?.[1];
    expect(anchor).toBeDefined();
    for (const [i, entry] of found.entries()) {
      const u = posted[posted.length - 1 - i] as Voortgang;
      expect(entry).toContain(u.text);
      expect(entry).toContain('Nieuws over Bankjes bij de speeltuin');
      expect(entry).toContain(`<updated>${new Date(u.createdAt).toISOString()}</updated>`);
      expect(entry).toContain(`/wijk/${SLUG}?lang=nl#${anchor}`);
    }
    expect(found.map((e) => e.match(/einde (\d)\./)?.[1])).toEqual(['3', '2', '1']);
    // Each entry its own stable id: the next read gives the same ids.
    const ids = found.map((e) => e.match(/<id>([^<]+)<\/id>/)?.[1]);
    expect(new Set(ids).size).toBe(3);
    await publish();
    expect(entries(await feed()).map((e) => e.match(/<id>([^<]+)<\/id>/)?.[1])).toEqual(ids);
    // The page itself keeps only the newest update, cut short.
    expect(page).toContain('Update 3:');
    expect(page).not.toContain('Update 2:');
    expect(page).not.toContain('einde 3.');
  });

  it("[WP4] an unpublished actie's updates never appear; unpublishing one takes its updates out", async () => {
    expect(await feed()).not.toContain(HIDDEN);
    const res = await a.call('PATCH', `/uitvoering/acties/${bankjes.id}`, a.fac, { published: false });
    expect(res.status, res.text).toBe(200);
    await publish();
    const atom = await feed();
    expect(entries(atom)).toHaveLength(0);
    expect(atom).not.toContain('Update 1:');
    await a.call('PATCH', `/uitvoering/acties/${bankjes.id}`, a.fac, { published: true });
    await publish();
    expect(entries(await feed())).toHaveLength(3);
  });

  it('[WP2] the feed names no member and shows no photo', async () => {
    const atom = await feed();
    const people: Person[] = [a.fac, a.bewoner, a.ambtenaar, a.partner, a.observer];
    for (const p of people) {
      expect(atom).not.toContain(p.member.displayName);
      expect(atom).not.toContain(p.member.id);
    }
    expect(atom).not.toContain('Fatima');
    const photoId = posted[1]?.photo?.id;
    expect(photoId).toBeDefined();
    expect(atom).not.toContain(String(photoId));
    expect(atom).not.toContain('fotos');
    expect(atom).not.toContain('Foto-alt-bankje');
    expect(atom).not.toMatch(/<img|enclosure|<author>/);
  });

  it('[WP4] the feed holds the newest 50 updates; only the feed reads them, once per 5 s', async () => {
    const start = Date.now();
    for (let i = 0; i < 60; i++)
      await s.storage.addVoortgang(
        a.w.werkgroep.id,
        {
          id: `many-${i}`,
          actieId: bankjes.id,
          text: `Veel nieuws ${i}.`,
          photo: null,
          createdBy: a.fac.member.id,
          createdAt: start + 1000 + i,
        },
        null,
      );
    await publish();
    const read = vi.spyOn(s.storage, 'listPublishedVoortgang');
    try {
      await get(`/wijk/${SLUG}`);
      expect(read).not.toHaveBeenCalled();
      const found = entries(await feed());
      expect(found).toHaveLength(50);
      expect(found[0]).toContain('Veel nieuws 59.');
      expect(found[49]).toContain('Veel nieuws 10.');
      // A second reader within the page cache's 5 s gets the same rendered feed.
      await feed();
      expect(read).toHaveBeenCalledTimes(1);
    } finally {
      read.mockRestore();
    }
  });
});
