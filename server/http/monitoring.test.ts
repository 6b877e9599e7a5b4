import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiErrorSchema } from '../../shared/api/errors';
import { TEMPLATE_CSV } from '../../shared/monitoring/importRequest';
import { indicatorSchema, MONITORING_LIMITS, monitoringViewSchema } from '../../shared/monitoring/indicator';
import { readMonitoringRoom } from '../../shared/sync/monitoringDoc';
import { roomName } from '../../shared/sync/rooms';
import { connectClient, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let fac: Person;
let bewoner: Person;
let ambtenaar: Person;
let partner: Person;
let observer: Person;
const clients: TestClient[] = [];

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner', 'ambtenaar', 'partner', 'observer']);
  fac = w.facilitator;
  [bewoner, ambtenaar, partner, observer] = w.people as [Person, Person, Person, Person];
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.cleanup();
});

const call = (method: string, path: string, who: Person, body?: unknown) =>
  werkgroepCall(s.url, w.werkgroep.id, method, path, who, body);
const indicatorBody = (over: Record<string, unknown> = {}) => ({
  sectionId: w.sectionId,
  name: 'Ervaren gezondheid goed of zeer goed',
  definition: '',
  unit: 'percent',
  unitLabel: '',
  source: 'ggd_gezondheidsmonitor',
  sourceLabel: '',
  baseline: { value: 61, date: '2022-01-01' },
  target: { value: 70, date: '2030-01-01' },
  direction: 'higher_is_better',
  ...over,
});
const view = async (who: Person) => monitoringViewSchema.parse((await call('GET', '/monitoring', who)).body);
const importCsv = (who: Person, text: string) =>
  call('POST', '/monitoring/import', who, { layout: 'template', text });

