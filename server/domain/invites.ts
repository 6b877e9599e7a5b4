import { pagePath, SECRET_PAGES } from '../../shared/api/pages';
import { type CreateInvite, createInviteSchema, FACILITATOR_INVITE } from '../../shared/schemas/invite';
import type { CreateWerkgroep } from '../../shared/schemas/werkgroep';
import { hashToken, newId, newInviteCode } from '../auth/tokens';
import type { Storage } from '../storage/Storage';
import { type InviteRow, inviteStatus, type WerkgroepRow } from '../storage/WorkspaceStore';
import { DomainError } from './errors';

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

/** A new werkgroep and the link for its first member, the facilitator, who invites the others. */
export async function createWerkgroep(
  storage: Storage,
  input: CreateWerkgroep,
  origin: string,
): Promise<{ werkgroep: WerkgroepRow; facilitatorInvite: NewInvite }> {
  const werkgroep = { id: newId(), ...input, createdAt: Date.now() };
  await storage.createWerkgroep(werkgroep);
  const facilitatorInvite = await createInvite(
    storage,
    werkgroep.id,
    { role: 'facilitator', ...FACILITATOR_INVITE },
    origin,
  );
  return { werkgroep, facilitatorInvite };
}

/**
 * A lost or forwarded facilitator link: a new one, and the facilitator links still open stop working
 * (`withdrawn` counts them). 404 for an unknown werkgroep.
 */
export async function renewFacilitatorInvite(storage: Storage, werkgroepId: string, origin: string) {
  if (!(await storage.getWerkgroep(werkgroepId))) throw new DomainError('not_found');
  const now = Date.now();
  const open = (await storage.listInvites(werkgroepId)).filter(
    (i) => i.role === 'facilitator' && inviteStatus(i, now) === 'valid',
  );
  for (const invite of open) await storage.revokeInvite(werkgroepId, invite.id, now);
  const invite = await createInvite(
    storage,
    werkgroepId,
    { role: 'facilitator', ...FACILITATOR_INVITE },
    origin,
  );
  return { invite, withdrawn: open.length };
}
