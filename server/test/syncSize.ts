import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { StoredDoc } from '../storage/Storage';
import { openRawSocket } from './clients';

/**
 * What a newcomer downloads: the bytes of the sync step 2 a client with an empty document gets
 * (a raw socket sends sync step 1 with an empty state vector). Returns the message and its update.
 */
export async function newcomerSync(
  wsUrl: string,
  room: string,
  token?: string,
): Promise<{ bytes: number; doc: Y.Doc }> {
  const raw = await openRawSocket(`${wsUrl}/${room}${token ? `?token=${encodeURIComponent(token)}` : ''}`);
  try {
    const answer = new Promise<Uint8Array>((resolve) => {
      raw.ws.on('message', (data: Buffer) => {
        if (data[0] === 0 && data[1] === 1) resolve(new Uint8Array(data));
      });
    });
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
    raw.ws.send(encoding.toUint8Array(e));
    const message = await answer;
    const doc = new Y.Doc({ gc: false });
    // Sync type 0, sub-type 1, then the update with its varint length prefix.
    const decoder = decoding.createDecoder(message);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
    return { bytes: message.byteLength, doc };
  } finally {
    raw.ws.close();
    await raw.closed;
  }
}

/** Bytes a room takes in storage: its snapshot and its log. */
export function storedBytes(stored: StoredDoc): number {
  return (stored.snapshot?.byteLength ?? 0) + stored.logBytes;
}

/** The document as stored (snapshot + log), in a Y.Doc that keeps everything it is given. */
export function storedDoc(stored: StoredDoc): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return doc;
}
