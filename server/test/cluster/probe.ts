import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { openRawSocket } from '../clients';

/**
 * Connects, sends one new edit and then asks (sync step 1) what is stored, as the client's save
 * state does ([SYNC14]). Answers whether a server state vector ever covered the edit (the moment a
 * client would say "saved") and how the socket closed (null: still open after `waitMs`).
 */
export async function probeWrite(
  url: string,
  waitMs = 3_000,
): Promise<{ coveredAt: number | null; closeCode: number | null }> {
  let raw: Awaited<ReturnType<typeof openRawSocket>>;
  try {
    raw = await openRawSocket(url);
  } catch {
    return { coveredAt: null, closeCode: null };
  }
  const doc = new Y.Doc();
  let coveredAt: number | null = null;
  raw.ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 0) return;
    const vector = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    if ((vector.get(doc.clientID) ?? 0) > 0) coveredAt = Date.now();
  });
  const send = (write: (e: encoding.Encoder) => void) => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    write(e);
    if (raw.ws.readyState === raw.ws.OPEN) raw.ws.send(encoding.toUint8Array(e));
  };
  doc.on('update', (update: Uint8Array) => send((e) => syncProtocol.writeUpdate(e, update)));
  doc.getText('t').insert(0, '?');
  send((e) => syncProtocol.writeSyncStep1(e, doc));
  const closed = await Promise.race([
    raw.closed,
    new Promise<null>((r) => setTimeout(() => r(null), waitMs)),
  ]);
  if (!closed) raw.ws.close();
  return { coveredAt, closeCode: closed?.code ?? null };
}
