import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { NetworkView } from '../network/network';
import { readNetworkRoom, writeNetworkRoom } from './networkDoc';

const empty: NetworkView = {
  parties: [],
  initiatives: [],
  relations: [],
  overlapMarks: [],
  overlaps: [],
  changes: [],
  outline: null,
};
const ring: [number, number][] = [
  [5.1, 52.1],
  [5.2, 52.1],
  [5.2, 52.2],
  [5.1, 52.1],
];
const outline = { type: 'MultiPolygon' as const, coordinates: [[ring]] };

describe('the netwerk: room', () => {
  it('carries the wijkgrens, and writing the same again stores nothing', () => {
    const doc = new Y.Doc();
    writeNetworkRoom(doc, { ...empty, outline });
    expect(readNetworkRoom(doc).outline).toEqual(outline);
    let updates = 0;
    doc.on('update', () => {
      updates++;
    });
    writeNetworkRoom(doc, { ...empty, outline });
    expect(updates).toBe(0);
    writeNetworkRoom(doc, empty);
    expect(readNetworkRoom(doc).outline).toBeNull();
    expect(updates).toBe(1);
  });
  it('reads a room from before the wijkgrens as having none', () => {
    expect(readNetworkRoom(new Y.Doc()).outline).toBeNull();
  });
});
