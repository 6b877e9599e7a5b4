import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/sync/closeCodes';
import { admitUpdate, RoomSize, UpdateBudgets } from './admission';
import { ProtocolError } from './messages';

const MIB = 1024 * 1024;

/** Applies `change` to `doc` and returns the update it made (as a client would send it). */
function change(doc: Y.Doc, run: (text: Y.Text) => void): Uint8Array {
  let update: Uint8Array = new Uint8Array();
  const grab = (u: Uint8Array) => {
    update = u;
  };
  doc.on('update', grab);
  run(doc.getText('t'));
  doc.off('update', grab);
  return update;
}

describe('[SYNC8] update bytes per member per minute', () => {
  it('allows a minute of bytes at once, then refuses until it has refilled, per key', () => {
    let now = 0;
    const budgets = new UpdateBudgets(2 * MIB, () => now);
    expect(budgets.take('member:a', 1.5 * MIB)).toBe(true);
    expect(budgets.take('member:a', 0.6 * MIB)).toBe(false);
    // A refusal takes nothing: a smaller update still fits.
    expect(budgets.take('member:a', 0.4 * MIB)).toBe(true);
    expect(budgets.take('member:b', 2 * MIB)).toBe(true);
    now += 15_000; // a quarter of a minute: half a MiB back
    expect(budgets.take('member:a', 0.5 * MIB)).toBe(true);
    expect(budgets.take('member:a', 0.1 * MIB)).toBe(false);
  });

  it('forgets members whose budget is full again', () => {
    let now = 0;
    const budgets = new UpdateBudgets(MIB, () => now);
    budgets.take('member:a', 100);
    budgets.take('member:b', MIB);
    now += 61_000;
    budgets.take('member:c', 1);
    expect(budgets.size).toBe(1);
  });
});

describe('[SYNC8] room ceiling', () => {
  it('refuses an update that would take the room past its ceiling, accepts deletions, then room again', () => {
    const doc = new Y.Doc();
    const client = new Y.Doc();
    const size = new RoomSize(doc, 300_000);
    const apply = (u: Uint8Array) => {
      Y.applyUpdate(doc, u);
      size.grew(u.byteLength, Y.decodeUpdate(u).ds.clients.size > 0);
    };
    const budgets = new UpdateBudgets(10 * MIB);
    const first = change(client, (t) => t.insert(0, 'a'.repeat(200_000)));
    admitUpdate(size, budgets, 'k', first);
    apply(first);
    const second = change(client, (t) => t.insert(0, 'b'.repeat(150_000)));
    expect(() => admitUpdate(size, budgets, 'k', second)).toThrow(
      expect.objectContaining({ code: CloseCode.TooLarge }),
    );
    // Deleting is always allowed, and makes room (the deleted text is collected).
    const deletion = change(client, (t) => t.delete(150_000, 200_000));
    expect(Y.decodeUpdate(deletion).structs).toHaveLength(0);
    admitUpdate(size, budgets, 'k', deletion);
    apply(deletion);
    const third = change(client, (t) => t.insert(0, 'c'.repeat(150_000)));
    admitUpdate(size, budgets, 'k', third);
    apply(third);
    expect(size.bytes).toBeLessThanOrEqual(300_000);
  });

  it('checks the ceiling before the budget: a refused update costs no budget', () => {
    const size = new RoomSize(new Y.Doc(), 1000);
    const now = 0;
    const budgets = new UpdateBudgets(10_000, () => now);
    const big = change(new Y.Doc(), (t) => t.insert(0, 'x'.repeat(5000)));
    expect(() => admitUpdate(size, budgets, 'k', big)).toThrow(ProtocolError);
    expect(budgets.take('k', 10_000)).toBe(true);
  });
});
