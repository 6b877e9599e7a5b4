import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOCUMENT_FIELD } from '../../shared/editor/documentField';
import { publicationViewSchema } from '../../shared/wijkpagina/publication';
import { questionSchema } from '../../shared/wijkpagina/question';
import { connectClient, flushed } from '../test/clients';
import { type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

const HOSTILE = '<script>alert(1)</script>"onerror=alert(2) x=\'';
let s: TestServer;
let base: string;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
const call = (method: string, path: string, who: Person | null, body?: unknown) =>
  werkgroepCall(base, w.werkgroep.id, method, path, who, body);

const settings = (over: Record<string, unknown> = {}) => ({
  published: true,
  slug: 'overvecht',
  intro: `Intro ${HOSTILE}`,
  sections: ['ambities', 'indicatoren', 'akkoord', 'besluiten', 'vergaderingen', 'werkgroep', 'vragen'],
  documentSectionIds: [w.sectionId],
  ...over,
});
const publish = (over: Record<string, unknown> = {}) =>
  call('PUT', '/wijkpagina', w.facilitator, settings(over));
const page = async (path = '/wijk/overvecht', headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}${path}`, { headers });
  return { status: res.status, text: await res.text(), headers: res.headers };
};
/** A form token as the page made it, taken from its HTML. */
const tokenFrom = (html: string) => /name="token" value="([^"]+)"/.exec(html)?.[1] ?? '';
const postQuestion = (fields: Record<string, string>, ip?: string) =>
  fetch(`${base}/wijk/overvecht/vraag?lang=nl`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(ip ? { 'x-forwarded-for': ip } : {}),
    },
    body: new URLSearchParams(fields).toString(),
  });
/** A token made `ageMs` ago, signed as the server signs it (the form key is read from storage). */
async function agedToken(ageMs: number): Promise<string> {
  const { formToken } = await import('./wijkpagina/formToken');
  const record = await s.storage.getPublication(w.werkgroep.id);
  return formToken(record?.formKey ?? '', 'overvecht', Date.now() - ageMs);
}

beforeAll(async () => {
  s = await startTestServer();
  base = `http://127.0.0.1:${s.port}`;
  w = await setupWerkgroep(base, TEST_ADMIN_TOKEN, ['bewoner', 'bewoner', 'ambtenaar', 'partner']);
  const [named, anonymous] = w.people;
  if (!named || !anonymous) throw new Error('people');
  await call('PATCH', '/members/me', named, { displayName: 'Ans Genoemd', namedInExport: true });
  await call('PATCH', '/members/me', anonymous, { displayName: 'Bert Geheim', namedInExport: false });
  await call('PATCH', `/api/documents/${w.documentId}/sections/${w.sectionId}`, w.facilitator, {
    title: `Groen ${HOSTILE}`,
  });
  // The ambition's text, written as the editor writes it: hostile text, a safe and an unsafe link.
  const writer = connectClient(s.wsUrl, `section:${w.sectionId}`, new Y.Doc(), w.facilitator.token);
  await writer.synced;
  writer.doc.transact(() => {
    const fragment = writer.doc.getXmlFragment(DOCUMENT_FIELD);
    const para = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    text.insert(0, `Bomen in elke straat ${HOSTILE} `);
    text.insert(text.length, 'meer lezen', { link: { href: 'https://example.org/bomen' } });
    text.insert(text.length, ' en ');
    text.insert(text.length, 'niet dit', { link: { href: 'javascript:alert(3)' } });
    para.insert(0, [text]);
    fragment.insert(0, [para]);
  });
  await flushed(writer);
  writer.destroy();
  const indicator = await call('POST', '/monitoring/indicators', w.facilitator, {
    sectionId: w.sectionId,
    name: `Groen ${HOSTILE}`,
    definition: 'Deel van de bewoners dat tevreden is over het groen.',
    unit: 'percent',
    unitLabel: '',
    source: 'ggd_gezondheidsmonitor',
    sourceLabel: '',
    baseline: { value: 61, date: '2022-01-01' },
    target: { value: 70, date: '2030-01-01' },
    direction: 'higher_is_better',
  });
  for (const [date, value] of [
    ['2022-01-01', 61],
    ['2024-01-01', 64],
  ] as const)
    await call('POST', `/monitoring/indicators/${indicator.body.id}/measurements`, w.facilitator, {
      series: 'wijk',
      date,
      value,
      note: '',
    });
  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await call('POST', '/meetings', w.facilitator, {
    title: `Avond ${HOSTILE}`,
    date: day,
    startTime: '19:30',
    place: `Buurthuis ${HOSTILE}`,
  });
  const created = await call('POST', '/votes', w.facilitator, {
    question: `Speeltuin ${HOSTILE}?`,
    method: 'consent',
    rule: 'consent',
    secret: true,
  });
  const voteId = created.body.id as string;
  await call('PATCH', `/votes/${voteId}`, w.facilitator, { status: 'open' });
  await call('POST', `/votes/${voteId}/ballot`, named, {
    kind: 'consent',
    choice: 'bezwaar',
    reason: 'GEHEIM-BEZWAAR-7',
  });
  await call('PATCH', `/votes/${voteId}`, w.facilitator, { status: 'closed' });
});
afterAll(() => s.cleanup());

