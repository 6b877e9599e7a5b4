import type { Werkgroep } from '../../../shared/schemas/werkgroep';
import { roomName } from '../../../shared/sync/rooms';
import type { WerkgroepRow } from '../../storage/WorkspaceStore';
import { iso } from './iso';

export const presentWerkgroep = (w: WerkgroepRow): Werkgroep => ({
  id: w.id,
  name: w.name,
  wijk: w.wijk,
  gemeente: w.gemeente,
  createdAt: iso(w.createdAt),
  room: roomName('werkgroep', w.id),
});
