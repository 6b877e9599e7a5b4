import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { reachable } from '../relayCluster';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** The one nginx template: tests, deploy/nginx.conf and docker-compose.yml all render it. */
export const NGINX_TEMPLATE = path.join(ROOT, 'deploy/nginx.conf.template');
export const NGINX_BINARY = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p)) ?? null;

export interface NginxValues {
  /** What follows `listen` (a port, or host:port). */
  listen: string;
  /** Folder for pid, error log and temp files (writable by the user nginx runs as). */
  runDir: string;
  /** The instances, host:port each. */
  upstreams: readonly string[];
}

/** The template with its placeholders filled in, as envsubst does in docker-compose.yml. */
export function renderNginxConfig(template: string, values: NginxValues): string {
  const servers = upstreamServers(values.upstreams);
  const byName: Record<string, string> = {
    LISTEN: values.listen,
    RUN_DIR: values.runDir,
    UPSTREAM_SERVERS: servers,
  };
  // Only these names (as envsubst is given them): nginx's own $variables are left alone.
  const filled = template.replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => {
    const value = byName[name];
    if (value === undefined) throw new Error(`nginx template: no value for ${name}`);
    return value;
  });
  return filled;
}

/**
 * The `server` lines of the upstream block (docker-compose.yml writes the same in UPSTREAM_SERVERS).
 * No failure count (`max_fails=0`): a request that finds an instance dead (connection refused) goes
 * on to the next one at once. With `max_fails=1 fail_timeout=2s`, nginx 1.22 answered 502 "no live
 * upstreams" for about 2 s after a kill -9 although two instances were up (seen in these tests).
 */
export function upstreamServers(upstreams: readonly string[]): string {
  return upstreams.map((u) => `server ${u} max_fails=0;`).join(' ');
}

/** deploy/nginx.conf: the template for three local `npm run serve` instances (README). */
export const LOCAL_NGINX: NginxValues = {
  listen: '8080',
  runDir: '/tmp/wijkatelier-nginx',
  upstreams: ['127.0.0.1:3001', '127.0.0.1:3002', '127.0.0.1:3003'],
};

export interface RunningNginx {
  port: number;
  url: string;
  wsUrl: string;
  stop(): Promise<void>;
}

/** nginx in the foreground as the current user, its config and files in `runDir`, on `port`. */
export async function startNginx(
  runDir: string,
  port: number,
  upstreams: readonly string[],
): Promise<RunningNginx> {
  if (!NGINX_BINARY) throw new Error('nginx is not installed (apt-get install -y nginx)');
  const config = renderNginxConfig(fs.readFileSync(NGINX_TEMPLATE, 'utf8'), {
    listen: `127.0.0.1:${port}`,
    runDir,
    upstreams,
  });
  const file = path.join(runDir, 'nginx.conf');
  fs.writeFileSync(file, config);
  // -e: nginx opens its error log before reading the config; the default one is root's.
  const child: ChildProcess = spawn(
    NGINX_BINARY,
    ['-p', runDir, '-e', path.join(runDir, 'error.log'), '-c', file],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  for (let i = 0; i < 200 && !(await reachable(port)); i++) {
    if (gone) throw new Error(`nginx did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!(await reachable(port))) throw new Error(`nginx does not listen on ${port}: ${stderr}`);
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    async stop() {
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
