import type { Request } from 'express';
import { pagePath, SECRET_PAGES } from '../../../../shared/api/pages';
import type { CreatedInvite, CreateInvite } from '../../../../shared/schemas/invite';
import { createInviteSchema } from '../../../../shared/schemas/invite';
import { hashToken, newId, newInviteCode } from '../../../auth/tokens';
import type { Storage } from '../../../storage/Storage';
import { presentInvite } from '../../presenters';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The address people open: this server as the caller reached it. */
export function publicBase(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** Creates an invite; the code is returned once and stored only as a hash. */
export async function createInviteFor(
  storage: Storage,
  req: Request,
  werkgroepId: string,
  input: CreateInvite,
  /** Where the link points: the address others open (RouteDeps.joinAddress), not only the caller's. */
  origin = publicBase(req),
): Promise<CreatedInvite> {
  const { role, expiresInDays, maxUses } = createInviteSchema.parse(input);
  const code = newInviteCode();
  const now = Date.now();
  const row = {
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
  return {
    invite: presentInvite(row, now),
    url: `${origin}${pagePath(SECRET_PAGES.invite, { code })}`,
    code,
  };
}
