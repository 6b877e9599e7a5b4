import type { Role } from '../../../shared/schemas/member';
import type { InviteRow, MemberRow, WerkgroepRow } from '../WorkspaceStore';

/** Workspace rows as PostgreSQL holds them, and as the store hands them out. */
export type DbMember = {
  id: string;
  werkgroep_id: string;
  person_id: string;
  display_name: string;
  organisation: string | null;
  /** For a guest: the role they claimed. */
  role: Role;
  status: 'guest' | 'confirmed';
  named_in_export: boolean;
  joined_at: number;
};
export type DbWerkgroep = { id: string; name: string; wijk: string; gemeente: string; created_at: number };
export type DbInvite = {
  id: string;
  werkgroep_id: string;
  role: Role;
  code_hash: string;
  expires_at: number;
  max_uses: number;
  uses: number;
  revoked_at: number | null;
  created_at: number;
};

export const member = (r: DbMember): MemberRow => ({
  id: r.id,
  werkgroepId: r.werkgroep_id,
  personId: r.person_id,
  displayName: r.display_name,
  organisation: r.organisation,
  role: r.status === 'guest' ? 'guest' : r.role,
  claimedRole: r.status === 'guest' ? r.role : null,
  namedInExport: r.named_in_export,
  joinedAt: r.joined_at,
});
export const werkgroep = (r: DbWerkgroep): WerkgroepRow => ({
  id: r.id,
  name: r.name,
  wijk: r.wijk,
  gemeente: r.gemeente,
  createdAt: r.created_at,
});
export const invite = (r: DbInvite): InviteRow => ({
  id: r.id,
  werkgroepId: r.werkgroep_id,
  role: r.role,
  codeHash: r.code_hash,
  expiresAt: r.expires_at,
  maxUses: r.max_uses,
  uses: r.uses,
  revokedAt: r.revoked_at,
  createdAt: r.created_at,
});

export const MEMBER_COLS =
  'id, werkgroep_id, person_id, display_name, organisation, role, status, named_in_export, joined_at';
export const WERKGROEP_COLS = 'id, name, wijk, gemeente, created_at';
export const INVITE_COLS =
  'id, werkgroep_id, role, code_hash, expires_at, max_uses, uses, revoked_at, created_at';
