import type { BoardRights, PlacedFrame, PlacedNote } from './model';

/**
 * What the canvas and the list view can ask the board page to do. Both views offer every action, so
 * whoever cannot drag (keyboard, screen reader, phone) can do the same things.
 */
export interface BoardActions {
  rights: BoardRights;
  /** Opens the new-note dialog, in `frameId` when given. */
  newNote: (frameId?: string | null) => void;
  newFrame: () => void;
  /** Opens the note dialog: text, colour, "Verplaats naar kader", delete. */
  editNote: (note: PlacedNote) => void;
  /** Asks for confirmation first. */
  deleteNote: (note: PlacedNote) => void;
  /** Drag or arrow keys; the frame under it becomes its frame. */
  moveNote: (note: PlacedNote, to: { x: number; y: number }) => void;
  editFrame: (frame: PlacedFrame) => void;
  deleteFrame: (frame: PlacedFrame) => void;
  moveFrame: (frame: PlacedFrame, to: { x: number; y: number }) => void;
  /** Facilitator: lock or unlock a frame (the server moves it between rooms). */
  toggleFrameLock: (frame: PlacedFrame) => void;
}
