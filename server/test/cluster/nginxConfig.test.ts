import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../startTestServer';
import {
  LOCAL_NGINX,
  NGINX_BINARY,
  NGINX_TEMPLATE,
  renderNginxConfig,
  startNginx,
  upstreamServers,
} from './nginx';
import { freePort } from './tcpProxy';

/** One nginx template for the tests, deploy/nginx.conf and docker-compose.yml: they cannot drift apart. */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const template = fs.readFileSync(NGINX_TEMPLATE, 'utf8');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('[SYNC10] the nginx configuration', () => {
  it('deploy/nginx.conf is the template rendered for three local instances', () => {
    const body = read('deploy/nginx.conf').split('\n').slice(2).join('\n');
    expect(body).toBe(renderNginxConfig(template, LOCAL_NGINX));
  });

  it('docker-compose.yml renders the same template with exactly its placeholders', () => {
    const compose = read('docker-compose.yml');
    const placeholders = [...new Set([...template.matchAll(/\$\{([A-Z_]+)\}/g)].map((m) => m[1]))].sort();
    const substituted = /envsubst '([^']+)'/.exec(compose)?.[1] ?? '';
    expect([...substituted.matchAll(/\$\$\{([A-Z_]+)\}/g)].map((m) => m[1]).sort()).toEqual(placeholders);
    expect(compose).toContain('./deploy/nginx.conf.template:/etc/wijkatelier/nginx.conf.template');
    // The upstream lines, as the tests write them (compose folds its lines with single spaces).
    const folded = compose.replace(/\n\s+server /g, ' server ');
    expect(folded).toContain(upstreamServers(['app1:3000', 'app2:3000', 'app3:3000']));
  });

  it.skipIf(!NGINX_BINARY)('nginx accepts the rendered configuration (nginx -t, unprivileged)', async () => {
    const dir = await makeTempDir('wijkatelier-nginx-t-');
    try {
      const file = path.join(dir, 'nginx.conf');
      fs.writeFileSync(
        file,
        renderNginxConfig(template, { ...LOCAL_NGINX, runDir: dir, listen: `127.0.0.1:${await freePort()}` }),
      );
      const run = spawnSync(
        NGINX_BINARY as string,
        ['-t', '-p', dir, '-e', path.join(dir, 'error.log'), '-c', file],
        {
          encoding: 'utf8',
        },
      );
      expect(run.stderr).toContain('test is successful');
      expect(run.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!NGINX_BINARY)(
    'a forged X-Forwarded-For does not get through: the instances see nginx’s peer only',
    async () => {
      // Stands in for an instance: answers with the headers nginx sent it.
      const upstream = http.createServer((req, res) => {
        res.end(
          JSON.stringify({ xff: req.headers['x-forwarded-for'] ?? null, peer: req.socket.remoteAddress }),
        );
      });
      await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
      const address = upstream.address();
      const dir = await makeTempDir('wijkatelier-nginx-xff-');
      const nginx = await startNginx(dir, await freePort(), [
        `127.0.0.1:${(address as { port: number }).port}`,
      ]);
      try {
        const res = await fetch(`${nginx.url}/api/anything`, {
          headers: { 'x-forwarded-for': '203.0.113.7, 10.0.0.1' },
        });
        const seen = (await res.json()) as { xff: string; peer: string };
        // Replaced by the address nginx saw; the instance trusts it because it comes from nginx
        // (TRUST_PROXY = nginx's address), and a client's own header never reaches it.
        expect(seen.xff).toBe('127.0.0.1');
        expect(seen.peer).toMatch(/127\.0\.0\.1$/);
      } finally {
        await nginx.stop();
        await new Promise<void>((resolve) => upstream.close(() => resolve()));
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
