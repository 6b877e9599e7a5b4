import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

const INDICATORS = 40;
const MEASUREMENTS = 10;
let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;

/** The page as it goes over the wire, gzipped (undici would unzip it, so a raw request). */
const gzipped = (path: string) =>
  new Promise<Buffer>((resolve, reject) => {
    request(`${s.url}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (r) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => resolve(Buffer.concat(chunks)));
    })
      .on('error', reject)
      .end();
  });

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN);
  const call = (method: string, path: string, body?: unknown) =>
    werkgroepCall(s.url, w.werkgroep.id, method, path, w.facilitator, body);
  // A full monitoring: 40 indicators with a nulmeting, a doel and ten measurements with decimals each.
  for (let i = 0; i < INDICATORS; i++) {
    const made = await call('POST', '/monitoring/indicators', {
      sectionId: w.sectionId,
      name: `Indicator ${i + 1}: tevredenheid over de buurt en het groen`,
      definition:
        'Het deel van de bewoners van 18 jaar en ouder dat tevreden is over de buurt, volgens de enquête van de gemeente.',
      unit: i % 2 === 0 ? 'percent' : 'other',
      unitLabel: i % 2 === 0 ? '' : 'woningen',
      source: 'ggd_gezondheidsmonitor',
      sourceLabel: '',
      baseline: { value: 50 + i / 7, date: '2016-01-01' },
      target: { value: 75.5, date: '2030-01-01' },
      direction: i % 3 === 0 ? 'lower_is_better' : 'higher_is_better',
    });
    expect(made.status).toBe(201);
    await Promise.all(
      Array.from({ length: MEASUREMENTS }, (_, k) =>
        call('POST', `/monitoring/indicators/${made.body.id}/measurements`, {
          series: 'wijk',
          date: `${2016 + k}-01-01`,
          value: Math.round((50 + i / 7 + k * 1.37 + (k % 3) * 0.91) * 100) / 100,
          note: '',
        }),
      ),
    );
  }
  await call('PUT', '/wijkpagina', {
    published: true,
    slug: 'vol',
    intro: 'Alles wat we meten.',
    sections: ['indicatoren'],
    documentSectionIds: [],
  });
});
afterAll(() => s.cleanup());

describe('wijkpagina: the indicators drawn', () => {
  it('[WP3] 40 indicators with 10 measurements each: a chart each, no scripts, under 60 KB gzipped', async () => {
    const bytes = await gzipped('/wijk/vol');
    const html = gunzipSync(bytes).toString('utf8');
    expect(html).not.toContain('<script');
    expect(html.match(/<svg class="chart" /g)).toHaveLength(INDICATORS);
    expect(html).toContain(`aria-labelledby="trend-${INDICATORS}"`);
    expect(html).toContain(`<p id="trend-${INDICATORS}">`);
    expect(bytes.length).toBeLessThan(60 * 1024);
  });
});
