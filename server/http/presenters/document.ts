import type { DocumentInfo } from '../../../shared/schemas/document';
import type { Section } from '../../../shared/schemas/section';
import { roomName } from '../../../shared/sync/rooms';
import type { DocumentRow, SectionRow } from '../../storage/WorkspaceStore';
import { iso } from './iso';

export const presentDocument = (d: DocumentRow): DocumentInfo => ({
  id: d.id,
  werkgroepId: d.werkgroepId,
  title: d.title,
  kind: d.kind,
  createdAt: iso(d.createdAt),
  room: roomName('doc', d.id),
});

export const presentSection = (s: SectionRow): Section => ({
  id: s.id,
  documentId: s.documentId,
  title: s.title,
  prompt: s.prompt,
  status: s.status,
  position: s.position,
  room: roomName('section', s.id),
});
