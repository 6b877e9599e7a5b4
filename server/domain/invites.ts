import { pagePath, SECRET_PAGES } from '../../shared/api/pages';
import { type CreateInvite, createInviteSchema } from '../../shared/schemas/invite';
import { hashToken, newId, newInviteCode } from '../auth/tokens';
import type { Storage } from '../storage/Storage';
import type { InviteRow } from '../storage/WorkspaceStore';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A just-made invite: its row, and the code and link that exist only now (the row keeps a hash). */
export interface NewInvite {
  row: InviteRow;
  code: string;
  url: string;
  now: number;
}

/**
 * Creates an invite to a werkgroep. `origin` is where the link points: the address others open
 * (RouteDeps.joinAddress), not only the caller's.
 */
export async function createInvite(
  storage: Storage,
  werkgroepId: string,
  input: CreateInvite,
  origin: string,
): Promise<NewInvite> {
  const { role, expiresInDays, maxUses } = createInviteSchema.parse(input);
  const code = newInviteCode();
  const now = Date.now();
  const row: InviteRow = {
    id: newId(),
    werkgroepId,
    role,
    codeHash: hashToken(code),
    expiresAt: now + expiresInDays * DAY_MS,
    maxUses,
    uses: 0,
    revokedAt: null,
    createdAt: now,
  };
  await storage.createInvite(row);
  return { row, code, url: `${origin}${pagePath(SECRET_PAGES.invite, { code })}`, now };
}
