import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addFrame, addNote, readFrames, readNotes } from '../../../shared/sync/boardDoc';
import { boardRooms } from '../../../shared/sync/rooms';
import { domainDeps, werkgroepWith } from '../../test/domainDeps';
import { createBoard, type DotRounds, nextTimer, updateBoard } from './boards';
import { moveContent } from './moveContent';

let env: Awaited<ReturnType<typeof domainDeps>>;
beforeEach(async () => {
  env = await domainDeps();
});
afterEach(() => env.cleanup());

const noDotRounds: DotRounds = {
  start: () => Promise.reject(new Error('not in this test')),
  close: () => Promise.reject(new Error('not in this test')),
};
const author = { memberId: 'm', name: 'Fien', group: 'facilitators' as const };
const note = (id: string, frameId: string | null) => ({
  id,
  text: id,
  color: 'geel' as const,
  x: 0,
  y: 0,
  frameId,
  author,
});

describe('board content', () => {
  it('moves a frame with its notes to another room, and says so when the frame is not there', async () => {
    await env.rooms.write('board:a', (doc) => {
      addFrame(doc, { id: 'f1', title: 'Goed', x: 0, y: 0, w: 100, h: 100 });
      addNote(doc, note('n1', 'f1'));
      addNote(doc, note('n2', null));
    });
    expect(await moveContent(env.rooms, 'board:a', 'boardlock:a', { frame: 'f1' })).toBe(true);
    expect(await env.rooms.read('boardlock:a', (doc) => readNotes(doc).map((n) => n.id))).toEqual(['n1']);
    expect(await env.rooms.read('board:a', (doc) => readNotes(doc).map((n) => n.id))).toEqual(['n2']);
    expect(await moveContent(env.rooms, 'board:a', 'boardlock:a', { frame: 'f1' })).toBe(false);
  });

  it('locking a frame moves it to the locked room and records it; an unknown frame is a 404', async () => {
    const { werkgroep, addMember } = await werkgroepWith(env.deps);
    const fien = await addMember('facilitator', 'Fien');
    const board = await createBoard(env.deps, werkgroep.id, fien.member, {
      title: 'Bord',
      template: 'blank',
    });
    const r = boardRooms(board.id, fien.member.id);
    await env.rooms.write(r.board, (doc) =>
      addFrame(doc, { id: 'f1', title: 'Goed', x: 0, y: 0, w: 1, h: 1 }),
    );
    const locked = await updateBoard(env.deps, board, fien.member, { lockFrame: 'f1' }, noDotRounds);
    expect(locked.lockedFrames).toEqual(['f1']);
    expect(await env.rooms.read(r.locked, (doc) => readFrames(doc).map((f) => f.id))).toEqual(['f1']);
    // Asking again finishes nothing new, and does not record the frame twice.
    expect(
      (await updateBoard(env.deps, locked, fien.member, { lockFrame: 'f1' }, noDotRounds)).lockedFrames,
    ).toEqual(['f1']);
    await expect(
      updateBoard(env.deps, locked, fien.member, { lockFrame: 'nope' }, noDotRounds),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a member who may create boards may rename one, but not lock it', async () => {
    const { werkgroep, addMember } = await werkgroepWith(env.deps);
    const fien = await addMember('facilitator', 'Fien');
    const karim = await addMember('bewoner', 'Karim');
    const board = await createBoard(env.deps, werkgroep.id, fien.member, {
      title: 'Bord',
      template: 'blank',
    });
    expect((await updateBoard(env.deps, board, karim.member, { title: 'Ideeën' }, noDotRounds)).title).toBe(
      'Ideeën',
    );
    await expect(
      updateBoard(env.deps, board, karim.member, { locked: true }, noDotRounds),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('the board timer starts, pauses with the seconds left, resumes from them and clears', () => {
    const t0 = Date.parse('2026-12-01T19:30:00Z');
    const started = nextTimer({ endsAt: null, pausedSeconds: null }, { action: 'start', seconds: 300 }, t0);
    expect(started).toEqual({ endsAt: '2026-12-01T19:35:00.000Z', pausedSeconds: null });
    const paused = nextTimer(started, { action: 'pause' }, t0 + 60_000);
    expect(paused).toEqual({ endsAt: null, pausedSeconds: 240 });
    expect(nextTimer(paused, { action: 'resume' }, t0 + 120_000)).toEqual({
      endsAt: '2026-12-01T19:36:00.000Z',
      pausedSeconds: null,
    });
    expect(nextTimer(paused, { action: 'clear' }, t0)).toEqual({ endsAt: null, pausedSeconds: null });
  });
});
