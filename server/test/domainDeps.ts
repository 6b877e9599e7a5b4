import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import type { Role } from '../../shared/schemas/member';
import { newId } from '../auth/tokens';
import type { DomainDeps, Rooms } from '../domain/deps';
import { createInvite } from '../domain/invites';
import { joinWithInvite } from '../domain/joining';
import { openSqliteStorage } from '../storage/sqlite/sqlite';

/**
 * Rooms as plain Y.Docs in memory: what the domain writes and reads, without a sync server. Records
 * which rooms had their sockets closed (and which identities that closing would hit).
 */
export function memoryRooms(): Rooms & { docs: Map<string, Y.Doc>; closed: string[] } {
  const docs = new Map<string, Y.Doc>();
  const doc = (name: string) => {
    const known = docs.get(name);
    if (known) return known;
    const made = new Y.Doc();
    docs.set(name, made);
    return made;
  };
  const closed: string[] = [];
  return {
    docs,
    closed,
    write: async (name, change) => change(doc(name)),
    read: async (name, read) => read(doc(name)),
    closeRoom: (name) => {
      closed.push(name);
      return 0;
    },
  };
}

/** A real SQLite storage in a temp folder and memory rooms; `cleanup` removes the folder. */
export async function domainDeps() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wijkatelier-domain-'));
  const storage = openSqliteStorage({ dataDir: dir });
  const rooms = memoryRooms();
  const deps: DomainDeps = { storage, rooms };
  const cleanup = async () => {
    await storage.close();
    await fs.rm(dir, { recursive: true, force: true });
  };
  return { deps, storage, rooms, cleanup };
}

/** A werkgroep, and a way to add members to it by invite (each a person of their own). */
export async function werkgroepWith(deps: DomainDeps) {
  const werkgroep = {
    id: newId(),
    name: 'Samen voor Overvecht',
    wijk: 'Overvecht',
    gemeente: 'Utrecht',
    createdAt: 1,
  };
  await deps.storage.createWerkgroep(werkgroep);
  const addMember = async (role: Role, displayName: string) => {
    const invite = await createInvite(
      deps.storage,
      werkgroep.id,
      { role, expiresInDays: 7, maxUses: 1 },
      'http://x',
    );
    const joined = await joinWithInvite(deps.storage, {
      codeHash: invite.row.codeHash,
      actor: null,
      member: { displayName, organisation: null, namedInExport: false },
    });
    return { member: joined.member, actor: { personId: joined.member.personId }, token: joined.token };
  };
  return { werkgroep, addMember };
}
