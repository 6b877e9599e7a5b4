import type { Frame, Note } from '../../../shared/sync/boardDoc';
import { addFrame, addNote, readFrames, readNotes, removeItems } from '../../../shared/sync/boardDoc';
import type { Rooms } from '../deps';

/**
 * Moves content from one of a board's rooms to another, as the server: a frame with its notes (to
 * lock or unlock it), or everything (to reveal a member's hidden notes). Returns false when the frame
 * is not in `from`. Each room is written through the store-then-relay path like any other change.
 */
export async function moveContent(
  rooms: Rooms,
  from: string,
  to: string,
  what: { frame: string } | { all: true },
): Promise<boolean> {
  const picked = await rooms.read(from, (doc) => {
    const frames = readFrames(doc).filter((f) => !('frame' in what) || f.id === what.frame);
    const notes = readNotes(doc).filter((n) => !('frame' in what) || n.frameId === what.frame);
    return { frames, notes };
  });
  if ('frame' in what && picked.frames.length === 0) return false;
  if (picked.frames.length === 0 && picked.notes.length === 0) return true;
  await rooms.write(to, (doc) => {
    for (const f of picked.frames as Frame[]) addFrame(doc, f);
    for (const n of picked.notes as Note[]) addNote(doc, n);
  });
  await rooms.write(from, (doc) =>
    removeItems(doc, { notes: picked.notes.map((n) => n.id), frames: picked.frames.map((f) => f.id) }),
  );
  return true;
}
