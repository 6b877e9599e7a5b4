import { useCallback, useEffect, useRef } from 'react';
import type { CollabRoom } from '../../sync/useCollabRoom';
import { forgetRefused, keepRefused, type RefusedEdit, useRefusedEdits } from './refusedStore';
import { refusedPassages } from './refusedText';

/**
 * Keep, offer, drop: when the server refuses this device's edits in a section (it was settled
 * while they were typed or sent, or an edit was too large), the words are kept on the device at
 * once, the section's copy is thrown away and opened again from the server — so the refused edits
 * can never be sent later, not even when the section is opened again — and the words are offered
 * to the person (RefusedNotice).
 *
 * A refusal counts only where this member may not write (`readOnlyForMe`): a writable room that
 * does not store an edit is shown as "not saved" but never dropped.
 */
export function useRefusedFlow(
  room: CollabRoom | null,
  roomName: string,
  readOnlyForMe: boolean,
): { edits: RefusedEdit[]; done: (id: string) => void } {
  const edits = useRefusedEdits([roomName]);
  // A copy whose edits could not be written to the device: dropped only after the person chose.
  const dropLater = useRef<CollabRoom | null>(null);

  useEffect(() => {
    if (!room) return;
    let handled = false;
    const check = () => {
      const refusal = room.save.refusal();
      if (handled || !refusal || (refusal === 'refused' && !readOnlyForMe)) return;
      handled = true;
      const passages = refusedPassages(room.doc, room.save.storedVector());
      if (keepRefused(room.name, { reason: refusal, passages })) void room.reset();
      else dropLater.current = room;
    };
    check();
    return room.save.subscribe(check);
  }, [room, readOnlyForMe]);

  const done = useCallback(
    (id: string) => {
      forgetRefused(roomName, id);
      const later = dropLater.current;
      dropLater.current = null;
      if (later) void later.reset();
    },
    [roomName],
  );
  return { edits, done };
}
