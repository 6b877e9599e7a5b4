/** Everything `npm run bench` does, sized to finish in about 3–4 minutes on a 2-core machine. */
export const CONFIG = {
  rounds: 3,
  /**
   * Names of the traffic scenarios' rooms as the reference sees them; ours makes each a real document
   * and uses its first section's room (`section:`; gc off until [SYNC13], gc on since), where a document's text lives.
   */
  trafficRoomKind: 'doc',
  /** One writer, steady rate; N−1 receivers. */
  fanout: { rate: 50, warmupUpdates: 20, measuredUpdates: 200 },
  /**
   * Our server closes a connection that sends more than 1000 messages/s (SYNC_LIMITS), so writers
   * are paced below that; with 16 writers both servers saturate a core before the ceiling.
   */
  throughput: { writers: 16, window: 32, perWriterMaxRate: 950, warmupMs: 1000, measureMs: 3000 },
  rss: { docs: 500 },
  /** `room`: the reference's room name, and the title of ours' document (its room is `doc:<id>`). */
  coldLoad: { room: 'doc:cold100k', updates: 100_000 },
} as const;

export type BenchConfig = typeof CONFIG;
