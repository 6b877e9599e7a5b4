import { type NetworkChange, networkChangeSchema, networkEntitySchema } from '../../shared/network/change';
import { initiativeRecordSchema } from '../../shared/network/initiative';
import { overlapMarkSchema } from '../../shared/network/overlapMark';
import { partySchema } from '../../shared/network/party';
import { relationSchema } from '../../shared/network/relation';
import type { NetworkItem } from './NetworkStore';

/** A stored record read back with its shared schema (both backends keep it as JSON). */
export function parseNetworkItem(entity: string, data: unknown): NetworkItem {
  const kind = networkEntitySchema.parse(entity);
  switch (kind) {
    case 'party':
      return { entity: kind, value: partySchema.parse(data) };
    case 'initiative':
      return { entity: kind, value: initiativeRecordSchema.parse(data) };
    case 'relation':
      return { entity: kind, value: relationSchema.parse(data) };
    case 'overlap':
      return { entity: kind, value: overlapMarkSchema.parse(data) };
    case 'outline':
      throw new Error('the wijkgrens is not kept as a network record');
  }
}

export type ChangeColumns = {
  at: number;
  member_id: string;
  entity: string;
  entity_id: string;
  action: string;
  label: string;
  fields: unknown;
};

export const parseChange = (r: ChangeColumns): NetworkChange =>
  networkChangeSchema.parse({
    at: r.at,
    memberId: r.member_id,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    label: r.label,
    fields: typeof r.fields === 'string' ? JSON.parse(r.fields) : r.fields,
  });