describe('wijkpagina: settings', () => {
  it('[WP1] off by default: the page answers 404 and only the facilitator may change it', async () => {
    const view = publicationViewSchema.parse((await call('GET', '/wijkpagina', w.facilitator)).body);
    expect(view.settings.published).toBe(false);
    expect(view.saved).toBe(false);
    expect((await page(view.path)).status).toBe(404);
    expect((await call('GET', '/wijkpagina', w.people[0] ?? null)).status).toBe(403);
    expect((await call('PUT', '/wijkpagina', w.people[0] ?? null, settings())).status).toBe(403);
    expect((await call('PUT', '/wijkpagina', w.facilitator, settings({ slug: 'Niet Goed' }))).status).toBe(
      400,
    );
    expect(
      (await call('PUT', '/wijkpagina', w.facilitator, settings({ documentSectionIds: ['elders1'] }))).status,
    ).toBe(400);
  });
});

describe('wijkpagina: the public page', () => {
  it('[WP2] shows only what was chosen, escapes every text, no names without consent, no ballots or codes', async () => {
    expect((await publish()).status).toBe(200);
    const { status, text, headers } = await page();
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('text/html');
    expect(text).toContain('<html lang="nl">');
    expect(text).not.toContain('<script');
    expect(text).not.toContain('"onerror=');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;onerror=alert(2)');
    expect(text).toContain('Ans Genoemd');
    expect(text).not.toContain('Bert Geheim');
    expect(text).not.toContain('Fatima');
    expect(text).toContain('2 bewoners');
    expect(text).not.toContain('GEHEIM-BEZWAAR-7');
    expect(text).not.toMatch(/joinCode|code=|\/join/);
    expect(text).not.toContain(w.sectionId);
    expect(text).toContain('rel="alternate" type="application/atom+xml"');
    // The ambition's stored text, through the export's reader and writer: escaped, only web links.
    expect(text).toContain('Bomen in elke straat &lt;script&gt;');
    expect(text).toContain('<a href="https://example.org/bomen">meer lezen</a>');
    expect(text).not.toContain('javascript:');
    // The monitoring's indicators: the trend in words and the figures as a table.
    expect(text).toContain('id="indicatoren"');
    expect(text).toContain('Bron: GGD Gezondheidsmonitor');
    expect(text).toMatch(/<caption>Cijfers van de wijk: Groen &lt;script&gt;/);
    expect(text).toMatch(/Van 61\s?% in 2022 naar 64\s?% in 2024/);
    // Its chart, drawn on the server: an SVG named by the trend sentence.
    expect(text).toMatch(/<svg class="chart" viewBox="0 0 340 210" role="img" aria-labelledby="trend-1"/);
    expect(text).toMatch(/<p id="trend-1"><strong>Van 61/);

    expect((await publish({ sections: ['besluiten'], documentSectionIds: [] })).status).toBe(200);
    const only = (await page()).text;
    expect(only).toContain('id="besluiten"');
    expect(only).not.toContain('Ans Genoemd');
    expect(only).not.toContain('Buurthuis');
    expect(only).not.toContain('Groen');
    expect(only).not.toContain('id="indicatoren"');
    expect(only).not.toContain('<form');

    expect((await publish({ published: false })).status).toBe(200);
    expect((await page()).status).toBe(404);
    expect((await page('/wijk/overvecht/nieuws.atom')).status).toBe(404);
  });

  it('[WP3] English by ?lang= or Accept-Language; gzip within 60 KB; an ETag answers 304', async () => {
    await publish();
    expect((await page('/wijk/overvecht?lang=en')).text).toContain('<html lang="en">');
    expect((await page('/wijk/overvecht', { 'accept-language': 'en-GB,en;q=0.9' })).text).toContain(
      'Our ambitions',
    );
    const first = await fetch(`${base}/wijk/overvecht`);
    const pageTag = first.headers.get('etag') ?? '';
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    expect((await fetch(`${base}/wijk/overvecht`, { headers: { 'if-none-match': pageTag } })).status).toBe(
      304,
    );
    const res = await fetch(`${base}/wijk/overvecht/nieuws.atom`, { headers: { 'accept-encoding': 'gzip' } });
    const etag = res.headers.get('etag') ?? '';
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(
      (await fetch(`${base}/wijk/overvecht/nieuws.atom`, { headers: { 'if-none-match': etag } })).status,
    ).toBe(304);
    // Count the bytes on the wire: undici would unzip, so ask with a raw request.
    const { request } = await import('node:http');
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      request(`${base}/wijk/overvecht`, { headers: { 'accept-encoding': 'gzip' } }, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => resolve(Buffer.concat(chunks)));
      })
        .on('error', reject)
        .end();
    });
    expect(bytes.length).toBeLessThan(60 * 1024);
    expect(gunzipSync(bytes).toString('utf8')).toContain('</html>');
  });

  it('[WP4] the feeds: Atom with decisions and meetings, iCalendar with time and place, texts escaped', async () => {
    await publish();
    const atom = (await page('/wijk/overvecht/nieuws.atom')).text;
    expect(atom).toContain('<feed');
    expect(atom).toContain('Besluit 1');
    expect(atom).not.toContain('<script>');
    expect(atom).toContain('&lt;script&gt;');
    expect(atom).not.toContain('GEHEIM-BEZWAAR-7');
    expect(atom).not.toContain('Bert Geheim');
    const ics = await page('/wijk/overvecht/bijeenkomsten.ics');
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(ics.text).toContain('BEGIN:VEVENT');
    expect(ics.text).toMatch(/DTSTART:\d{8}T\d{4}00Z/);
    expect(ics.text).toContain('Buurthuis');
    expect(ics.text).not.toMatch(/joinCode|code/i);
    const meetingIds = (await call('GET', '/meetings', w.facilitator)).body.map((m: { id: string }) => m.id);
    for (const id of meetingIds) {
      expect(ics.text).not.toContain(id);
      expect(atom).not.toContain(id);
    }
  });
});

