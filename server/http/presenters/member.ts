import type { Member } from '../../../shared/schemas/member';
import type { MemberRow } from '../../storage/WorkspaceStore';
import { iso } from './iso';

export const presentMember = (m: MemberRow): Member => ({
  id: m.id,
  werkgroepId: m.werkgroepId,
  displayName: m.displayName,
  organisation: m.organisation,
  role: m.role,
  claimedRole: m.claimedRole,
  namedInExport: m.namedInExport,
  joinedAt: iso(m.joinedAt),
});
