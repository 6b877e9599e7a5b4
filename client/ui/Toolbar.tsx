import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';

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
 * has a name, toggles expose aria-pressed.
 */
export function Toolbar({
  label,
  items,
  describedBy,
}: {
  label: string;
  items: ToolbarItem[];
  /** Id of a text that explains the toolbar's state (for example why its buttons are disabled). */
  describedBy?: string;
}) {
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const move = (to: number) => {
    const count = items.length;
    const index = ((to % count) + count) % count;
    setActive(index);
    refs.current[index]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      // Activate here rather than through the synthesized click: the action may move focus to
      // the editor, which must not receive this key press as well.
      event.preventDefault();
      const item = items[active];
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
              ? items.length - 1
              : null;
    if (target !== null) {
      event.preventDefault();
      move(target);
    }
  };

  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label={label}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
    >
      {items.map((item, index) => (
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
    </div>
  );
}
