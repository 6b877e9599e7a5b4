import net from 'node:net';

/** Frontend messages that end a round trip: a simple Query, or Sync after an extended-protocol batch. */
const ROUND_TRIP_ENDS = new Set(['Q'.charCodeAt(0), 'S'.charCodeAt(0)]);
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

export interface PgCounter {
  /** Listen here instead of PostgreSQL's own port. */
  port: number;
  /** Round trips (Query + Sync messages) the servers sent so far. */
  roundTrips(): number;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of PostgreSQL that counts round trips by reading the frontend protocol: the
 * startup packet (and an SSL/GSS request before it) has no type byte; every message after it is
 * type (1 byte) + length (4 bytes, counting itself) + body. Counted: 'Q' (a simple query) and 'S'
 * (Sync, which ends one extended-protocol batch and makes the server answer). A client that pipelines
 * several statements before one Sync counts once, as it waits once.
 */
export async function startPgCounter(target: { host: string; port: number }): Promise<PgCounter> {
  let count = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target);
    sockets.add(client).add(upstream);
    let pending: Buffer = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      for (;;) {
        if (!started) {
          if (pending.length < 8) break;
          const length = pending.readInt32BE(0);
          const code = pending.readInt32BE(4);
          if (pending.length < length) break;
          pending = pending.subarray(length);
          if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) started = true;
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < length + 1) break;
        if (ROUND_TRIP_ENDS.has(pending[0] ?? 0)) count++;
        pending = pending.subarray(length + 1);
      }
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    roundTrips: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
