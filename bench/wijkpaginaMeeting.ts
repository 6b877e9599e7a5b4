/**
 * A meeting on the same server while `npm run bench:wijkpagina` reads the public page: writers type into one
 * section of the werkgroep (the typing benchmark's writers, bench/typingWriters.ts, ≈ 4 characters/s each).
 * After each keystroke a writer also stamps a probe (its number and a counter in a Y.Map of the same doc);
 * one more client in the room measures how long each stamp takes to reach it through the server.
 */
import * as Y from 'yjs';
import { type BenchClient, connectClient, destroyAll } from './clients';
import { prng, startWriter } from './typingWriters';

export interface Meeting {
  /** Start counting round-trips (after the warm-up). */
  measure(): void;
  /** Stops typing; the round-trips (ms) measured since `measure()`. */
  stop(): number[];
}

export async function startMeeting(
  wsUrl: string,
  room: string,
  token: string,
  writers: number,
): Promise<Meeting> {
  const clients: BenchClient[] = Array.from({ length: writers + 1 }, () =>
    connectClient(wsUrl, { name: room, token }, new Y.Doc()),
  );
  await Promise.all(clients.map((c) => c.synced));
  const [observer, ...typists] = clients as [BenchClient, ...BenchClient[]];
  const sent = new Map<string, number>();
  const trips: number[] = [];
  let measuring = false;
  observer.doc.getMap<number>('benchprobe').observe((event) => {
    const now = performance.now();
    for (const key of event.keysChanged) {
      const stamp = `${key}:${observer.doc.getMap<number>('benchprobe').get(key)}`;
      const t0 = sent.get(stamp);
      if (t0 !== undefined && measuring) trips.push(now - t0);
      sent.delete(stamp);
    }
  });
  const stops = typists.map((client, i) => {
    const probe = client.doc.getMap<number>('benchprobe');
    let n = 0;
    return startWriter(client, prng(1000 + i), () => {
      n++;
      sent.set(`w${i}:${n}`, performance.now());
      probe.set(`w${i}`, n);
    });
  });
  return {
    measure() {
      measuring = true;
    },
    stop() {
      for (const stop of stops) stop();
      destroyAll(clients);
      return trips;
    },
  };
}
