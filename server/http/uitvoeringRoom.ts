import { roomName } from '../../shared/sync/rooms';
import { uitvoeringStamp, writeUitvoeringRoom } from '../../shared/sync/uitvoeringDoc';
import type { Rooms } from '../domain/deps';
import type { Storage } from '../storage/Storage';

/** What the `uitvoering:` room holds: the stamp of the plan as the database has it. */
export const uitvoeringRoomChange = async (storage: Storage, werkgroepId: string) => {
  const [acties, updates] = await Promise.all([
    storage.listActies(werkgroepId),
    storage.listVoortgang(werkgroepId),
  ]);
  const stamp = uitvoeringStamp(acties, updates);
  return (doc: Parameters<typeof writeUitvoeringRoom>[0]) => writeUitvoeringRoom(doc, stamp);
};

/** After a change of the plan: its room says so ([SYNC12]). */
export async function publishUitvoering(
  storage: Storage,
  rooms: Pick<Rooms, 'write'>,
  werkgroepId: string,
): Promise<void> {
  await rooms.write(roomName('uitvoering', werkgroepId), await uitvoeringRoomChange(storage, werkgroepId));
}
