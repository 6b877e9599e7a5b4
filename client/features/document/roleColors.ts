import type { MemberRole } from '../../../shared/schemas/member';

/** Caret colour per role group (white label text has at least 4.5:1 contrast on each). */
export const ROLE_COLORS: Record<MemberRole, string> = {
  bewoner: '#1d4f91',
  ambtenaar: '#a4262c',
  partner: '#1e6b35',
  facilitator: '#6b2c91',
  observer: '#3d4b57',
  // Read-only until confirmed: never a caret in the text, but present on boards and in documents.
  guest: '#3d4b57',
};