describe('monitoring API', () => {
  it('the facilitator defines indicators; officials and partners add figures; everyone reads; live in the room', async () => {
    const live = connectClient(s.wsUrl, roomName('monitoring', w.werkgroep.id), new Y.Doc(), observer.token);
    clients.push(live);
    await live.synced;
    for (const who of [bewoner, ambtenaar, partner, observer])
      expect((await call('POST', '/monitoring/indicators', who, indicatorBody())).status).toBe(403);
    const created = await call('POST', '/monitoring/indicators', fac, indicatorBody());
    expect(created.status, created.text).toBe(201);
    const indicator = indicatorSchema.parse(created.body);
    const one = { series: 'wijk', date: '2024-01-01', value: 63.5, note: 'GGD' };
    const path = `/monitoring/indicators/${indicator.id}/measurements`;
    expect((await call('POST', path, bewoner, one)).status).toBe(403);
    expect((await call('POST', path, observer, one)).status).toBe(403);
    expect((await call('POST', path, ambtenaar, one)).status).toBe(201);
    expect((await importCsv(partner, TEMPLATE_CSV)).body).toEqual({ imported: 2, skipped: 0 });
    const read = await view(bewoner);
    expect(read.indicators[0]?.measurements.map((m) => [m.series, m.value])).toEqual([
      ['wijk', 61.5],
      ['gemeente', 66],
      ['wijk', 63.5],
    ]);
    await waitFor(
      () => readMonitoringRoom(live.doc).indicators[0]?.measurements.length === 3,
      10_000,
      'the room',
    );
    expect(readMonitoringRoom(live.doc)).toEqual(read);
    expect((await call('DELETE', `/monitoring/indicators/${indicator.id}`, ambtenaar)).status).toBe(403);
  });

  it('removes a measurement (measurers only); an unknown one is 404', async () => {
    const [first] = (await view(fac)).indicators;
    const m = first?.measurements[0];
    if (!m) throw new Error('the first test stored measurements');
    const path = `/monitoring/measurements/${m.id}`;
    expect((await call('DELETE', path, bewoner)).status).toBe(403);
    expect((await call('DELETE', path, partner)).status).toBe(204);
    expect((await call('DELETE', path, partner)).status).toBe(404);
    expect((await view(fac)).indicators[0]?.measurements.map((x) => x.id)).not.toContain(m.id);
    const mapping = { indicatorId: 'onbekend12345678', valueColumn: 'x', regionCode: null, year: 2024 };
    const statline = await call('POST', '/monitoring/import', fac, {
      layout: 'statline',
      text: 'a\n1',
      mapping,
    });
    expect(statline.status).toBe(404);
  });

  it('refuses a section of another werkgroep, and an unknown unit, naming the field', async () => {
    const bad = await call(
      'POST',
      '/monitoring/indicators',
      fac,
      indicatorBody({ sectionId: 'nietbestaand1234' }),
    );
    expect(bad.status).toBe(400);
    expect(apiErrorSchema.parse(bad.body).issues).toEqual([
      { path: 'sectionId', message: 'not a section of this werkgroep' },
    ]);
    const unit = await call('POST', '/monitoring/indicators', fac, indicatorBody({ unit: 'other' }));
    expect(apiErrorSchema.parse(unit.body).issues?.[0]?.path).toBe('unitLabel');
  });

  it('imports all or nothing: a file with one bad row stores nothing and names its line and column', async () => {
    const before = await view(fac);
    const text = [
      'indicator;datum;waarde;bron',
      'Ervaren gezondheid goed of zeer goed;2025;64;GGD',
      'Ervaren gezondheid goed of zeer goed;2026;zesenzestig;GGD',
    ].join('\n');
    const res = await importCsv(fac, text);
    expect(res.status).toBe(400);
    const body = apiErrorSchema.parse(res.body);
    expect(body.code).toBe('csv_invalid');
    expect(body.issues).toEqual([{ path: '3:waarde', message: 'not_a_number' }]);
    expect(await view(fac)).toEqual(before);
  });

  it('refuses an oversize file (413) and a bewoner or observer import (403); stores nothing', async () => {
    const before = await view(fac);
    const row = 'Ervaren gezondheid goed of zeer goed;2025;64;GGD\n';
    const big = `indicator;datum;waarde;bron\n${row.repeat(Math.ceil(MONITORING_LIMITS.csvBytes / row.length) + 1)}`;
    const res = await importCsv(fac, big);
    expect(res.status).toBe(413);
    expect(apiErrorSchema.parse(res.body)).toMatchObject({ code: 'csv_too_large', params: { max: 512 } });
    expect((await importCsv(bewoner, TEMPLATE_CSV)).status).toBe(403);
    expect((await importCsv(observer, TEMPLATE_CSV)).status).toBe(403);
    expect(await view(fac)).toEqual(before);
  });

  it('imports the CBS/GGD StatLine layout for one indicator, the gemeente as its average', async () => {
    const indicator = indicatorSchema.parse(
      (
        await call(
          'POST',
          '/monitoring/indicators',
          fac,
          indicatorBody({ name: 'Eenzaam', direction: 'lower_is_better' }),
        )
      ).body,
    );
    const text = [
      'ID;WijkenEnBuurten;SoortRegio_2;Perioden;Eenzaam_27',
      '1;GM0344    ;Gemeente;2022JJ00;   49',
      '2;WK034406  ;Wijk    ;2022JJ00;   56',
      '3;WK034407  ;Wijk    ;2022JJ00;   41',
    ].join('\r\n');
    const mapping = {
      indicatorId: indicator.id,
      valueColumn: 'Eenzaam_27',
      regionCode: 'WK034406',
      year: null,
    };
    const res = await call('POST', '/monitoring/import', fac, { layout: 'statline', text, mapping });
    expect(res.body).toEqual({ imported: 2, skipped: 1 });
    const stored = (await view(fac)).indicators.find((i) => i.id === indicator.id);
    expect(stored?.measurements.map((m) => [m.series, m.value])).toEqual([
      ['gemeente', 49],
      ['wijk', 56],
    ]);
    expect((await call('DELETE', `/monitoring/indicators/${indicator.id}`, fac)).status).toBe(204);
  });

  it('the facilitator changes an indicator: only the given fields, its measurements stay, live in the room', async () => {
    const before = (await view(fac)).indicators[0];
    if (!before) throw new Error('the first test stored an indicator');
    const path = `/monitoring/indicators/${before.id}`;
    const live = connectClient(s.wsUrl, roomName('monitoring', w.werkgroep.id), new Y.Doc(), bewoner.token);
    clients.push(live);
    await live.synced;
    const change = { name: 'Gezond volgens bewoners', target: { value: 75, date: '2031-01-01' } };
    for (const who of [bewoner, ambtenaar, partner, observer])
      expect((await call('PATCH', path, who, change)).status).toBe(403);
    const res = await call('PATCH', path, fac, change);
    expect(res.status, res.text).toBe(200);
    expect(indicatorSchema.parse(res.body)).toEqual(indicatorSchema.parse({ ...before, ...change }));
    const after = (await view(fac)).indicators[0];
    expect(after).toEqual({ ...before, ...change });
    await waitFor(() => readMonitoringRoom(live.doc).indicators[0]?.name === change.name, 10_000, 'the room');
  });

  it('an indicator of another werkgroep is 404; a bad change is 400 naming the field', async () => {
    const other = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, []);
    const elsewhere = await werkgroepCall(
      s.url,
      other.werkgroep.id,
      'POST',
      '/monitoring/indicators',
      other.facilitator,
      indicatorBody({ sectionId: other.sectionId }),
    );
    const foreign = indicatorSchema.parse(elsewhere.body);
    const miss = await call('PATCH', `/monitoring/indicators/${foreign.id}`, fac, { name: 'Van mij' });
    expect(miss.status).toBe(404);
    expect(apiErrorSchema.parse(miss.body).code).toBe('not_found');
    const mine = (await view(fac)).indicators[0];
    if (!mine) throw new Error('the first test stored an indicator');
    const path = `/monitoring/indicators/${mine.id}`;
    const target = await call('PATCH', path, fac, { target: { value: 'veel', date: '2030-01-01' } });
    expect(target.status).toBe(400);
    expect(apiErrorSchema.parse(target.body)).toMatchObject({ code: 'validation_failed' });
    expect(apiErrorSchema.parse(target.body).issues?.[0]?.path).toBe('target.value');
    const unit = await call('PATCH', path, fac, { unit: 'other' });
    expect(apiErrorSchema.parse(unit.body).issues?.[0]?.path).toBe('unitLabel');
    expect((await call('PATCH', path, fac, { colour: 'rood' })).status).toBe(400);
    expect((await call('PATCH', path, fac, {})).status).toBe(400);
    expect((await view(fac)).indicators[0]).toEqual(mine);
  });
});
