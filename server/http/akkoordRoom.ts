import { writeAkkoordRoom } from '../../shared/sync/akkoordDoc';
import { roomName } from '../../shared/sync/rooms';
import type { Rooms } from '../domain/deps';
import type { Storage } from '../storage/Storage';
import { akkoordState } from './presenters/akkoord';

/** What the `akkoordstand:` room holds: the akkoord as the database has it, names only with consent. */
export const akkoordRoomChange = async (storage: Storage, werkgroepId: string) => {
  const state = await akkoordState(storage, werkgroepId, false);
  return (doc: Parameters<typeof writeAkkoordRoom>[0]) => writeAkkoordRoom(doc, state);
};

/** [AKK12] After a change of the akkoord: its room says what the database says ([SYNC12]). */
export async function publishAkkoord(
  storage: Storage,
  rooms: Pick<Rooms, 'write'>,
  werkgroepId: string,
): Promise<void> {
  await rooms.write(roomName('akkoordstand', werkgroepId), await akkoordRoomChange(storage, werkgroepId));
}
