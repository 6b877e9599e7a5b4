import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTemplate } from '../../shared/monitoring/csvImport';
import {
  indicatorSchema,
  type MonitoringView,
  monitoringViewSchema,
} from '../../shared/monitoring/indicator';
import { partySchema } from '../../shared/network/party';
import { actieSchema } from '../../shared/uitvoering/actie';
import { voortgangSchema } from '../../shared/uitvoering/voortgang';
import { type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

/**
 * [EXP7] The werkgroep's archive holds the monitoring and the uitvoeringsplan in open formats, with the
 * real server, its export worker and SQLite: CSV for spreadsheets (formula-guarded) and Markdown.
 */
let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let fac: Person;
let partner: Person;
let files: Record<string, Uint8Array>;
let monitoring: MonitoringView;
// ignoreBOM: keep the BOM in the text, to see that the file has one.
const text = (name: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(files[name]);
/** A CSV file of the archive as rows of cells, read the way a spreadsheet would (`;`, quotes). */
const table = (name: string) => {
  const raw = text(name);
  expect(raw.startsWith('\uFEFF'), `${name} starts with a BOM`).toBe(true);
  const rows = Papa.parse<string[]>(raw.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
};

const INJECTION = '=HYPERLINK("http://evil.example";"klik")';
const NIET_BELOVEN = 'Geen bank bij elke flat; wel "op de pleinen".\nOnderhoud: de gemeente.';
const indicatorBody = (name: string, over: Record<string, unknown> = {}) => ({
  sectionId: w.sectionId,
  name,
  definition: 'Aandeel bewoners (18+) dat de eigen gezondheid goed of zeer goed noemt',
  unit: 'percent',
  unitLabel: '',
  source: 'ggd_gezondheidsmonitor',
  sourceLabel: '',
  baseline: { value: 61.5, date: '2022-01-01' },
  target: { value: 70, date: '2030-01-01' },
  direction: 'higher_is_better',
  ...over,
});
const call = (method: string, path: string, who: Person, body?: unknown) =>
  werkgroepCall(s.url, w.werkgroep.id, method, path, who, body);
async function ok(method: string, path: string, who: Person, body?: unknown) {
  const res = await call(method, path, who, body);
  expect(res.status, res.text).toBeLessThan(300);
  return res.body as unknown;
}

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['partner']);
  fac = w.facilitator;
  partner = w.people[0] as Person;
  await ok('PATCH', '/members/me', partner, { namedInExport: true });
  const health = indicatorSchema.parse(
    await ok('POST', '/monitoring/indicators', fac, indicatorBody('Ervaren gezondheid')),
  );
  const odd = indicatorSchema.parse(
    await ok(
      'POST',
      '/monitoring/indicators',
      fac,
      indicatorBody(INJECTION, { unit: 'other', unitLabel: 'bankjes', direction: 'lower_is_better' }),
    ),
  );
  const add = (id: string, m: Record<string, unknown>) =>
    ok('POST', `/monitoring/indicators/${id}/measurements`, fac, m);
  await add(health.id, { series: 'wijk', date: '2024-01-01', value: 63.25, note: 'GGD; tabel "3"' });
  await add(health.id, { series: 'gemeente', date: '2024-01-01', value: 66, note: '' });
  await add(odd.id, { series: 'wijk', date: '2023-06-30', value: -2.5, note: '@SUM(A1)' });
  monitoring = monitoringViewSchema.parse(await ok('GET', '/monitoring', fac));

  const party = partySchema.parse(
    await ok('POST', '/netwerk/parties', fac, {
      name: 'Portaal',
      kind: 'woningcorporatie',
      memberIds: [partner.member.id],
    }),
  );
  const buurthuis = partySchema.parse(
    await ok('POST', '/netwerk/parties', fac, { name: 'Buurthuis De Boog', kind: 'buurthuis' }),
  );
  const actie = actieSchema.parse(
    await ok('POST', '/uitvoering/acties', fac, {
      title: '+31 bankjes op het plein',
      theme: 'groen',
      sectionId: w.sectionId,
      leadPartyId: party.id,
      partnerPartyIds: [buurthuis.id],
      start: '2025-03-01',
      end: '2025-09-30',
      budget: 1234.5,
      status: 'vertraagd',
      statusReason: 'De levering is later.',
      nietBeloven: NIET_BELOVEN,
      published: true,
    }),
  );
  await ok('POST', '/uitvoering/acties', fac, { title: 'Moestuin' });
  const path = `/uitvoering/acties/${actie.id}/voortgang`;
  voortgangSchema.parse(await ok('POST', path, partner, { text: 'Besteld.' }));
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7' } })
    .png()
    .toBuffer();
  voortgangSchema.parse(
    await ok('POST', path, partner, {
      text: 'De eerste twee staan er.\n# geen kop',
      photo: { data: png.toString('base64'), alt: 'Twee bankjes bij de [speeltuin]' },
    }),
  );
  const res = await fetch(`${s.url}/api/werkgroepen/${w.werkgroep.id}/archive`, {
    headers: { authorization: `Bearer ${fac.token}` },
  });
  expect(res.status).toBe(200);
  files = unzipSync(new Uint8Array(await res.arrayBuffer()));
}, 120_000);
afterAll(async () => {
  await s.cleanup();
});

