import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

export interface ChildServer {
  child: ChildProcess;
  port: number;
  wsUrl: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Every log line the server printed (parsed JSON). */
  logs: Record<string, unknown>[];
  /** Everything it wrote, line by line: stdout (log lines and plain text) and stderr. */
  output: string[];
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Starts `server/main.ts` as its own process (as `npm start` runs it) and waits until it listens. */
export async function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const output: string[] = [];
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
    output.push(...d.toString().split('\n'));
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      output.push(line);
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (typeof entry.port === 'number' && entry.url) resolve(entry.port);
      } catch {
        // not a log line
      }
    });
    void exited.then(({ code }) => reject(new Error(`server exited early (${code}): ${stderr}`)));
  });
  return { child, port, wsUrl: `ws://127.0.0.1:${port}/collab`, exited, logs, output };
}
