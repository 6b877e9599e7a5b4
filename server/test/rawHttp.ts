import crypto from 'node:crypto';
import net from 'node:net';

/**
 * HTTP and websocket handshakes written byte by byte on a plain TCP socket, so tests can send what
 * `fetch` and `ws` refuse to: malformed escapes, raw bytes in headers, broken frames.
 */
export interface RawExchange {
  /** The status of the first response line, or null when the server closed without answering. */
  status: number | null;
  /** The response head (status line and headers), latin1. */
  head: string;
  /** Bytes after the head: a body, or websocket frames after a 101. */
  rest: Buffer;
}

/** Liveness guard: a server that neither answers nor closes within this long fails the test. */
const STALL_MS = 10_000;

function parseStatus(head: string): number | null {
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(head);
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * Opens a socket, writes `request`, and — when the server answers 101 — calls `afterUpgrade` with
 * the socket once the server has spoken first on it (or closed), then half-closes and collects
 * everything until the server closes.
 */
export function rawExchange(
  port: number,
  request: Buffer,
  afterUpgrade?: (socket: net.Socket) => void,
): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    let received = Buffer.alloc(0);
    let headEnd = -1;
    let upgraded = false;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      socket.end();
    };
    const stall = setTimeout(() => {
      socket.destroy();
      reject(
        new Error(`the server neither answered nor closed: ${JSON.stringify(request.toString('latin1'))}`),
      );
    }, STALL_MS);
    socket.on('error', () => {
      // A reset by the server is an answer too (it refused the connection).
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (headEnd < 0) {
        headEnd = received.indexOf('\r\n\r\n');
        if (headEnd < 0) return;
        const status = parseStatus(received.subarray(0, headEnd).toString('latin1'));
        if (status !== 101 || !afterUpgrade) return end();
        upgraded = true;
        if (received.length === headEnd + 4) return;
      }
      // The server spoke on the upgraded socket (sync step 1, or a close frame): now it is our turn.
      if (upgraded && !ended) {
        upgraded = false;
        afterUpgrade?.(socket);
        end();
      }
    });
    socket.on('close', () => {
      clearTimeout(stall);
      const head =
        headEnd < 0 ? received.toString('latin1') : received.subarray(0, headEnd).toString('latin1');
      resolve({
        status: parseStatus(head),
        head,
        rest: headEnd < 0 ? Buffer.alloc(0) : received.subarray(headEnd + 4),
      });
    });
    socket.write(request);
    if (!afterUpgrade) end();
  });
}

/** A client-to-server websocket frame (masked, as RFC 6455 requires of clients). */
export function clientFrame(opcode: number, payload: Uint8Array, fin = true): Buffer {
  const mask = crypto.randomBytes(4);
  const len = payload.length;
  const header = len < 126 ? Buffer.from([0, 0x80 | len]) : len < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  header[0] = (fin ? 0x80 : 0) | (opcode & 0x0f);
  if (len >= 126 && len < 65536) {
    header[1] = 0x80 | 126;
    header.writeUInt16BE(len, 2);
  } else if (len >= 65536) {
    header[1] = 0x80 | 127;
    header.writeBigUInt64BE(BigInt(len), 2);
  }
  const body = Buffer.from(payload);
  for (let i = 0; i < body.length; i++) body[i] = (body[i] as number) ^ (mask[i % 4] as number);
  return Buffer.concat([header, mask, body]);
}

/** An HTTP/1.1 request head from a target and header lines (each written as given, raw bytes and all). */
export function rawRequest(
  method: string,
  target: string,
  headers: readonly [string, string][],
  body = '',
): Buffer {
  const lines = [`${method} ${target} HTTP/1.1`, ...headers.map(([k, v]) => `${k}: ${v}`)];
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}`, 'latin1');
}

/** The headers of a valid websocket handshake. */
export function upgradeHeaders(port: number): [string, string][] {
  return [
    ['Host', `127.0.0.1:${port}`],
    ['Upgrade', 'websocket'],
    ['Connection', 'Upgrade'],
    ['Sec-WebSocket-Key', crypto.randomBytes(16).toString('base64')],
    ['Sec-WebSocket-Version', '13'],
  ];
}
