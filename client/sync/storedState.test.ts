import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { covers, judge, localState, StoredState } from './storedState';

/** A server and a device that start from the same stored text. */
function setup(text = 'Samen voor Overvecht.') {
  const server = new Y.Doc({ gc: false });
  server.getText('t').insert(0, text);
  const device = new Y.Doc({ gc: false });
  Y.applyUpdate(device, Y.encodeStateAsUpdate(server));
  return { server, device };
}

/** What the device learns from the server's answer to a step 1 and the step 1 after it ([SYNC14]). */
function answer(server: Y.Doc, device: Y.Doc): StoredState {
  const stored = new StoredState();
  stored.noteUpdate(Y.encodeStateAsUpdate(server, Y.encodeStateVector(device)), true);
  stored.noteStateVector(Y.encodeStateVector(server));
  return stored;
}

describe('saved means: the server holds every (client id, clock) and every deletion of this copy', () => {
  it('an edit the server has is stored', () => {
    const { server, device } = setup();
    device.getText('t').insert(0, 'Ja! ');
    Y.applyUpdate(server, Y.encodeStateAsUpdate(device, Y.encodeStateVector(server)));
    expect(covers(answer(server, device), localState(device))).toBe(true);
  });

  it('an insert the server dropped (read-only connection) is refused', () => {
    const { server, device } = setup();
    device.getText('t').insert(0, 'Tabel: ');
    const asked = localState(device);
    const stored = answer(server, device);
    expect(covers(stored, localState(device))).toBe(false);
    expect(judge(stored, localState(device), asked)).toBe('refused');
  });

  it('a deletion the server dropped is refused too, though the state vectors are equal', () => {
    const { server, device } = setup();
    device.getText('t').delete(0, 6);
    expect(Y.encodeStateVector(device)).toEqual(Y.encodeStateVector(server));
    const asked = localState(device);
    expect(judge(answer(server, device), localState(device), asked)).toBe('refused');
    // …and once the server has it, stored.
    Y.applyUpdate(server, Y.encodeStateAsUpdate(device));
    expect(judge(answer(server, device), localState(device), asked)).toBe('stored');
  });

  it('an edit made after the question is pending, not refused', () => {
    const { server, device } = setup();
    device.getText('t').insert(0, 'Eerst. ');
    Y.applyUpdate(server, Y.encodeStateAsUpdate(device, Y.encodeStateVector(server)));
    const asked = localState(device);
    const stored = answer(server, device);
    device.getText('t').insert(0, 'Daarna. ');
    expect(judge(stored, localState(device), asked)).toBe('pending');
    // The provider's own step 1 at connect proves nothing about edits sent after it.
    expect(judge(stored, localState(device), null)).toBe('pending');
  });

  it('what others wrote reaches us only through the server: relays count as stored', () => {
    const { server, device } = setup();
    const stored = answer(server, device);
    const other = new Y.Doc({ gc: false });
    Y.applyUpdate(other, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateVector(other);
    other.getText('t').insert(0, 'Bram: ');
    other.getText('t').delete(10, 3);
    const relay = Y.encodeStateAsUpdate(other, before);
    Y.applyUpdate(server, relay);
    Y.applyUpdate(device, relay);
    expect(covers(stored, localState(device))).toBe(false);
    stored.noteUpdate(relay, false);
    expect(covers(stored, localState(device))).toBe(true);
  });

  it('a server that collects garbage still covers deletions of this copy', () => {
    const server = new Y.Doc({ gc: true });
    server.getText('t').insert(0, 'weg ermee');
    const device = new Y.Doc({ gc: false });
    Y.applyUpdate(device, Y.encodeStateAsUpdate(server));
    device.getText('t').delete(0, 4);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(device));
    expect(server.getText('t').toString()).toBe('ermee');
    expect(covers(answer(server, device), localState(device))).toBe(true);
  });

  it('a deletion only partly stored is not covered', () => {
    const { server, device } = setup('abcdefghij');
    const first = new Y.Doc({ gc: false });
    Y.applyUpdate(first, Y.encodeStateAsUpdate(server));
    first.getText('t').delete(2, 3);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(first));
    Y.applyUpdate(device, Y.encodeStateAsUpdate(server));
    device.getText('t').delete(0, 5);
    expect(covers(answer(server, device), localState(device))).toBe(false);
  });
});
