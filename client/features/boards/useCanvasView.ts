import {
  type Dispatch,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
  type SetStateAction,
  useEffect,
  useRef,
  useState,
} from 'react';
import { NOTE_SIZE } from '../../../shared/sync/boardDoc';
import type { BoardActions } from './BoardActions';
import { type BoardContent, contentBounds } from './model';
import { useCanvasGestures } from './useCanvasGestures';
import {
  centredSpot,
  fitView,
  panBy,
  reveal,
  type Size,
  START_VIEW,
  type View,
  viewAfterKey,
  zoomAt,
} from './viewport';

type SetView = Dispatch<SetStateAction<View>>;

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
  const size = useElementSize(viewport);
  const sizeRef = useRef(size);
  sizeRef.current = size;
  const [view, setView] = useState<View>(START_VIEW);
  const bounds = contentBounds(content);
  useFitOnce(bounds, size, setView);
  useEffect(() => {
    centerRef.current = () => centredSpot(view, sizeRef.current, NOTE_SIZE);
    return () => {
      centerRef.current = null;
    };
  }, [centerRef, view]);
  useWheel(viewport, sizeRef, setView);
  const { drag, onDragStart, pointer } = useCanvasGestures({
    viewport,
    view,
    setView,
    size,
    content,
    actions,
    sharePointer,
  });

  const middle = () => ({ x: size.w / 2, y: size.h / 2 });
  const zoom = {
    by: (factor: number) => setView((v) => zoomAt(v, factor, middle(), size)),
    reset: () => setView((v) => zoomAt(v, 1 / v.zoom, middle(), size)),
    fit: () => setView(fitView(bounds, size)),
  };
  const handlers = {
    ...pointer,
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.target !== e.currentTarget || !viewAfterKey(view, e.key, e.shiftKey, size)) return;
      const { key, shiftKey } = e;
      setView((v) => viewAfterKey(v, key, shiftKey, size) ?? v);
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

/** The element's inner size, kept up to date. */
function useElementSize(ref: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState({ w: 0, h: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize({ w: el.clientWidth, h: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** Shows the whole board once, when its content first arrives. */
function useFitOnce(bounds: ReturnType<typeof contentBounds>, size: Size, setView: SetView) {
  const fitted = useRef(false);
  useEffect(() => {
    if (fitted.current || !bounds || size.w === 0) return;
    fitted.current = true;
    setView(fitView(bounds, size));
  }, [bounds, size, setView]);
}

/**
 * Ctrl + wheel zooms (instead of the browser zooming the page); the wheel pans only while the board
 * has focus, so scrolling down the page past the board still works. Not passive: it must be able to
 * stop the page from scrolling or zooming.
 */
function useWheel(ref: RefObject<HTMLElement | null>, sizeRef: RefObject<Size>, setView: SetView) {
  useEffect(() => {
    const el = ref.current;
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
  }, [ref, sizeRef, setView]);
}
