import { type PointerEvent, type RefObject, useRef, useState } from 'react';
import type { BoardActions } from './BoardActions';
import type { BoardContent } from './model';
import { clampPan, type Size, toBoard, type View } from './viewport';

type Gesture =
  | { kind: 'pan'; pointerId: number; startX: number; startY: number; view: View }
  | { kind: 'note' | 'frame'; id: string; pointerId: number; startX: number; startY: number; moved: boolean };

/** A few pixels of wobble is still a click (which focuses the note), not a drag. */
const DRAG_THRESHOLD = 5;

/** Where a dragged item ends up: written once, on drop. */
function drop(g: Extract<Gesture, { kind: 'note' | 'frame' }>, dx: number, dy: number, input: Input) {
  const { content, actions } = input;
  if (g.kind === 'note') {
    const note = content.notes.find((n) => n.id === g.id);
    if (note) actions.moveNote(note, { x: note.x + dx, y: note.y + dy });
  } else {
    const frame = content.frames.find((f) => f.id === g.id);
    if (frame) actions.moveFrame(frame, { x: frame.x + dx, y: frame.y + dy });
  }
}

interface Input {
  viewport: RefObject<HTMLElement | null>;
  view: View;
  setView: (v: View) => void;
  size: Size;
  content: BoardContent;
  actions: BoardActions;
  sharePointer: (p: { x: number; y: number } | null) => void;
}

/**
 * The canvas's pointer input: dragging the empty board pans it; dragging a note or a frame shows it
 * moving (`drag`, board units) and moves it for everyone on drop; the pointer is shared with others.
 */
export function useCanvasGestures(input: Input) {
  const { viewport, view, setView, size, sharePointer } = input;
  const [drag, setDrag] = useState<{ id: string; dx: number; dy: number } | null>(null);
  const gesture = useRef<Gesture | null>(null);

  const onDragStart = (e: PointerEvent<HTMLElement>, kind: 'note' | 'frame', id: string) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    gesture.current = {
      kind,
      id,
      pointerId: e.pointerId,
      startX: e.clientX,
      startY: e.clientY,
      moved: false,
    };
  };

  const finish = (e: PointerEvent<HTMLElement>, commit: boolean) => {
    const g = gesture.current;
    if (!g || g.pointerId !== e.pointerId) return;
    gesture.current = null;
    setDrag(null);
    if (!commit || g.kind === 'pan' || !g.moved) return;
    drop(g, (e.clientX - g.startX) / view.zoom, (e.clientY - g.startY) / view.zoom, input);
  };

  const pointer = {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      if (e.button !== 0 || (e.target as HTMLElement).closest('button')) return;
      e.currentTarget.setPointerCapture(e.pointerId);
      gesture.current = { kind: 'pan', pointerId: e.pointerId, startX: e.clientX, startY: e.clientY, view };
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      const r = viewport.current?.getBoundingClientRect();
      sharePointer(toBoard(view, { x: e.clientX - (r?.left ?? 0), y: e.clientY - (r?.top ?? 0) }));
      const g = gesture.current;
      if (!g || g.pointerId !== e.pointerId) return;
      const dx = e.clientX - g.startX;
      const dy = e.clientY - g.startY;
      if (g.kind === 'pan') {
        setView(clampPan({ ...g.view, x: g.view.x + dx, y: g.view.y + dy }, size));
        return;
      }
      if (!g.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      g.moved = true;
      setDrag({ id: g.id, dx: dx / view.zoom, dy: dy / view.zoom });
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => finish(e, true),
    onPointerCancel: (e: PointerEvent<HTMLElement>) => finish(e, false),
    onPointerLeave: () => sharePointer(null),
  };
  return { drag, onDragStart, pointer };
}
