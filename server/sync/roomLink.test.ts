import pino from 'pino';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_RELAY, type Relay, type RelayMessage } from './relay';
import { type LinkedRoom, RoomLink } from './roomLink';

/** A relay that records what it is asked to publish. */
function recordingRelay(): Relay & {
  published: { room: string; prev: number; seq: number; update: Uint8Array }[];
} {
  const published: { room: string; prev: number; seq: number; update: Uint8Array }[] = [];
  return {
    ...LOCAL_RELAY,
    active: true,
    instance: 'here',
    published,
    publishUpdate: (room, prev, seq, update) => published.push({ room, prev, seq, update }),
  };
}

function room(storedSeq: () => number): LinkedRoom & { applied: Uint8Array[]; catchUps: number } {
  const state = {
    name: 'doc:x',
    applied: [] as Uint8Array[],
    catchUps: 0,
    applyRemote: (update: Uint8Array) => state.applied.push(update),
    applyRemoteAwareness: () => {},
    catchUp: async () => {
      state.catchUps++;
      return storedSeq();
    },
  };
  return state;
}

const msg = (from: string, prev: number, seq: number): RelayMessage => ({
  from,
  prev,
  seq,
  update: new Uint8Array([0, 0]),
  awareness: null,
});
const logger = pino({ level: 'silent' });

describe('[SYNC10] RoomLink', () => {
  it('publishes one merged update per committed batch, chained by the previous sequence number', () => {
    const relay = recordingRelay();
    const link = new RoomLink(
      relay,
      room(() => 0),
      5,
      logger,
    );
    const a = new Y.Doc();
    const updates: Uint8Array[] = [];
    a.on('update', (u: Uint8Array) => updates.push(u));
    a.getText('t').insert(0, 'ab');
    a.getText('t').insert(2, 'c');
    link.queued(1, updates[0] ?? new Uint8Array());
    link.queued(1, updates[1] ?? new Uint8Array());
    link.committed(1, 9);
    link.committed(2, 10); // nothing of this room in batch 2: nothing published
    expect(relay.published.map(({ prev, seq }) => [prev, seq])).toEqual([[0, 9]]);
    const b = new Y.Doc();
    Y.applyUpdate(b, relay.published[0]?.update ?? new Uint8Array());
    expect(b.getText('t').toString()).toBe('abc');
  });

  it('applies a contiguous chain without reading storage; a gap catches up from storage', async () => {
    let stored = 20;
    const r = room(() => stored);
    const link = new RoomLink(recordingRelay(), r, 10, logger);
    link.received(msg('there', 8, 12)); // its predecessor (8) was in what the room loaded (10)
    link.received(msg('there', 12, 15));
    link.received(msg('here', 0, 16)); // our own publication comes back: ignored
    expect(r.applied).toHaveLength(2);
    expect(r.catchUps).toBe(0);
    link.received(msg('there', 17, 21)); // 17 never arrived and is not covered: gap
    await new Promise((resolve) => setImmediate(resolve));
    expect(r.applied).toHaveLength(3);
    expect(r.catchUps).toBe(1);
    stored = 30;
    link.received(msg('elsewhere', 19, 22)); // covered by the catch-up (20)
    expect(r.catchUps).toBe(1);
  });

  it('does nothing on a single instance', () => {
    const r = room(() => 0);
    const link = new RoomLink(LOCAL_RELAY, r, 0, logger);
    link.queued(1, new Uint8Array([0, 0]));
    link.committed(1, 1);
    expect(link.active).toBe(false);
  });
});
