import WebSocket from 'ws';

/**
 * Another Node process started with `--inspect=127.0.0.1:0`, through its inspector: a full garbage
 * collection, then the V8 heap in use (KiB). `stderr` is what the process printed so far: Node prints
 * the inspector's address there at start ("Debugger listening on ws://…").
 */
export async function collectGarbage(stderr: string): Promise<number> {
  const url = /Debugger listening on (ws:\/\/\S+)/.exec(stderr)?.[1];
  if (!url) throw new Error('the process has no inspector (start it with --inspect=127.0.0.1:0)');
  const ws = new WebSocket(url);
  try {
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const call = (id: number, method: string) =>
      new Promise<{ usedSize?: number }>((resolve, reject) => {
        const onMessage = (data: Buffer) => {
          const reply = JSON.parse(data.toString()) as {
            id?: number;
            error?: { message: string };
            result?: { usedSize?: number };
          };
          if (reply.id !== id) return;
          ws.off('message', onMessage);
          if (reply.error) reject(new Error(reply.error.message));
          else resolve(reply.result ?? {});
        };
        ws.on('message', onMessage);
        ws.send(JSON.stringify({ id, method }));
      });
    await call(1, 'HeapProfiler.collectGarbage');
    const { usedSize } = await call(2, 'Runtime.getHeapUsage');
    return Math.round((usedSize ?? Number.NaN) / 1024);
  } finally {
    ws.close();
  }
}
