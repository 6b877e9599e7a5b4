import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { SQLITE_FILE_NAME } from '../storage/sqlite/sqlite';

/** Whether something answers on host:port (Redis for the [SYNC10] tests). */
export function reachable(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** A Redis of the test's own (no persistence), so it can be killed and restarted. */
export async function startOwnRedis(port: number): Promise<{ stop(): Promise<void> }> {
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 100 && !(await reachable(port)); i++) await new Promise((r) => setTimeout(r, 50));
  return {
    async stop() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** What storage holds of a room right now, as a state vector (read from the shared SQLite file). */
export function storedStateVector(dataDir: string, room: string): Map<number, number> {
  const db = new Database(path.join(dataDir, SQLITE_FILE_NAME), { readonly: true, fileMustExist: true });
  try {
    const parts: Uint8Array[] = [];
    const snap = db
      .prepare<[string], { data: Buffer }>('SELECT data FROM doc_snapshots WHERE doc = ?')
      .get(room);
    if (snap) parts.push(new Uint8Array(snap.data));
    const rows = db
      .prepare<[string], { data: Buffer }>('SELECT data FROM doc_updates WHERE doc = ?')
      .all(room);
    for (const row of rows) parts.push(new Uint8Array(row.data));
    return Y.decodeStateVector(Y.encodeStateVectorFromUpdate(Y.mergeUpdates(parts)));
  } finally {
    db.close();
  }
}

/**
 * A reader speaking the protocol by hand, so every relayed update is seen as it arrives: `relayed`
 * counts update messages, `duplicates` the items that arrived in more than one of them, and
 * `unstored` the updates that reached it before storage held them ([SYNC1]).
 */
export function countingReader(ws: WebSocket, checkStored: (() => Map<number, number>) | null) {
  const doc = new Y.Doc();
  const seen = new Set<string>();
  const state = { doc, relayed: 0, duplicates: 0, unstored: 0 };
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== 0) return;
    const kind = decoding.readVarUint(decoder);
    if (kind === 0) return;
    const update = decoding.readVarUint8Array(decoder);
    if (kind === 2) {
      state.relayed++;
      const stored = checkStored?.();
      for (const struct of Y.decodeUpdate(update).structs) {
        if (!(struct instanceof Y.Item)) continue;
        const { client, clock } = struct.id;
        if (stored && (stored.get(client) ?? 0) < clock + struct.length) state.unstored++;
        for (let i = 0; i < struct.length; i++) {
          const key = `${client}:${clock + i}`;
          if (seen.has(key)) state.duplicates++;
          seen.add(key);
        }
      }
    }
    Y.applyUpdate(doc, update);
  });
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  syncProtocol.writeSyncStep1(e, doc);
  ws.send(encoding.toUint8Array(e));
  return state;
}
