import type { ToolbarItem } from '../../ui/Toolbar';

/**
 * On a phone the first five of these that are there (four below 24rem, 384 px) stay in the toolbar's one
 * row; the rest is behind "Meer".
 */
const PHONE_ROW = ['bold', 'italic', 'bulletList', 'link', 'comment', 'undo'];
export const NARROW_QUERY = '(max-width: 24rem)';

/**
 * The toolbar's items in order — formatting, commenting, undo/redo — and which of them go behind
 * "Meer". In a section this member may not change (`locked`), everything that would change the text
 * is disabled; commenting stays.
 */
export function toolbarLayout(
  parts: { formatting: ToolbarItem[]; comment: ToolbarItem[]; history: ToolbarItem[] },
  screen: { locked: boolean; phone: boolean; narrow: boolean },
): { items: ToolbarItem[]; overflow: string[] } {
  const disable = (item: ToolbarItem): ToolbarItem => (screen.locked ? { ...item, disabled: true } : item);
  const items = [...parts.formatting.map(disable), ...parts.comment, ...parts.history.map(disable)];
  const row = PHONE_ROW.filter((id) => items.some((i) => i.id === id)).slice(0, screen.narrow ? 4 : 5);
  const overflow = screen.phone ? items.filter((i) => !row.includes(i.id)).map((i) => i.id) : [];
  return { items, overflow };
}
