import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addFrame,
  addNote,
  deleteNote,
  frameAt,
  moveFrame,
  moveNote,
  readFrames,
  readNotes,
  removeItems,
  setNoteColor,
  setNoteText,
} from './boardDoc';

const author = { memberId: 'm1', name: 'Anna', group: 'bewoners' };

/** Two replicas that exchange updates only when told to, in the order given. */
function pair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const fromA: Uint8Array[] = [];
  const fromB: Uint8Array[] = [];
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && fromA.push(u));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && fromB.push(u));
  const sync = () => {
    // Interleaved: one of B's, one of A's, …
    while (fromA.length || fromB.length) {
      const ub = fromB.shift();
      if (ub) Y.applyUpdate(a, ub, 'remote');
      const ua = fromA.shift();
      if (ua) Y.applyUpdate(b, ua, 'remote');
    }
  };
  return { a, b, sync };
}
const state = (doc: Y.Doc) => ({ notes: readNotes(doc), frames: readFrames(doc) });

describe('board doc', () => {
  it('concurrent adds, moves, edits and colour changes merge to the same board on both sides', () => {
    const { a, b, sync } = pair();
    addNote(a, { id: 'n1', text: 'Meer bankjes', color: 'geel', x: 10, y: 10, author });
    sync();
    addNote(a, { id: 'n2', text: 'Speeltuin', color: 'blauw', x: 300, y: 10, author });
    addNote(b, {
      id: 'n3',
      text: 'Buurtfeest',
      color: 'roze',
      x: 600,
      y: 10,
      author: { ...author, memberId: 'm2' },
    });
    // Different fields of one note at once: both changes survive.
    moveNote(a, 'n1', { x: 100, y: 200 });
    setNoteColor(b, 'n1', 'groen');
    // The same text at once: both insertions survive.
    setNoteText(a, 'n1', 'Meer bankjes op het plein');
    setNoteText(b, 'n1', 'Veel meer bankjes');
    sync();
    expect(state(a)).toEqual(state(b));
    const n1 = readNotes(a).find((n) => n.id === 'n1');
    expect(n1).toMatchObject({ x: 100, y: 200, color: 'groen' });
    expect(n1?.text).toContain('Veel meer');
    expect(n1?.text).toContain('op het plein');
    expect(
      readNotes(a)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['n1', 'n2', 'n3']);
  });

  it('bringing notes to the front at the same time keeps one order on both sides', () => {
    const { a, b, sync } = pair();
    for (const id of ['n1', 'n2', 'n3']) addNote(a, { id, text: id, color: 'geel', x: 0, y: 0, author });
    sync();
    moveNote(a, 'n1', { x: 5, y: 5 });
    moveNote(b, 'n2', { x: 6, y: 6 });
    sync();
    expect(readNotes(a).map((n) => n.id)).toEqual(readNotes(b).map((n) => n.id));
    expect(readNotes(a).map((n) => n.id)[0]).toBe('n3');
  });

  it('a frame carries its notes when moved, also when a note joined it concurrently elsewhere', () => {
    const { a, b, sync } = pair();
    addFrame(a, { id: 'f1', title: 'Groen', x: 0, y: 0, w: 600, h: 600 });
    addNote(a, { id: 'n1', text: 'Geveltuin', color: 'groen', x: 50, y: 50, frameId: 'f1', author });
    addNote(a, { id: 'n2', text: 'Los', color: 'geel', x: 2000, y: 2000, author });
    sync();
    moveFrame(a, 'f1', { x: 1000, y: 100 });
    setNoteText(b, 'n1', 'Geveltuinen');
    sync();
    expect(state(a)).toEqual(state(b));
    expect(readNotes(a).find((n) => n.id === 'n1')).toMatchObject({ x: 1050, y: 150, text: 'Geveltuinen' });
    expect(readNotes(a).find((n) => n.id === 'n2')).toMatchObject({ x: 2000, y: 2000 });
    expect(frameAt(readFrames(a), 1050, 150)?.id).toBe('f1');
    expect(frameAt(readFrames(a), 2000, 2000)).toBeNull();
  });

  it('a delete and a concurrent edit of the same note: the note is gone on both sides', () => {
    const { a, b, sync } = pair();
    addNote(a, { id: 'n1', text: 'Weg', color: 'geel', x: 0, y: 0, author });
    sync();
    deleteNote(a, 'n1');
    setNoteText(b, 'n1', 'Toch niet weg');
    sync();
    expect(readNotes(a)).toEqual([]);
    expect(readNotes(b)).toEqual([]);
  });

  it('keeps positions on the canvas and texts within their limits, and skips entries that do not parse', () => {
    const doc = new Y.Doc();
    addNote(doc, { id: 'n1', text: 'x'.repeat(2000), color: 'geel', x: -50, y: 1e9, author });
    doc.getMap('notes').set('bad', new Y.Map());
    const [n] = readNotes(doc);
    expect(readNotes(doc)).toHaveLength(1);
    expect(n).toMatchObject({ x: 0, y: 10_000 });
    expect(n?.text).toHaveLength(500);
    removeItems(doc, { notes: ['n1'], frames: [] });
    expect(readNotes(doc)).toEqual([]);
  });
});
