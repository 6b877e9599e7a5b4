import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFrame, addNote, NOTE_SIZE, readFrames, readNotes } from '../../../shared/sync/boardDoc';
import { type CommandContext, editNote, frameCommands, noteCommands } from './commands';
import { type BoardContent, boardRights, groupByFrame, type RoomKey } from './model';

const author = { memberId: 'm1', name: 'Anna', group: 'bewoners' };

/** A board with an open frame, a locked frame and one loose note, read back the way the page does. */
function setup(role: 'bewoner' | 'facilitator' | 'observer', board = { locked: false, silent: false }) {
  const docs: Record<RoomKey, Y.Doc> = { board: new Y.Doc(), locked: new Y.Doc(), mine: new Y.Doc() };
  addFrame(docs.board, { id: 'open', title: 'Wat gaat goed', x: 0, y: 0, w: 600, h: 600 });
  addFrame(docs.locked, { id: 'shut', title: 'Ideeën', x: 1000, y: 0, w: 600, h: 600 });
  addNote(docs.board, { id: 'n1', text: 'Veel groen', color: 'geel', x: 2000, y: 2000, author });
  const read = (): BoardContent => ({
    notes: (['board', 'locked', 'mine'] as const).flatMap((room) =>
      readNotes(docs[room]).map((n) => ({ ...n, room })),
    ),
    frames: (['board', 'locked'] as const).flatMap((room) =>
      readFrames(docs[room]).map((f) => ({ ...f, room })),
    ),
  });
  const ctx = (): CommandContext => ({
    docs,
    content: read(),
    rights: boardRights(role, board),
    silent: board.silent,
    author,
  });
  const note = (id: string) => {
    const found = read().notes.find((n) => n.id === id);
    if (!found) throw new Error(`no note ${id}`);
    return found;
  };
  const frame = (id: string) => {
    const found = read().frames.find((f) => f.id === id);
    if (!found) throw new Error(`no frame ${id}`);
    return found;
  };
  return { docs, ctx, read, note, frame };
}

describe('board commands', () => {
  it('"Verplaats naar kader" puts a note inside the frame, next to the notes already there', () => {
    const b = setup('bewoner');
    expect(noteCommands.toFrame.run(b.ctx(), b.note('n1'), 'open')).toEqual({ ok: true });
    const n1 = b.note('n1');
    expect(n1).toMatchObject({ frameId: 'open', room: 'board' });
    expect(n1.x).toBeGreaterThanOrEqual(0);
    expect(n1.x + NOTE_SIZE.w).toBeLessThanOrEqual(600);
    noteCommands.add.run(b.ctx(), { text: 'Bankjes', color: 'groen', frameId: 'open', near: { x: 0, y: 0 } });
    const [a, c] = b.read().notes.filter((n) => n.frameId === 'open');
    expect(a && c && (a.x !== c.x || a.y !== c.y)).toBe(true);
    expect(groupByFrame(b.read()).frames.map((g) => [g.frame.title, g.notes.length])).toEqual([
      ['Wat gaat goed', 2],
      ['Ideeën', 0],
    ]);
  });

  it('arrow-key moves decide the frame by where the note is; a locked frame refuses a resident', () => {
    const b = setup('bewoner');
    expect(noteCommands.moveTo.run(b.ctx(), b.note('n1'), { x: 100, y: 100 }).ok).toBe(true);
    expect(b.note('n1').frameId).toBe('open');
    expect(noteCommands.moveTo.run(b.ctx(), b.note('n1'), { x: 1100, y: 100 })).toEqual({
      ok: false,
      reason: 'locked',
    });
    expect(b.note('n1')).toMatchObject({ x: 100, frameId: 'open' });
  });

  it('the facilitator moves a note into a locked frame: it moves to the locked room, and back out', () => {
    const b = setup('facilitator');
    expect(noteCommands.toFrame.run(b.ctx(), b.note('n1'), 'shut').ok).toBe(true);
    expect(b.note('n1')).toMatchObject({ room: 'locked', frameId: 'shut', text: 'Veel groen' });
    expect(readNotes(b.docs.board)).toEqual([]);
    expect(
      editNote.run(b.ctx(), b.note('n1'), { text: 'Meer groen', color: 'blauw', frameId: null }).ok,
    ).toBe(true);
    expect(b.note('n1')).toMatchObject({ room: 'board', frameId: null, text: 'Meer groen', color: 'blauw' });
  });

  it('moving a frame carries its notes, also my hidden ones in it', () => {
    const b = setup('bewoner', { locked: false, silent: true });
    noteCommands.toFrame.run(b.ctx(), b.note('n1'), 'open');
    noteCommands.add.run(b.ctx(), { text: 'Geheim', color: 'roze', frameId: 'open', near: { x: 0, y: 0 } });
    const hidden = b.read().notes.find((n) => n.room === 'mine');
    expect(hidden).toMatchObject({ frameId: 'open', text: 'Geheim' });
    const before = b.read().notes.map((n) => [n.id, n.x, n.y] as const);
    frameCommands.moveTo.run(b.ctx(), b.frame('open'), { x: 300, y: 200 });
    for (const [id, x, y] of before) expect(b.note(id)).toMatchObject({ x: x + 300, y: y + 200 });
  });

  it('a locked board or frame is read-only for a resident; observers change nothing', () => {
    const locked = setup('bewoner', { locked: true, silent: false });
    expect(noteCommands.remove.run(locked.ctx(), locked.note('n1'))).toEqual({
      ok: false,
      reason: 'notAllowed',
    });
    const resident = setup('bewoner');
    expect(frameCommands.rename.run(resident.ctx(), resident.frame('shut'), 'x').ok).toBe(false);
    const observer = setup('observer');
    expect(
      noteCommands.add.run(observer.ctx(), { text: 'x', color: 'geel', frameId: null, near: { x: 0, y: 0 } })
        .ok,
    ).toBe(false);
    const facilitator = setup('facilitator');
    expect(frameCommands.remove.run(facilitator.ctx(), facilitator.frame('shut'))).toEqual({
      ok: false,
      reason: 'unlockFirst',
    });
  });
});
