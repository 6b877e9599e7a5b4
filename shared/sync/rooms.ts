/**
 * Every shared Y.Doc lives in exactly one websocket room. A room name is `<kind>:<id>`,
 * for example `doc:3f9a…` or `board:kx81…`. The websocket path is `/collab/<room>`.
 * `doc:` is a document's structure (its sections, written by the server); `section:` is the text of
 * one section; `werkgroep:` carries presence, votes and decisions; `board:` is a board's open content,
 * `boardlock:` its locked frames, `boarddraft:<board id><member id>` a member's hidden notes;
 * `netwerk:<werkgroep id>` a werkgroep's wijknetwerk (written by the server);
 * `akkoord:<werkgroep id>` the text of the wijkakkoord's introduction (read-only while frozen);
 * `akkoordstand:<werkgroep id>` the wijkakkoord's afspraken, signatures and progress (written by the server).
 * `netwerk:<werkgroep id>` a werkgroep's wijknetwerk, `monitoring:<werkgroep id>` its indicators and
 * measurements (both written by the server).
 * (No zod here on purpose: the client's first page load needs these checks and stays small;
 * API schemas build on ROOM_ID_PATTERN.)
 */
export const ROOM_KINDS = [
  'doc',
  'section',
  'board',
  'boardlock',
  'boarddraft',
  'werkgroep',
  'session',
  'netwerk',
  'akkoord',
  'akkoordstand',
  'monitoring',
] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

export const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export type Room = { kind: RoomKind; id: string; name: string };

export function isRoomId(id: string): boolean {
  return ROOM_ID_PATTERN.test(id);
}

function isRoomKind(kind: string): kind is RoomKind {
  return (ROOM_KINDS as readonly string[]).includes(kind);
}

/** Parses a room name; returns null when it is malformed. */
export function parseRoomName(name: string): Room | null {
  const colon = name.indexOf(':');
  if (colon < 0) return null;
  const kind = name.slice(0, colon);
  const id = name.slice(colon + 1);
  if (!isRoomKind(kind) || !isRoomId(id)) return null;
  return { kind, id, name };
}

/** Builds a room name; throws on an invalid id (a programming error, not user input). */
export function roomName(kind: RoomKind, id: string): string {
  if (!isRoomId(id)) throw new Error(`invalid room id: ${JSON.stringify(id)}`);
  return `${kind}:${id}`;
}

/** The path prefix of the websocket endpoint; the client's serverUrl ends with it. */
export const COLLAB_PATH = '/collab';

/** Ids are 16 characters (server/auth/tokens.ts newId); a draft room's id is the two joined. */
export const ID_LENGTH = 16;
export const boardDraftRoomId = (boardId: string, memberId: string) => `${boardId}${memberId}`;
export function parseBoardDraftRoomId(id: string): { boardId: string; memberId: string } | null {
  if (id.length !== 2 * ID_LENGTH) return null;
  return { boardId: id.slice(0, ID_LENGTH), memberId: id.slice(ID_LENGTH) };
}

/** The rooms of a board for one member: open content, locked frames, and their own hidden notes. */
export function boardRooms(boardId: string, memberId: string) {
  return {
    board: roomName('board', boardId),
    locked: roomName('boardlock', boardId),
    mine: roomName('boarddraft', boardDraftRoomId(boardId, memberId)),
  };
}