describe('[EXP7] the archive holds the monitoring and the uitvoeringsplan', () => {
  it('monitoring/indicatoren.csv: one row per indicator, with its ambition, words and Dutch numbers', () => {
    const rows = table('monitoring/indicatoren.csv');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      ambitie: expect.any(String),
      naam: 'Ervaren gezondheid',
      eenheid: 'Procent (%)',
      bron: 'GGD Gezondheidsmonitor',
      nulmeting: '61,5',
      nulmeting_datum: '2022-01-01',
      streefwaarde: '70',
      richting: 'Hoger is beter',
    });
    expect(rows[0]?.ambitie).not.toBe('');
    // A name a spreadsheet would run as a formula is kept as text.
    expect(rows[1]).toMatchObject({ naam: `'${INJECTION}`, eenheid: 'bankjes', richting: 'Lager is beter' });
  });

  it('monitoring/metingen.csv: one row per measurement, both series, guarded text, plain numbers', () => {
    expect(text('monitoring/metingen.csv').split('\r\n')[0]).toBe(
      '\uFEFFindicator_id;indicator;reeks;datum;waarde;bron',
    );
    const rows = table('monitoring/metingen.csv');
    expect(rows.map((r) => [r.reeks, r.datum, r.waarde, r.bron])).toEqual([
      ['wijk', '2024-01-01', '63,25', 'GGD; tabel "3"'],
      ['gemeente', '2024-01-01', '66', ''],
      ['wijk', '2023-06-30', '-2,5', "'@SUM(A1)"],
    ]);
    expect(rows[2]?.indicator).toBe(`'${INJECTION}`);
  });

  it('metingen.csv reads back through the real import parser, exactly as stored', () => {
    const parsed = parseTemplate(text('monitoring/metingen.csv'), monitoring.indicators);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const stored = monitoring.indicators.flatMap((i) =>
      i.measurements.map((m) => [i.id, m.series, m.date, m.value, m.note]),
    );
    expect(parsed.rows.map((r) => [r.indicatorId, r.series, r.date, r.value, r.note])).toEqual(stored);
  });

  it('a next werkgroep imports metingen.csv as it is into its own indicators of the same names', async () => {
    const next = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN);
    const nextCall = (method: string, path: string, body?: unknown) =>
      werkgroepCall(s.url, next.werkgroep.id, method, path, next.facilitator, body);
    for (const name of ['Ervaren gezondheid', INJECTION])
      expect(
        (
          await nextCall('POST', '/monitoring/indicators', {
            ...indicatorBody(name),
            sectionId: next.sectionId,
          })
        ).status,
      ).toBe(201);
    const imported = await nextCall('POST', '/monitoring/import', {
      layout: 'template',
      text: text('monitoring/metingen.csv'),
    });
    expect(imported.body).toEqual({ imported: 3, skipped: 0 });
    const view = monitoringViewSchema.parse((await nextCall('GET', '/monitoring')).body);
    const shape = (v: MonitoringView) =>
      v.indicators.map((i) => [i.name, i.measurements.map((m) => [m.series, m.date, m.value, m.note])]);
    expect(shape(view)).toEqual(shape(monitoring));
  });

  it('uitvoering/acties.csv: one row per actie with its words, parties and guarded title', () => {
    const rows = table('uitvoering/acties.csv');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      titel: "'+31 bankjes op het plein",
      thema: 'Groen',
      status: 'Vertraagd',
      reden: 'De levering is later.',
      start: '2025-03-01',
      eind: '2025-09-30',
      budget: '1234,5',
      trekker: 'Portaal',
      partners: 'Buurthuis De Boog',
      wat_we_niet_kunnen_beloven: NIET_BELOVEN,
      gepubliceerd: 'ja',
    });
    expect(rows[1]).toMatchObject({ titel: 'Moestuin', status: 'Gepland', budget: '', gepubliceerd: 'nee' });
  });

  it('uitvoering/voortgang.md: updates newest first, with author, text as typed and the photo', () => {
    const md = text('uitvoering/voortgang.md');
    const newest = md.indexOf('De eerste twee staan er.');
    expect(newest).toBeGreaterThan(0);
    expect(newest).toBeLessThan(md.indexOf('Besteld.'));
    expect(md).toContain('partner 1');
    expect(md).toContain('\\# geen kop');
    const photo = Object.keys(files).find((n) => n.startsWith('uitvoering/fotos/'));
    expect(photo).toMatch(/^uitvoering\/fotos\/[\w-]+\.(jpg|png|webp)$/);
    expect(md).toContain(`![Twee bankjes bij de \\[speeltuin\\]](${photo?.slice('uitvoering/'.length)})`);
    expect(md).toContain('## Moestuin\n\nStatus: Gepland\n\nNog geen voortgang.');
  });

  it('LEESMIJ.txt names both folders', () => {
    const readme = text('LEESMIJ.txt');
    expect(readme).toMatch(/^monitoring\/ {2,}de indicatoren/m);
    expect(readme).toMatch(/^uitvoering\/ {2,}de acties/m);
  });
});
