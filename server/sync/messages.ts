import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CloseCode, type CloseCodeValue } from '../../shared/sync/closeCodes';
import { MessageType, SYNC_LIMITS } from '../../shared/sync/protocol';

/** A message we refuse; the connection that sent it is closed with `code`. */
export class ProtocolError extends Error {
  constructor(
    readonly code: CloseCodeValue,
    message: string,
  ) {
    super(message);
  }
}

export type AwarenessEntry = { clientID: number; clock: number; state: Record<string, unknown> | null };

export type ClientMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'sync-step-2' | 'update'; update: Uint8Array }
  | { type: 'awareness'; entries: AwarenessEntry[] }
  | { type: 'query-awareness' };

const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * Decodes and validates one message from a client, fully, before anything of it is applied:
 * a truncated varint, trailing bytes, an unknown type, an update Yjs cannot parse or an awareness
 * state that is not a small JSON object all throw a ProtocolError.
 */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const message = readMessage(decoder);
    if (decoding.hasContent(decoder)) throw new ProtocolError(CloseCode.MalformedMessage, 'trailing bytes');
    return message;
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(CloseCode.MalformedMessage, 'message could not be decoded');
  }
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.Sync: {
      const sub = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (sub === SYNC_STEP_1) {
        validate(() => Y.decodeStateVector(payload), 'invalid state vector');
        return { type: 'sync-step-1', stateVector: payload };
      }
      if (sub === SYNC_STEP_2 || sub === SYNC_UPDATE) {
        // [SYNC8] Refused before it is parsed, let alone applied or stored.
        if (payload.byteLength > SYNC_LIMITS.maxUpdateBytes) {
          throw new ProtocolError(CloseCode.TooLarge, 'update larger than allowed');
        }
        validate(() => Y.decodeUpdate(payload), 'invalid Yjs update');
        return { type: sub === SYNC_STEP_2 ? 'sync-step-2' : 'update', update: payload };
      }
      throw new ProtocolError(CloseCode.MalformedMessage, `unknown sync message type ${sub}`);
    }
    case MessageType.Awareness:
      return { type: 'awareness', entries: readAwareness(decoding.readVarUint8Array(decoder)) };
    case MessageType.QueryAwareness:
      return { type: 'query-awareness' };
    default:
      throw new ProtocolError(CloseCode.MalformedMessage, `unknown message type ${type}`);
  }
}

function validate(check: () => unknown, message: string): void {
  try {
    check();
  } catch {
    throw new ProtocolError(CloseCode.InvalidUpdate, message);
  }
}

function readAwareness(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientID = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (json.length > SYNC_LIMITS.maxAwarenessStateChars) {
      throw new ProtocolError(CloseCode.InvalidUpdate, 'awareness state too large');
    }
    let state: unknown;
    try {
      state = JSON.parse(json);
    } catch {
      throw new ProtocolError(CloseCode.InvalidUpdate, 'awareness state is not JSON');
    }
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      throw new ProtocolError(CloseCode.InvalidUpdate, 'awareness state must be an object or null');
    }
    entries.push({ clientID, clock, state: state as Record<string, unknown> | null });
  }
  if (decoding.hasContent(decoder))
    throw new ProtocolError(CloseCode.MalformedMessage, 'trailing awareness bytes');
  return entries;
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, SYNC_STEP_1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, SYNC_STEP_2);
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, stateVector));
  return encoding.toUint8Array(encoder);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Encodes awareness entries as an awareness update (y-protocols' encodeAwarenessUpdate format). */
export function encodeAwarenessPayload(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientID);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarString(encoder, JSON.stringify(e.state));
  }
  return encoding.toUint8Array(encoder);
}

export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}
