import { z } from 'zod';

/**
 * Every shared Y.Doc lives in exactly one websocket room. A room name is `<kind>:<id>`,
 * for example `doc:3f9a…` or `board:kx81…`. The websocket path is `/collab/<room>`.
 */
export const ROOM_KINDS = ['doc', 'board', 'werkgroep', 'session'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

export const ROOM_ID_MAX_LENGTH = 64;
export const ROOM_NAME_MAX_LENGTH = 80;
const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const roomIdSchema = z
  .string()
  .regex(ROOM_ID_PATTERN, 'id: 1–64 characters, letters, digits, "-" or "_"')
  .max(ROOM_ID_MAX_LENGTH);

export const roomNameSchema = z
  .string()
  .max(ROOM_NAME_MAX_LENGTH)
  .transform((name, ctx) => {
    const colon = name.indexOf(':');
    const kind = name.slice(0, colon);
    const id = name.slice(colon + 1);
    if (colon < 0 || !(ROOM_KINDS as readonly string[]).includes(kind) || !ROOM_ID_PATTERN.test(id)) {
      ctx.addIssue({ code: 'custom', message: `room must look like <${ROOM_KINDS.join('|')}>:<id>` });
      return z.NEVER;
    }
    return { kind: kind as RoomKind, id, name };
  });

export type Room = { kind: RoomKind; id: string; name: string };

/** Parses a room name; returns null when it is malformed. */
export function parseRoomName(name: string): Room | null {
  const result = roomNameSchema.safeParse(name);
  return result.success ? result.data : null;
}

export function roomName(kind: RoomKind, id: string): string {
  return `${kind}:${roomIdSchema.parse(id)}`;
}

/** The path prefix of the websocket endpoint; the client's serverUrl ends with it. */
export const COLLAB_PATH = '/collab';
