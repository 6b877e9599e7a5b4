import { byRole, type MemberGroup, type MemberRole } from '../../../shared/roles';

/** Caret colour per group (white label text has at least 4.5:1 contrast on each). */
const GROUP_COLORS: Record<MemberGroup, string> = {
  bewoners: '#1d4f91',
  ambtenaren: '#a4262c',
  partners: '#1e6b35',
  facilitators: '#6b2c91',
  observers: '#3d4b57',
  // Read-only until confirmed: never a caret in the text, but present on boards and in documents.
  guests: '#3d4b57',
};

/** Caret colour per role: its group's, so a new role in an existing group needs nothing here. */
export const ROLE_COLORS: Record<MemberRole, string> = byRole((rules) => GROUP_COLORS[rules.group]);
