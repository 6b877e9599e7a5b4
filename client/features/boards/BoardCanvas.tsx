import './canvas.css';
import { Fragment, type RefObject, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { BOARD_LIMITS } from '../../../shared/schemas/board';
import type { BoardActions } from './BoardActions';
import { CanvasFrame, CanvasNote } from './CanvasItems';
import { BoardIcon } from './icons';
import { type BoardContent, groupByFrame } from './model';
import { PointerLayer } from './PointerLayer';
import { useCanvasView } from './useCanvasView';
import { useSharePointer } from './usePointers';
import { ZOOM_STEP } from './viewport';

/**
 * The board as a pannable, zoomable surface (see useCanvasView): a CSS transform on the inner layer
 * pans and zooms, so notes keep their board coordinates. Frames and notes are in reading order in the
 * DOM (the tab order); z-index stacks them as on the board.
 */
export function BoardCanvas({
  content,
  actions,
  awareness,
  centerRef,
}: {
  content: BoardContent;
  actions: BoardActions;
  awareness: Awareness | null;
  /** Where a new note goes: the middle of what the canvas shows (board units). */
  centerRef: RefObject<(() => { x: number; y: number }) | null>;
}) {
  const { t } = useTranslation();
  const ids = { hint: useId(), itemHint: useId() };
  const sharePointer = useSharePointer(awareness);
  const { viewport, view, drag, zoom, handlers, onDragStart } = useCanvasView({
    content,
    actions,
    sharePointer,
    centerRef,
  });

  const grouped = useMemo(() => groupByFrame(content), [content]);
  const zOf = useMemo(() => {
    const frames = new Map(content.frames.map((f, i) => [f.id, i + 1]));
    const notes = new Map(content.notes.map((n, i) => [n.id, content.frames.length + i + 1]));
    return (id: string) => frames.get(id) ?? notes.get(id) ?? 0;
  }, [content]);
  const offsetFor = (id: string, frameId?: string | null) =>
    drag && (drag.id === id || (frameId && drag.id === frameId)) ? drag : null;
  const itemProps = { actions, hintId: ids.itemHint, onDragStart };
  const frameTitle = (id: string | null) => content.frames.find((f) => f.id === id)?.title ?? null;
  const grid = 24 * view.zoom;

  return (
    <div className="board-canvas">
      <div className="board-stage">
        <fieldset className="board-zoom">
          <legend className="visually-hidden">{t('boards.zoom.label')}</legend>
          <button type="button" className="board-zoom__button" onClick={() => zoom.by(1 / ZOOM_STEP)}>
            <BoardIcon name="zoomOut" />
            <span className="visually-hidden">{t('boards.zoom.out')}</span>
          </button>
          <button type="button" className="board-zoom__button board-zoom__level" onClick={zoom.reset}>
            <span aria-hidden="true">{Math.round(view.zoom * 100)}%</span>
            <span className="visually-hidden">
              {t('boards.zoom.reset', { zoom: Math.round(view.zoom * 100) })}
            </span>
          </button>
          <button type="button" className="board-zoom__button" onClick={() => zoom.by(ZOOM_STEP)}>
            <BoardIcon name="zoomIn" />
            <span className="visually-hidden">{t('boards.zoom.in')}</span>
          </button>
          <button type="button" className="board-zoom__button" onClick={zoom.fit}>
            <BoardIcon name="fit" />
            <span className="visually-hidden">{t('boards.zoom.fit')}</span>
          </button>
        </fieldset>
        {/* The surface takes focus so the arrow keys and the wheel can pan it; every action on it also has a button or a key. */}
        <section
          ref={viewport}
          className="board-viewport"
          aria-label={t('boards.canvas.label')}
          aria-describedby={ids.hint}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: see above.
          tabIndex={0}
          style={{ backgroundSize: `${grid}px ${grid}px`, backgroundPosition: `${view.x}px ${view.y}px` }}
          {...handlers}
        >
          <div
            className="board-layer"
            style={{
              width: BOARD_LIMITS.canvasSize,
              height: BOARD_LIMITS.canvasSize,
              transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})`,
              ...{ '--board-zoom': view.zoom },
            }}
          >
            {/* Frames and their notes are siblings, in reading order (the tab order); z-index stacks them. */}
            {grouped.frames.map(({ frame, notes }) => (
              <Fragment key={frame.id}>
                <CanvasFrame
                  frame={frame}
                  zIndex={zOf(frame.id)}
                  offset={offsetFor(frame.id)}
                  {...itemProps}
                />
                {notes.map((n) => (
                  <CanvasNote
                    key={n.id}
                    note={n}
                    frameTitle={frame.title}
                    zIndex={zOf(n.id)}
                    offset={offsetFor(n.id, n.frameId)}
                    {...itemProps}
                  />
                ))}
              </Fragment>
            ))}
            {grouped.loose.map((n) => (
              <CanvasNote
                key={n.id}
                note={n}
                frameTitle={frameTitle(n.frameId)}
                zIndex={zOf(n.id)}
                offset={offsetFor(n.id)}
                {...itemProps}
              />
            ))}
            <PointerLayer awareness={awareness} zoom={view.zoom} />
          </div>
        </section>
      </div>
      <p id={ids.hint} className="board-hint muted">
        {t('boards.canvas.hint')}
      </p>
      <p id={ids.itemHint} hidden>
        {t('boards.canvas.itemHint')}
      </p>
    </div>
  );
}
