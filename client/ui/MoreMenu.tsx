import {
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
  useEffect,
  useId,
  useRef,
} from 'react';

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

  // Opening moves focus to the first item that can be used (only when it opens, not on every render).
  const latest = useRef(items);
  latest.current = items;
  useEffect(() => {
    if (!open) return;
    const first = latest.current.findIndex((i) => !i.disabled);
    refs.current[Math.max(first, 0)]?.focus();
  }, [open]);

  // A click outside closes the menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) onOpenChange(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, onOpenChange]);

  const focusAt = (index: number) => {
    const n = items.length;
    refs.current[((index % n) + n) % n]?.focus();
  };
  const current = () => refs.current.indexOf(document.activeElement as HTMLButtonElement);
  const close = () => {
    onOpenChange(false);
    // Back to the button, so keyboard users continue where they were.
    (root.current?.querySelector('.more-menu__button') as HTMLButtonElement | null)?.focus();
  };
  const activate = (item: MenuItem) => {
    if (item.disabled) return;
    onOpenChange(false);
    item.onActivate();
  };

  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // The toolbar around this menu must not also act on these keys.
    e.stopPropagation();
    const at = current();
    switch (e.key) {
      case 'ArrowDown':
        focusAt(at + 1);
        break;
      case 'ArrowUp':
        focusAt(at - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(items.length - 1);
        break;
      case 'Escape':
        close();
        break;
      case 'Enter':
      case ' ': {
        const item = items[at];
        if (item) activate(item);
        break;
      }
      case 'Tab':
        // Tab leaves the menu as it leaves the toolbar: the menu closes, focus moves on.
        onOpenChange(false);
        return;
      default:
        return;
    }
    e.preventDefault();
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
          {items.map((item, index) => {
            const common = {
              ref: (el: HTMLButtonElement | null) => {
                refs.current[index] = el;
              },
              type: 'button' as const,
              'aria-disabled': item.disabled || undefined,
              tabIndex: -1,
              className: 'more-menu__item',
              onMouseDown: (e: MouseEvent) => e.preventDefault(),
              onClick: () => activate(item),
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
              <button key={item.id} role="menuitem" {...common}>
                {content}
              </button>
            ) : (
              <button key={item.id} role="menuitemcheckbox" aria-checked={item.pressed} {...common}>
                {content}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
