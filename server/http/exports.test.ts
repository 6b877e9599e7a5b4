import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { unzipSync } from 'fflate';
import { lexer, type Tokens } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOCUMENT_FIELD } from '../../shared/editor/documentField';
import { documentSchemaForServer } from '../domain/versions';
import { connectClient, flushed, type TestClient } from '../test/clients';
import { everyNodeType } from '../test/exportFixture';
import { type Person, setupWerkgroep } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

/** [EXP] Export over HTTP: the real server, its export worker, SQLite and a Yjs client writing the text. */
let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let facilitator: Person;
let resident: Person;
const clients: TestClient[] = [];

async function get(path: string, who: Person | null) {
  const res = await fetch(`${s.url}${path}`, {
    headers: who ? { authorization: `Bearer ${who.token}` } : {},
  });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}
const json = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
const exportUrl = (query: string) => `/api/documents/${w.documentId}/export?${query}`;
const mdHeadings = (bytes: Uint8Array) =>
  lexer(new TextDecoder().decode(bytes))
    .filter((t): t is Tokens.Heading => t.type === 'heading')
    .map((t) => t.text);

async function writeSection(json: ReturnType<typeof everyNodeType>) {
  const c = connectClient(s.wsUrl, w.documentRoom, new Y.Doc(), resident.token);
  clients.push(c);
  await c.synced;
  c.doc.transact(() =>
    prosemirrorJSONToYXmlFragment(documentSchemaForServer(), json, c.doc.getXmlFragment(DOCUMENT_FIELD)),
  );
  await flushed(c);
  return c;
}

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner', 'ambtenaar']);
  facilitator = w.facilitator;
  resident = w.people[0] as Person;
  await writeSection(everyNodeType());
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.cleanup();
});

describe('document export over HTTP', () => {
  it('[EXP1] gives the facilitator each format as a download with a meaningful name', async () => {
    const day = new Date().toISOString().slice(0, 10);
    const magic: Record<string, string> = {
      odt: 'PK',
      docx: 'PK',
      pdf: '%PDF',
      md: '# Ambitiedocument',
      html: '<!doctype html>',
    };
    for (const [format, start] of Object.entries(magic)) {
      const { res, bytes } = await get(exportUrl(`format=${format}`), facilitator);
      expect(res.status, format).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(
        `filename="ambitiedocument-overvecht-${day}.${format}"`,
      );
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(Number(res.headers.get('content-length'))).toBe(bytes.byteLength);
      expect(new TextDecoder().decode(bytes.slice(0, start.length))).toBe(start);
    }
  });

  it('[EXP2] exports the text as stored in the Yjs room, through the shared schema', async () => {
    const { bytes } = await get(exportUrl('format=md'), facilitator);
    const md = new TextDecoder().decode(bytes);
    expect(mdHeadings(bytes)).toEqual(
      expect.arrayContaining(['Ambitiedocument', 'Onze ambitie voor 2030', 'Bijlage']),
    );
    expect(md).toContain('| Gemeente Utrecht | Betaalt de verlichting (€ 12.500) | April |');
    expect(md).toContain('tweede regel met ë, ï, é en €.');
  });

  it('[EXP3] exports a saved version, not the text written after it', async () => {
    const saved = await fetch(`${s.url}/api/documents/${w.documentId}/versions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${facilitator.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Vastgesteld 27 november' }),
    });
    const version = (await saved.json()) as { id: string };
    await writeSection({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Later toegevoegd' }] }],
    });
    const now = new TextDecoder().decode((await get(exportUrl('format=md'), facilitator)).bytes);
    expect(now).toContain('Later toegevoegd');
    const then = new TextDecoder().decode(
      (await get(exportUrl(`format=md&version=${version.id}`), facilitator)).bytes,
    );
    expect(then).not.toContain('Later toegevoegd');
    expect(then).toContain('Vastgesteld 27 november');
    expect(then).toContain('Onze ambitie voor 2030');
  });

  it('[EXP4] refuses members without the right (403), strangers (401), bad options (400) and unknown versions (404)', async () => {
    const forbidden = await get(exportUrl('format=pdf'), resident);
    expect(forbidden.res.status).toBe(403);
    expect(json(forbidden.bytes).code).toBe('forbidden');
    expect((await get(exportUrl('format=pdf'), null)).res.status).toBe(401);
    const bad = await get(exportUrl('format=exe'), facilitator);
    expect(bad.res.status).toBe(400);
    expect(json(bad.bytes)).toMatchObject({ code: 'validation_failed', issues: [{ path: 'format' }] });
    const extra = await get(exportUrl('format=md&evil=1'), facilitator);
    expect(extra.res.status).toBe(400);
    expect((await get(exportUrl('format=md&comments=misschien'), facilitator)).res.status).toBe(400);
    expect((await get(exportUrl('format=md&version=bestaatniet0000'), facilitator)).res.status).toBe(404);
    // The server is still fine after all of that.
    expect((await get(exportUrl('format=md'), facilitator)).res.status).toBe(200);
  });

  it('[EXP5] writes English words when asked', async () => {
    const { bytes } = await get(exportUrl('format=md&lang=en'), facilitator);
    expect(mdHeadings(bytes)).toContain('Appendix');
  });
});

describe('werkgroep archive', () => {
  it('[EXP6] holds every document in every format, and names only members who agreed', async () => {
    await fetch(`${s.url}/api/werkgroepen/${w.werkgroep.id}/members/me`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${resident.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ namedInExport: true }),
    });
    expect((await get(`/api/werkgroepen/${w.werkgroep.id}/archive`, resident)).res.status).toBe(403);
    const { res, bytes } = await get(`/api/werkgroepen/${w.werkgroep.id}/archive`, facilitator);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(
      /filename="archief-werkgroep-overvecht-\d{4}-\d{2}-\d{2}\.zip"/,
    );
    const files = unzipSync(bytes);
    const names = Object.keys(files);
    for (const ext of ['odt', 'docx', 'pdf', 'md', 'html'])
      expect(
        names.some((n) => n.startsWith('documenten/ambitiedocument/') && n.endsWith(`.${ext}`)),
        ext,
      ).toBe(true);
    for (const f of [
      'LEESMIJ.txt',
      'werkgroep.json',
      'leden.json',
      'stemmingen.json',
      'besluiten.json',
      'besluitenlijst.md',
      'vergaderingen.json',
    ])
      expect(names).toContain(f);
    const members = JSON.parse(new TextDecoder().decode(files['leden.json'])) as {
      name: string | null;
      role: string;
    }[];
    expect(members.find((m) => m.role === 'bewoner')?.name).toBe('bewoner 1');
    expect(members.find((m) => m.role === 'ambtenaar')?.name).toBeNull();
    const werkgroep = JSON.parse(new TextDecoder().decode(files['werkgroep.json'])) as {
      composition: Record<string, number>;
    };
    expect(werkgroep.composition).toMatchObject({ bewoners: 1, ambtenaren: 1, facilitators: 1 });
  });
});
