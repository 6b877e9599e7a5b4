/**
 * A process that takes one room lock and holds it until it is killed (the STORE-LOCK tests kill it
 * with SIGKILL to show that a dead holder frees the room). Usage:
 *   node --import tsx server/test/roomLockHolder.ts sqlite <dataDir> <room> <leaseMs>
 *   node --import tsx server/test/roomLockHolder.ts postgres <url> <room>
 */
import { openPostgresStorage } from '../storage/postgres/postgres';
import { openSqliteStorage } from '../storage/sqlite/sqlite';

const [backend, where, room, leaseMs] = process.argv.slice(2);
if (!backend || !where || !room) throw new Error('usage: roomLockHolder <backend> <where> <room> [leaseMs]');
const storage =
  backend === 'sqlite'
    ? openSqliteStorage({ dataDir: where, roomLeaseMs: Number(leaseMs ?? 10_000) })
    : await openPostgresStorage({ url: where });
await storage.lockRoom(room);
process.stdout.write('locked\n');
setInterval(() => {}, 60_000);
