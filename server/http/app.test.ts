import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiErrorSchema, healthSchema } from '../../shared/api/errors';
import { makeTempDir, startTestServer, type TestServer } from '../test/startTestServer';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.cleanup();
});
async function server(options?: Parameters<typeof startTestServer>[0]) {
  const s = await startTestServer(options);
  servers.push(s);
  return s;
}

describe('http', () => {
  it('GET /healthz answers 200 ok while storage writes and 503 when it does not', async () => {
    const s = await server({ healthProbeEveryMs: 0 });
    const ok = await fetch(`${s.url}/healthz`);
    expect(ok.status).toBe(200);
    const body = healthSchema.parse(await ok.json());
    expect(body).toMatchObject({ status: 'ok', checks: { storage: { status: 'ok', write: 'ok' } } });
    await expect
      .poll(
        async () =>
          healthSchema.parse(await (await fetch(`${s.url}/healthz`)).json()).checks.storage.integrity,
      )
      .toBe('ok');
    await s.storage.close();
    const down = await fetch(`${s.url}/healthz`);
    expect(down.status).toBe(503);
    expect(healthSchema.parse(await down.json())).toMatchObject({
      status: 'unavailable',
      checks: { storage: { status: 'unavailable', write: 'failing' } },
    });
  });

  it('answers unknown API routes with a JSON error that has a stable code', async () => {
    const s = await server();
    const res = await fetch(`${s.url}/api/bestaat-niet`);
    expect(res.status).toBe(404);
    const body = apiErrorSchema.parse(await res.json());
    expect(body.code).toBe('not_found');
    expect(body.message).toMatch(/bestaat/);
    expect(body.messageEn).toMatch(/not exist/);
  });

  it('answers a malformed JSON body with 400 bad_request, and an oversize one with 413', async () => {
    const s = await server();
    const bad = await fetch(`${s.url}/api/anything`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(bad.status).toBe(400);
    expect(apiErrorSchema.parse(await bad.json()).code).toBe('bad_request');
    const big = await fetch(`${s.url}/api/anything`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x'.repeat(300_000) }),
    });
    expect(big.status).toBe(413);
    expect(apiErrorSchema.parse(await big.json()).code).toBe('payload_too_large');
  });

  it('serves the built client, with its routes falling back to index.html', async () => {
    const dataDir = await makeTempDir();
    const clientDir = path.join(dataDir, 'client');
    await fs.mkdir(path.join(clientDir, 'assets'), { recursive: true });
    await fs.writeFile(path.join(clientDir, 'index.html'), '<!doctype html><title>Wijkatelier</title>');
    await fs.writeFile(path.join(clientDir, 'assets', 'app.js'), 'console.log(1)');
    const s = await server({ dataDir, config: { clientDir } });
    const page = await fetch(`${s.url}/d/abc`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Wijkatelier</title>');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    // Websockets only to this server (the e2e tests check the app's sockets connect under it).
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toMatch(/wss?:/);
    const asset = await fetch(`${s.url}/assets/app.js`);
    expect(asset.status).toBe(200);
    const missing = await fetch(`${s.url}/assets/nope.js`, { headers: { accept: 'application/javascript' } });
    expect(missing.status).toBe(404);
  });

  it('serves the voorbeeld theme by default, and a drop-in token set with its class when configured', async () => {
    const s = await server();
    const theme = await fetch(`${s.url}/theme.css`);
    expect(theme.status).toBe(200);
    expect(theme.headers.get('content-type')).toMatch(/text\/css/);
    expect(await theme.text()).toContain('.voorbeeld-theme');

    const dataDir = await makeTempDir();
    const clientDir = path.join(dataDir, 'client');
    await fs.mkdir(clientDir, { recursive: true });
    await fs.writeFile(
      path.join(clientDir, 'index.html'),
      '<html lang="nl" class="voorbeeld-theme"><title>W</title></html>',
    );
    const css = path.join(dataDir, 'gemeente.css');
    await fs.writeFile(css, '.gemeente-theme { --basis-color-accent-1-color-default: #123456; }');
    const custom = await server({
      dataDir,
      config: { clientDir, themeCss: css, themeClass: 'gemeente-theme' },
    });
    expect(await (await fetch(`${custom.url}/theme.css`)).text()).toContain('#123456');
    const page = await (await fetch(`${custom.url}/`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('class="gemeente-theme"');
  });

  it('refuses websocket upgrades outside /collab', async () => {
    const s = await server();
    const { default: WebSocket } = await import('ws');
    const ws = new WebSocket(`ws://127.0.0.1:${s.port}/elsewhere`);
    const result = await new Promise<string>((resolve) => {
      ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
      ws.on('error', () => resolve('error'));
    });
    expect(result).toBe('404');
  });
});