describe('wijkpagina: asking the werkgroep', () => {
  it('[WP5] a question lands for the facilitator; honeypot, haste and oversize are refused; an answer can be published', async () => {
    await publish();
    const form = (await page()).text;
    expect(tokenFrom(form)).not.toBe('');
    // Sent at once after the form was shown: a robot.
    const hasty = await postQuestion(
      { question: 'Snel gestelde vraag?', token: tokenFrom(form) },
      '10.0.0.1',
    );
    expect(hasty.status).toBe(400);
    expect(await hasty.text()).toContain('Snel gestelde vraag?');
    const token = await agedToken(10_000);
    const trap = await postQuestion({ question: 'Koop nu!!!', website: 'spam.example', token });
    expect(trap.status).toBe(303);
    expect((await postQuestion({ question: 'x'.repeat(20_000), token })).status).toBe(413);
    expect((await postQuestion({ question: 'kort', token })).status).toBe(400);
    const sent = await postQuestion({
      question: `Wanneer komt het bankje? ${HOSTILE}`,
      name: 'Carla',
      contact: 'carla@example.org',
      token,
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe('/wijk/overvecht/bedankt?lang=nl');
    expect((await page('/wijk/overvecht/bedankt')).text).toContain('Bedankt voor je vraag');

    const questions = (await call('GET', '/wijkpagina/vragen', w.facilitator)).body.map((q: unknown) =>
      questionSchema.parse(q),
    );
    expect(questions.map((q: { text: string }) => q.text)).toEqual([`Wanneer komt het bankje? ${HOSTILE}`]);
    expect(questions[0].contact).toBe('carla@example.org');
    expect((await call('GET', '/wijkpagina/vragen', w.people[0] ?? null)).status).toBe(403);

    const answered = await call('PUT', `/wijkpagina/vragen/${questions[0].id}`, w.facilitator, {
      answer: 'In het voorjaar komt er een bankje.',
      published: true,
    });
    expect(answered.status).toBe(200);
    const after = (await page()).text;
    expect(after).toContain('In het voorjaar komt er een bankje.');
    expect(after).not.toContain('carla@example.org');
    expect(after).not.toContain('Carla');
    expect(after).not.toContain('<script>alert');
    expect((await page('/wijk/overvecht/nieuws.atom')).text).not.toContain('carla@example.org');
  });

  it('[WP6] a flood from one address is refused after the limit', async () => {
    const token = await agedToken(10_000);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await postQuestion({ question: `Vraag nummer ${i} van een flood`, token })).status);
    expect(statuses).toContain(429);
  });

  it('[WP7] the poster is a PDF in A4 and A3, for the facilitator only', async () => {
    const a4 = await fetch(`${base}/api/werkgroepen/${w.werkgroep.id}/wijkpagina/poster?size=A4`, {
      headers: { authorization: `Bearer ${w.facilitator.token}` },
    });
    expect(a4.status).toBe(200);
    expect(a4.headers.get('content-type')).toBe('application/pdf');
    const a4bytes = Buffer.from(await a4.arrayBuffer());
    expect(a4bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(a4bytes.toString('latin1')).toMatch(/MediaBox \[0 0 595\.28 841\.89\]/);
    const a3 = await fetch(`${base}/api/werkgroepen/${w.werkgroep.id}/wijkpagina/poster?size=A3`, {
      headers: { authorization: `Bearer ${w.facilitator.token}` },
    });
    expect(Buffer.from(await a3.arrayBuffer()).toString('latin1')).toMatch(
      /MediaBox \[0 0 841\.89 1190\.55\]/,
    );
    expect((await call('GET', '/wijkpagina/poster', w.people[0] ?? null)).status).toBe(403);
  });
});
