import { describe, expect, it } from 'vitest';
import { type NetworkViewEntry, pickView, TABLE_VIEW } from './views';

const Nothing = () => null;
const graph: NetworkViewEntry = { id: 'netwerk', label: 'network.views.graph', Component: Nothing };

describe('network view switcher', () => {
  const views = [graph, TABLE_VIEW];
  it('opens with the first view on a wide screen and the table on a phone; the address wins', () => {
    expect(pickView(views, null, false).id).toBe('netwerk');
    expect(pickView(views, null, true).id).toBe('tabel');
    expect(pickView(views, 'netwerk', true).id).toBe('netwerk');
    expect(pickView(views, 'bestaat-niet', false).id).toBe('netwerk');
    expect(pickView([], null, false).id).toBe('tabel');
  });
});
