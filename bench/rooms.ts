import { setupWerkgroep } from '../server/test/fixtures';
import { documentDetailSchema } from '../shared/api/routes';
import { DOCUMENT_LIMITS, documentSchema } from '../shared/schemas/document';
import { type BenchServer, type ServerKind, startOurs } from './servers';

/** A room a bench client may open, with the session token it needs (null: none needed). */
export interface BenchRoom {
  name: string;
  token: string | null;
}

/** Documents created through the API at the same time (the server commits each one). */
const CREATE_PARALLEL = 8;

async function createDocument(
  server: BenchServer,
  werkgroepId: string,
  token: string,
  title: string,
): Promise<string> {
  const res = await fetch(`${server.httpBase}/api/werkgroepen/${werkgroepId}/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`creating document "${title}" → ${res.status}: ${text}`);
  const { id } = documentSchema.parse(JSON.parse(text));
  // Text lives in section rooms; the document's own `doc:` room is its structure, written by the server only.
  const detail = await fetch(`${server.httpBase}/api/documents/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const section = documentDetailSchema.parse(await detail.json()).document.sections[0];
  if (!section) throw new Error(`document "${title}" has no section`);
  return section.room;
}

/**
 * Our server only lets a member of a werkgroep open that werkgroep's documents: each name becomes a
 * real document (its first section's room `section:<id>`; titled with the name, except each werkgroep's first), created through
 * the API in werkgroepen of at most DOCUMENT_LIMITS.perWerkgroep documents, each made by the admin
 * and joined by a facilitator whose session token the room's clients use (one person may hold many
 * connections).
 */
async function provisionRooms(server: BenchServer, names: readonly string[]): Promise<BenchRoom[]> {
  if (!server.adminToken) throw new Error('our server was started without ADMIN_TOKEN');
  for (const name of names) {
    if (!name.startsWith('doc:')) throw new Error(`name the bench's rooms doc:<title>: ${name}`);
  }
  const rooms: BenchRoom[] = [];
  for (let i = 0; i < names.length; i += DOCUMENT_LIMITS.perWerkgroep) {
    const group = names.slice(i, i + DOCUMENT_LIMITS.perWerkgroep);
    // setupWerkgroep creates the werkgroep's first document: that is the group's first room.
    const { werkgroep, facilitator, documentRoom } = await setupWerkgroep(server.httpBase, server.adminToken);
    const token = facilitator.token;
    const created: string[] = [documentRoom];
    const rest = group.slice(1);
    for (let j = 0; j < rest.length; j += CREATE_PARALLEL) {
      const batch = rest.slice(j, j + CREATE_PARALLEL);
      created.push(
        ...(await Promise.all(
          batch.map((name) => createDocument(server, werkgroep.id, token, name.slice('doc:'.length))),
        )),
      );
    }
    rooms.push(...created.map((name) => ({ name, token })));
  }
  return rooms;
}

/**
 * One room per entry of `names`, for a server that is then started on `dataDir`. The reference
 * opens any room name, so it gets `names` as they are. For ours (see provisionRooms) a server
 * process runs once on that directory to create them through the API and stops (SIGTERM); werkgroepen,
 * documents and sessions are stored there. The measured process therefore starts fresh and has served
 * no API request (creating 510 documents grows the heap by some 30 MB, which would hide the RSS of
 * the documents opened afterwards).
 */
export async function prepareRooms(
  kind: ServerKind,
  dataDir: string,
  names: readonly string[],
  root?: string,
  env: Record<string, string> = {},
): Promise<BenchRoom[]> {
  if (kind === 'ref') return names.map((name) => ({ name, token: null }));
  const server = await startOurs(dataDir, env, root);
  try {
    const rooms = await provisionRooms(server, names);
    if (rooms.length !== names.length) throw new Error(`made ${rooms.length} rooms, want ${names.length}`);
    return rooms;
  } finally {
    await server.stop();
  }
}
