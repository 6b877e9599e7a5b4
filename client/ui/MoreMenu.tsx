import {
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
  type RefObject,
  useEffect,
  useId,
  useRef,
} from 'react';
import { menuKey } from './menuKeys';

export interface MenuItem {
  id: string;
  label: string;
  icon: ReactNode;
  pressed?: boolean;
  disabled?: boolean;
  onActivate: () => void;
}

/**
 * A menu button ("Meer") and its menu, after the WAI-ARIA menu button pattern: the button says
 * whether the menu is open; in the menu the arrow keys (and Home/End) move, Enter or Space activates
 * and closes, Escape closes and gives focus back to the button. Toggles are menuitemcheckbox.
 */
export function MoreMenu({
  label,
  items,
  open,
  onOpenChange,
  buttonRef,
  tabIndex,
  onFocus,
}: {
  label: string;
  items: MenuItem[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  buttonRef: Ref<HTMLButtonElement>;
  /** The toolbar's roving tab stop. */
  tabIndex: number;
  onFocus: () => void;
}) {
  const menuId = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const root = useRef<HTMLDivElement>(null);
  useFocusOnOpen(open, items, refs);
  useCloseOnOutsideClick(open, root, onOpenChange);

  const activate = (item: MenuItem) => {
    if (item.disabled) return;
    onOpenChange(false);
    item.onActivate();
  };
  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // The toolbar around this menu must not also act on these keys.
    e.stopPropagation();
    const action = menuKey(
      e.key,
      refs.current.indexOf(document.activeElement as HTMLButtonElement),
      items.length,
    );
    if (!action) return;
    if (action.kind === 'leave') {
      onOpenChange(false);
      return;
    }
    e.preventDefault();
    if (action.kind === 'focus') refs.current[action.index]?.focus();
    else if (action.kind === 'activate') {
      const item = items[action.index];
      if (item) activate(item);
    } else {
      onOpenChange(false);
      // Back to the button, so keyboard users continue where they were.
      (root.current?.querySelector('.more-menu__button') as HTMLButtonElement | null)?.focus();
    }
  };

  return (
    <div className="more-menu" ref={root}>
      <button
        ref={buttonRef}
        type="button"
        className="toolbar__button toolbar__button--group more-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        tabIndex={tabIndex}
        onFocus={onFocus}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onOpenChange(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            e.stopPropagation();
            onOpenChange(true);
          }
        }}
      >
        <span className="toolbar__label">{label}</span>
        <span aria-hidden="true" className="more-menu__chevron" />
      </button>
      {open && (
        <div id={menuId} className="more-menu__list" role="menu" aria-label={label} onKeyDown={onMenuKeyDown}>
          {items.map((item, index) => (
            <MenuItemButton
              key={item.id}
              item={item}
              buttonRef={(el) => {
                refs.current[index] = el;
              }}
              onActivate={() => activate(item)}
            />
          ))}
        </div>
      )}
    </div>
  );
}

/** Opening moves focus to the first item that can be used (only when it opens, not on every render). */
function useFocusOnOpen(open: boolean, items: MenuItem[], refs: RefObject<(HTMLButtonElement | null)[]>) {
  const latest = useRef(items);
  latest.current = items;
  useEffect(() => {
    if (!open) return;
    const first = latest.current.findIndex((i) => !i.disabled);
    refs.current[Math.max(first, 0)]?.focus();
  }, [open, refs]);
}

/** A click outside closes the menu. */
function useCloseOnOutsideClick(
  open: boolean,
  root: RefObject<HTMLElement | null>,
  onOpenChange: (open: boolean) => void,
) {
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) onOpenChange(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, root, onOpenChange]);
}

/** One item: a menuitem, or a menuitemcheckbox for a toggle. */
function MenuItemButton({
  item,
  buttonRef,
  onActivate,
}: {
  item: MenuItem;
  buttonRef: Ref<HTMLButtonElement>;
  onActivate: () => void;
}) {
  const common = {
    ref: buttonRef,
    type: 'button' as const,
    'aria-disabled': item.disabled || undefined,
    tabIndex: -1,
    className: 'more-menu__item',
    onMouseDown: (e: MouseEvent) => e.preventDefault(),
    onClick: onActivate,
  };
  const content = (
    <>
      <span aria-hidden="true" className="toolbar__icon more-menu__icon">
        {item.icon}
      </span>
      {item.label}
    </>
  );
  return item.pressed === undefined ? (
    <button role="menuitem" {...common}>
      {content}
    </button>
  ) : (
    <button role="menuitemcheckbox" aria-checked={item.pressed} {...common}>
      {content}
    </button>
  );
}
