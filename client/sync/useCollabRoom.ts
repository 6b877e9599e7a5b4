import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { openRoom } from './openRoom';
import { SaveStateStore } from './saveState';

export interface CollabRoom {
  /** The room's name (`section:<id>`, …). */
  name: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The copy kept in this browser (IndexedDB): edits survive a reload while offline. */
  local: IndexeddbPersistence;
  /** Whether this device's edits are stored on the server ([SYNC14]). */
  save: SaveStateStore;
  /**
   * Throws this device's copy away (the Y.Doc and its IndexedDB copy) and opens the room again from
   * the server: edits the server refused can then never be sent, also not after an unlock.
   */
  reset(): Promise<void>;
}

/** IndexedDB database name of a room's local copy. */
export const localDbName = (room: string) => `wijkatelier:${room}`;

/**
 * Empties a room's IndexedDB copy (y-indexeddb's `updates` store). Clearing the store rather than
 * deleting the database: a delete waits for every other tab holding it open, and the room would
 * not open here until they close.
 */
function clearLocalCopy(room: string): Promise<void> {
  return new Promise((resolve) => {
    const open = indexedDB.open(localDbName(room));
    open.onerror = () => resolve();
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('updates')) {
        db.close();
        return resolve();
      }
      const tx = db.transaction(['updates'], 'readwrite');
      tx.objectStore('updates').clear();
      const done = () => {
        db.close();
        resolve();
      };
      tx.oncomplete = done;
      tx.onerror = done;
      tx.onabort = done;
    };
  });
}

/**
 * A Y.Doc bound to a room through the standard WebsocketProvider, with a local copy in IndexedDB.
 * Created in an effect (StrictMode runs memos twice, which would open two sockets) and destroyed
 * with the component.
 */
export function useCollabRoom(room: string | null): CollabRoom | null {
  const [state, setState] = useState<CollabRoom | null>(null);
  // Bumped by reset(): the effect builds a new doc, copy and provider for the same room.
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` asks for a fresh copy of the same room
  useEffect(() => {
    if (!room) return;
    // Keep deleted content: versions, comparisons and the authorship view are rendered from it.
    const doc = new Y.Doc({ gc: false });
    const local = new IndexeddbPersistence(localDbName(room), doc);
    const provider = openRoom(room, doc);
    const save = new SaveStateStore(provider, doc, local);
    const stopSave = save.start();
    let resetting: Promise<void> | null = null;
    const reset = () => {
      resetting ??= (async () => {
        // Nothing of this copy may reach the server any more, not even after an unlock.
        provider.destroy();
        stopSave();
        setState(null);
        await local.destroy();
        await clearLocalCopy(room);
        setGeneration((g) => g + 1);
      })();
      return resetting;
    };
    setState({ name: room, doc, provider, local, save, reset });
    return () => {
      setState(null);
      stopSave();
      provider.destroy();
      void local.destroy();
      doc.destroy();
    };
  }, [room, generation]);
  return state;
}
