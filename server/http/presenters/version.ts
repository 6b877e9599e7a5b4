import type { VersionRow } from '../../storage/WorkspaceStore';
import { iso } from './iso';

/** A saved version without its sections' states (those only come with one version asked for). */
export const presentVersion = (v: Omit<VersionRow, 'sections'>) => ({
  id: v.id,
  documentId: v.documentId,
  name: v.name,
  createdBy: v.createdBy,
  createdAt: iso(v.createdAt),
});

/** One version with what each section held then. */
export const presentVersionWithSections = (v: VersionRow) => ({
  ...presentVersion(v),
  sections: v.sections.map(({ id, title, status, state }) => ({ id, title, status, state })),
});
