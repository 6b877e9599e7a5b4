import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import { MoreMenu } from './MoreMenu';

export interface ToolbarItem {
  id: string;
  label: string;
  icon: ReactNode;
  /** Shows the label next to the icon (for items whose icon alone is not clear). */
  showLabel?: boolean;
  pressed?: boolean;
  disabled?: boolean;
  /** Starts a new visual group. */
  groupStart?: boolean;
  onActivate: () => void;
}

/**
 * WAI-ARIA toolbar: one tab stop, arrow keys (and Home/End) move between buttons, every button
 * has a name, toggles expose aria-pressed. Items whose ids are in `overflow` sit behind a last
 * "more" menu button (`moreLabel`), so a narrow toolbar keeps one row and every action.
 */
export function Toolbar({
  label,
  items,
  describedBy,
  overflow = [],
  moreLabel = '',
}: {
  label: string;
  items: ToolbarItem[];
  /** Id of a text that explains the toolbar's state (for example why its buttons are disabled). */
  describedBy?: string;
  overflow?: readonly string[];
  moreLabel?: string;
}) {
  const hidden = new Set(overflow);
  const shown = items.filter((i) => !hidden.has(i.id));
  const more = items.filter((i) => hidden.has(i.id));
  const [chosen, setActive] = useState(0);
  const [menuOpen, setMenuOpen] = useState(false);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const count = shown.length + (more.length > 0 ? 1 : 0);
  const moreIndex = more.length > 0 ? shown.length : -1;
  // The toolbar may lose buttons (a phone turned, a table left): the tab stop stays on one that exists.
  const active = Math.min(chosen, count - 1);

  const move = (to: number) => {
    const index = ((to % count) + count) % count;
    setActive(index);
    refs.current[index]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      // Activate here rather than through the synthesized click: the action may move focus to
      // the editor, which must not receive this key press as well.
      event.preventDefault();
      if (active === moreIndex) {
        setMenuOpen((open) => !open);
        return;
      }
      const item = shown[active];
      if (item && !item.disabled) item.onActivate();
      return;
    }
    const target =
      event.key === 'ArrowRight'
        ? active + 1
        : event.key === 'ArrowLeft'
          ? active - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : null;
    if (target !== null) {
      event.preventDefault();
      setMenuOpen(false);
      move(target);
    }
  };

  return (
    <div
      className={`toolbar${more.length > 0 ? ' toolbar--compact' : ''}`}
      role="toolbar"
      aria-label={label}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
    >
      {shown.map((item, index) => (
        <button
          key={item.id}
          ref={(el) => {
            refs.current[index] = el;
          }}
          type="button"
          className={`toolbar__button${item.groupStart ? ' toolbar__button--group' : ''}`}
          tabIndex={index === active ? 0 : -1}
          aria-pressed={item.pressed}
          aria-label={item.showLabel ? undefined : item.label}
          title={item.showLabel ? undefined : item.label}
          aria-disabled={item.disabled || undefined}
          onFocus={() => setActive(index)}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            if (!item.disabled) item.onActivate();
          }}
        >
          {item.icon && (
            <span aria-hidden="true" className="toolbar__icon">
              {item.icon}
            </span>
          )}
          {item.showLabel && <span className="toolbar__label">{item.label}</span>}
        </button>
      ))}
      {more.length > 0 && (
        <MoreMenu
          label={moreLabel}
          items={more}
          open={menuOpen}
          onOpenChange={setMenuOpen}
          buttonRef={(el) => {
            refs.current[moreIndex] = el;
          }}
          tabIndex={active === moreIndex ? 0 : -1}
          onFocus={() => setActive(moreIndex)}
        />
      )}
    </div>
  );
}
