import { writeMonitoringRoom } from '../../shared/sync/monitoringDoc';
import { roomName } from '../../shared/sync/rooms';
import type { Rooms } from '../domain/deps';
import type { Storage } from '../storage/Storage';

/** What the `monitoring:` room holds: the werkgroep's indicators with their measurements, as stored. */
export const monitoringRoomChange = async (storage: Storage, werkgroepId: string) => {
  const view = { indicators: await storage.listMonitoring(werkgroepId) };
  return (doc: Parameters<typeof writeMonitoringRoom>[0]) => writeMonitoringRoom(doc, view);
};

/** After a change of the monitoring: its room says what the database says ([SYNC12]). */
export async function publishMonitoring(
  storage: Storage,
  rooms: Pick<Rooms, 'write'>,
  werkgroepId: string,
): Promise<void> {
  await rooms.write(roomName('monitoring', werkgroepId), await monitoringRoomChange(storage, werkgroepId));
}
