import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDir } from '../../build/precompress';
import { makeTempDir, startTestServer, type TestServer } from '../test/startTestServer';
import { chooseEncoding } from './staticClient';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.cleanup();
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET (or HEAD) whose body is the bytes on the wire: node's fetch would decompress them. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function decode(raw: Raw): Buffer {
  const coding = raw.headers['content-encoding'];
  if (coding === 'br') return zlib.brotliDecompressSync(raw.body);
  if (coding === 'gzip') return zlib.gunzipSync(raw.body);
  expect(coding).toBeUndefined();
  return raw.body;
}

/** A built client as the build leaves it: files and their .br/.gz copies (build/precompress.ts). */
async function builtClient() {
  const dataDir = await makeTempDir();
  const clientDir = path.join(dataDir, 'client');
  await fs.mkdir(path.join(clientDir, 'assets'), { recursive: true });
  const js = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `woord ${i}`))};\n`;
  const css = `.wa-x { color: red; }\n`.repeat(200);
  const html = `<!doctype html><html lang="nl" class="voorbeeld-theme"><title>Wijkatelier</title>${'<!-- x -->'.repeat(100)}</html>`;
  await fs.writeFile(path.join(clientDir, 'index.html'), html);
  await fs.writeFile(path.join(clientDir, 'assets', 'app-abc.js'), js);
  await fs.writeFile(path.join(clientDir, 'assets', 'app-abc.css'), css);
  await fs.writeFile(path.join(clientDir, 'sw.js'), `// worker\n${'self;'.repeat(300)}`);
  await fs.writeFile(path.join(clientDir, 'assets', 'tiny.js'), 'console.log(1)');
  const written = await precompressDir(clientDir);
  expect(written.map((f) => path.relative(clientDir, f))).toEqual([
    'assets/app-abc.css.br',
    'assets/app-abc.css.gz',
    'assets/app-abc.js.br',
    'assets/app-abc.js.gz',
    'index.html.br',
    'index.html.gz',
    'sw.js.br',
    'sw.js.gz',
  ]);
  const s = await startTestServer({ dataDir, config: { clientDir } });
  servers.push(s);
  return { s, clientDir, html };
}

describe('precompressed client files', () => {
  it('picks brotli, then gzip, else identity, whatever the order in Accept-Encoding', () => {
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('')).toBe('identity');
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('deflate')).toBe('identity');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('identity')).toBe('identity');
    expect(chooseEncoding('BR;Q=1')).toBe('br');
    expect(chooseEncoding('br;q=nonsense, x-gzip')).toBe('gzip');
  });

  it('serves each file brotli, gzip or as it is by Accept-Encoding, with Vary, its type, length and caching', async () => {
    const { s, clientDir } = await builtClient();
    const cases = [
      ['/assets/app-abc.js', /^text\/javascript/, 'public, max-age=31536000, immutable'],
      ['/assets/app-abc.css', /^text\/css/, 'public, max-age=31536000, immutable'],
      ['/sw.js', /^text\/javascript/, 'no-cache'],
    ] as const;
    for (const [name, type, cache] of cases) {
      const original = await fs.readFile(path.join(clientDir, name));
      for (const [accept, coding] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip, deflate', 'gzip'],
        ['', undefined],
      ] as const) {
        const res = await get(`${s.url}${name}`, accept ? { 'accept-encoding': accept } : {});
        expect(res.status, `${name} ${accept}`).toBe(200);
        expect(res.headers['content-encoding'], `${name} ${accept}`).toBe(coding);
        expect(res.headers.vary).toMatch(/Accept-Encoding/i);
        expect(res.headers['content-type']).toMatch(type);
        expect(res.headers['cache-control']).toBe(cache);
        expect(Number(res.headers['content-length'])).toBe(res.body.byteLength);
        if (coding) expect(res.body.byteLength).toBeLessThan(original.byteLength);
        expect(decode(res).equals(original), `${name} ${accept}`).toBe(true);
        // Each representation has its own validator, so a cache never mixes them up.
        const again = await get(`${s.url}${name}`, {
          ...(accept ? { 'accept-encoding': accept } : {}),
          'if-none-match': String(res.headers.etag),
        });
        expect(again.status).toBe(304);
      }
    }
    const head = await get(`${s.url}/assets/app-abc.js`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.byteLength).toBe(0);
    // Too small to be worth it: sent as it is; missing files stay 404.
    const tiny = await get(`${s.url}/assets/tiny.js`, { 'accept-encoding': 'br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('console.log(1)');
    expect((await get(`${s.url}/assets/nope.js`, { 'accept-encoding': 'br' })).status).toBe(404);
    expect((await get(`${s.url}/assets/app-abc.js.br/..%2f..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('compresses the app shell of client routes and the theme tokens too, keeping the CSP', async () => {
    const { s, html } = await builtClient();
    for (const [accept, coding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['', undefined],
    ] as const) {
      const page = await get(`${s.url}/w/abc/documenten`, {
        accept: 'text/html',
        ...(accept ? { 'accept-encoding': accept } : {}),
      });
      expect(page.status).toBe(200);
      expect(page.headers['content-encoding']).toBe(coding);
      expect(page.headers.vary).toMatch(/Accept-Encoding/i);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-security-policy']).toContain("connect-src 'self';");
      expect(Number(page.headers['content-length'])).toBe(page.body.byteLength);
      expect(decode(page).toString()).toBe(html);

      const theme = await get(`${s.url}/theme.css`, accept ? { 'accept-encoding': accept } : {});
      expect(theme.headers['content-encoding']).toBe(coding);
      expect(theme.headers['content-type']).toMatch(/^text\/css/);
      expect(theme.headers['cache-control']).toBe('no-cache');
      expect(decode(theme).toString()).toBe(await fs.readFile(s.config.themeCss, 'utf8'));
    }
  });
});
