import { describe, expect, it } from 'vitest';
import { NOTE_SIZE } from '../../../shared/sync/boardDoc';
import { type BoardContent, boardRights, frameForNewNote, newNoteSpot, type PlacedFrame } from './model';

const author = { memberId: 'm1', name: 'Anna', group: 'bewoners' };
const frame = (id: string, x: number, room: PlacedFrame['room'] = 'board'): PlacedFrame => ({
  id,
  title: id,
  x,
  y: 0,
  w: 600,
  h: 600,
  z: id,
  room,
});
const empty: BoardContent = { notes: [], frames: [] };

describe('newNoteSpot', () => {
  it('from the canvas: the middle of the screen, scattered a little', () => {
    let calls = 0;
    const scatter = () => (++calls === 1 ? 7 : -3);
    expect(newNoteSpot({ x: 500, y: 400 }, empty, scatter)).toEqual({ x: 507, y: 397 });
  });
  it('without a canvas: beside everything on the board, or near the corner of an empty one', () => {
    const content: BoardContent = {
      frames: [frame('a', 100)],
      notes: [
        {
          id: 'n',
          text: '',
          color: 'geel',
          x: 900,
          y: 50,
          frameId: null,
          author,
          z: 'n',
          createdAt: '',
          room: 'board',
        },
      ],
    };
    expect(newNoteSpot(null, content, () => 0)).toEqual({ x: 900 + NOTE_SIZE.w + 40, y: 0 });
    expect(newNoteSpot(null, empty, () => 0)).toEqual({ x: 40, y: 40 });
  });
});

describe('frameForNewNote', () => {
  const member = boardRights('bewoner', { locked: false, silent: false });
  const frames = [frame('open', 0), frame('shut', 1000, 'locked')];
  it('keeps the frame asked for', () => {
    expect(frameForNewNote('shut', { x: 100, y: 100 }, frames, member)).toBe('shut');
  });
  it('else takes the frame in the middle of the screen, when I may write in it', () => {
    expect(frameForNewNote(null, { x: 100, y: 100 }, frames, member)).toBe('open');
    expect(frameForNewNote(null, { x: 1100, y: 100 }, frames, member)).toBeNull();
    const facilitator = boardRights('facilitator', { locked: false, silent: false });
    expect(frameForNewNote(null, { x: 1100, y: 100 }, frames, facilitator)).toBe('shut');
  });
  it('else none (the list view has no middle; empty space has no frame)', () => {
    expect(frameForNewNote(null, null, frames, member)).toBeNull();
    expect(frameForNewNote(null, { x: 3000, y: 3000 }, frames, member)).toBeNull();
  });
});
