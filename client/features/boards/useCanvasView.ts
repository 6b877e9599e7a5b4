import {
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
  useEffect,
  useRef,
  useState,
} from 'react';
import { NOTE_SIZE } from '../../../shared/sync/boardDoc';
import type { BoardActions } from './BoardActions';
import { type BoardContent, contentBounds } from './model';
import { clampPan, fitView, panBy, reveal, START_VIEW, type View, ZOOM_STEP, zoomAt } from './viewport';

type Gesture =
  | { kind: 'pan'; pointerId: number; startX: number; startY: number; view: View }
  | { kind: 'note' | 'frame'; id: string; pointerId: number; startX: number; startY: number; moved: boolean };

const PAN_STEP = 60;
/** A few pixels of wobble is still a click (which focuses the note), not a drag. */
const DRAG_THRESHOLD = 5;

/**
 * The canvas's local view state and input: pan by dragging the empty board, by the arrow keys or by
 * the wheel while the board has focus; zoom by Ctrl + wheel, + and -, or the buttons; drag notes and
 * frames (the move is written once, on drop). Never synced: everyone looks where they like.
 */
export function useCanvasView(input: {
  content: BoardContent;
  actions: BoardActions;
  sharePointer: (p: { x: number; y: number } | null) => void;
  centerRef: RefObject<(() => { x: number; y: number }) | null>;
}) {
  const { content, actions, sharePointer, centerRef } = input;
  const viewport = useRef<HTMLElement>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  const [view, setView] = useState<View>(START_VIEW);
  const [drag, setDrag] = useState<{ id: string; dx: number; dy: number } | null>(null);
  const gesture = useRef<Gesture | null>(null);
  const fitted = useRef(false);
  const sizeRef = useRef(size);
  sizeRef.current = size;

  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize({ w: el.clientWidth, h: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Show the whole board once, when its content first arrives.
  const bounds = contentBounds(content);
  useEffect(() => {
    if (fitted.current || !bounds || size.w === 0) return;
    fitted.current = true;
    setView(fitView(bounds, size));
  }, [bounds, size]);

  useEffect(() => {
    centerRef.current = () => ({
      x: (sizeRef.current.w / 2 - view.x) / view.zoom - NOTE_SIZE.w / 2,
      y: (sizeRef.current.h / 2 - view.y) / view.zoom - NOTE_SIZE.h / 2,
    });
    return () => {
      centerRef.current = null;
    };
  }, [centerRef, view]);

  // Ctrl + wheel zooms (instead of the browser zooming the page); the wheel pans only while the
  // board has focus, so scrolling down the page past the board still works. Not passive: it
  // must be able to stop the page from scrolling or zooming.
  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const s = sizeRef.current;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        const r = el.getBoundingClientRect();
        const at = { x: e.clientX - r.left, y: e.clientY - r.top };
        setView((v) => zoomAt(v, Math.exp(-e.deltaY * 0.0015), at, s));
      } else if (el.contains(document.activeElement)) {
        e.preventDefault();
        setView((v) => panBy(v, -e.deltaX, -e.deltaY, s));
      }
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  const middle = () => ({ x: size.w / 2, y: size.h / 2 });
  const zoom = {
    by: (factor: number) => setView((v) => zoomAt(v, factor, middle(), size)),
    reset: () => setView((v) => zoomAt(v, 1 / v.zoom, middle(), size)),
    fit: () => setView(fitView(bounds, size)),
  };

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
    const dx = (e.clientX - g.startX) / view.zoom;
    const dy = (e.clientY - g.startY) / view.zoom;
    if (g.kind === 'note') {
      const note = content.notes.find((n) => n.id === g.id);
      if (note) actions.moveNote(note, { x: note.x + dx, y: note.y + dy });
    } else {
      const frame = content.frames.find((f) => f.id === g.id);
      if (frame) actions.moveFrame(frame, { x: frame.x + dx, y: frame.y + dy });
    }
  };

  const handlers = {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      if (e.button !== 0 || (e.target as HTMLElement).closest('button')) return;
      e.currentTarget.setPointerCapture(e.pointerId);
      gesture.current = { kind: 'pan', pointerId: e.pointerId, startX: e.clientX, startY: e.clientY, view };
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      const r = viewport.current?.getBoundingClientRect();
      const p = { x: e.clientX - (r?.left ?? 0), y: e.clientY - (r?.top ?? 0) };
      sharePointer({ x: (p.x - view.x) / view.zoom, y: (p.y - view.y) / view.zoom });
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
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.target !== e.currentTarget) return;
      const step = e.shiftKey ? PAN_STEP * 4 : PAN_STEP;
      const pans: Record<string, [number, number]> = {
        ArrowLeft: [step, 0],
        ArrowRight: [-step, 0],
        ArrowUp: [0, step],
        ArrowDown: [0, -step],
      };
      const pan = pans[e.key];
      if (pan) setView((v) => panBy(v, pan[0], pan[1], size));
      else if (e.key === '+' || e.key === '=') zoom.by(ZOOM_STEP);
      else if (e.key === '-') zoom.by(1 / ZOOM_STEP);
      else if (e.key === '0') zoom.reset();
      else return;
      e.preventDefault();
    },
    // An item reached with Tab may be out of sight: pan to it (the layer is never scrolled natively).
    onFocus: (e: FocusEvent<HTMLElement>) => {
      const rect = (e.target as HTMLElement).closest<HTMLElement>('[data-rect]')?.dataset.rect;
      if (!rect) return;
      const [x = 0, y = 0, w = 0, h = 0] = rect.split(',').map(Number);
      setView((v) => reveal(v, { x, y, w, h }, size));
    },
    onScroll: (e: { currentTarget: HTMLElement }) => {
      e.currentTarget.scrollLeft = 0;
      e.currentTarget.scrollTop = 0;
    },
  };

  return { viewport, view, drag, zoom, handlers, onDragStart };
}
