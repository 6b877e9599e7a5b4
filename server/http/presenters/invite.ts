import type { CreatedInvite, Invite } from '../../../shared/schemas/invite';
import type { NewInvite } from '../../domain/invites';
import { type InviteRow, inviteStatus } from '../../storage/WorkspaceStore';
import { iso } from './iso';

export const presentInvite = (i: InviteRow, now = Date.now()): Invite => ({
  id: i.id,
  werkgroepId: i.werkgroepId,
  role: i.role,
  expiresAt: iso(i.expiresAt),
  maxUses: i.maxUses,
  uses: i.uses,
  status: inviteStatus(i, now),
  createdAt: iso(i.createdAt),
});

/** A new invite with its link and code: the only time either is shown (only a hash is stored). */
export const presentCreatedInvite = ({ row, url, code, now }: NewInvite): CreatedInvite => ({
  invite: presentInvite(row, now),
  url,
  code,
});
