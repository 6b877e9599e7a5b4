import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../startTestServer';
import { LOCAL_NGINX, NGINX_BINARY, NGINX_TEMPLATE, renderNginxConfig, upstreamServers } from './nginx';
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
});
