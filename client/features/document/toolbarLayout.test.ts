import { describe, expect, it } from 'vitest';
import type { ToolbarItem } from '../../ui/Toolbar';
import { toolbarLayout } from './toolbarLayout';

const item = (id: string): ToolbarItem => ({ id, label: id, icon: null, onActivate: () => undefined });
const parts = {
  formatting: ['paragraph', 'h1', 'bold', 'italic', 'link', 'bulletList', 'orderedList', 'table'].map(item),
  comment: [item('comment')],
  history: [item('undo'), item('redo')],
};
const ids = (items: ToolbarItem[]) => items.map((i) => i.id);

describe('toolbarLayout', () => {
  it('keeps formatting, commenting, history in that order; nothing behind "Meer" on a wide screen', () => {
    const { items, overflow } = toolbarLayout(parts, { locked: false, phone: false, narrow: false });
    expect(ids(items)).toEqual([...ids(parts.formatting), 'comment', 'undo', 'redo']);
    expect(overflow).toEqual([]);
  });

  it('on a phone five stay in the row (four when narrow), the rest goes behind "Meer"', () => {
    const phone = toolbarLayout(parts, { locked: false, phone: true, narrow: false });
    expect(ids(phone.items).filter((id) => !phone.overflow.includes(id))).toEqual([
      'bold',
      'italic',
      'link',
      'bulletList',
      'comment',
    ]);
    const narrow = toolbarLayout(parts, { locked: false, phone: true, narrow: true });
    expect(ids(narrow.items).filter((id) => !narrow.overflow.includes(id))).toEqual([
      'bold',
      'italic',
      'link',
      'bulletList',
    ]);
  });

  it('without commenting, undo takes its place in the row', () => {
    const { items, overflow } = toolbarLayout(
      { ...parts, comment: [] },
      { locked: false, phone: true, narrow: false },
    );
    expect(ids(items).filter((id) => !overflow.includes(id))).toEqual([
      'bold',
      'italic',
      'link',
      'bulletList',
      'undo',
    ]);
  });

  it('in a locked section everything but commenting is disabled', () => {
    const { items } = toolbarLayout(parts, { locked: true, phone: false, narrow: false });
    expect(items.filter((i) => !i.disabled).map((i) => i.id)).toEqual(['comment']);
  });
});
