import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteStorage } from '../server/storage/sqlite/sqlite';
import { connectSqlite } from '../server/storage/sqlite/sqliteConnection';
import { percentile } from './stats';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const n = Number(process.argv[2] ?? 200);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prof-'));
const storage = openSqliteStorage({ dataDir: dir });
const upd = new Uint8Array(40).fill(7);
const viaWorker: number[] = [];
await storage.appendUpdates([{ doc: 'x', update: upd }]);
for (let i = 0; i < n; i++) {
  await sleep(20);
  const t = performance.now();
  await new Promise<void>((r) => setImmediate(r));
  await storage.appendUpdates([{ doc: 'x', update: upd }]);
  viaWorker.push(performance.now() - t);
}
await storage.close();
const db = connectSqlite(
  path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.db') || f.endsWith('.sqlite')) ?? 'x'),
  'FULL',
);
const ins = db.prepare('INSERT INTO doc_updates (doc, data, created_at) VALUES (?, ?, ?)');
const tx = db.transaction(() => ins.run('x', Buffer.from(upd), Date.now())).immediate;
const direct: number[] = [];
for (let i = 0; i < n; i++) {
  await sleep(20);
  const t = performance.now();
  await new Promise<void>((r) => setImmediate(r));
  tx();
  direct.push(performance.now() - t);
}
const f = (a: number[]) =>
  `p50 ${percentile(a, 50).toFixed(3)} p90 ${percentile(a, 90).toFixed(3)} p99 ${percentile(a, 99).toFixed(3)}`;
console.log('worker ', f(viaWorker));
console.log('direct ', f(direct));
fs.rmSync(dir, { recursive: true, force: true });
