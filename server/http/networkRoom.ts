import { writeNetworkRoom } from '../../shared/sync/networkDoc';
import { roomName } from '../../shared/sync/rooms';
import type { Rooms } from '../domain/deps';
import type { Storage } from '../storage/Storage';
import { networkView } from './presenters/network';

/** What the `netwerk:` room holds: the network as the database has it, without contacts. */
export const networkRoomChange = async (storage: Storage, werkgroepId: string) => {
  const view = await networkView(storage, werkgroepId, false);
  return (doc: Parameters<typeof writeNetworkRoom>[0]) => writeNetworkRoom(doc, view);
};

/** After a change of the network: its room says what the database says ([SYNC12]). */
export async function publishNetwork(
  storage: Storage,
  rooms: Pick<Rooms, 'write'>,
  werkgroepId: string,
): Promise<void> {
  await rooms.write(roomName('netwerk', werkgroepId), await networkRoomChange(storage, werkgroepId));
}
