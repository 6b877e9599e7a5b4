import type { z } from 'zod';
import { TEMPLATES } from '../../shared/editor/templates';
import { can } from '../../shared/permissions';
import { type CreateDocument, DOCUMENT_LIMITS } from '../../shared/schemas/document';
import {
  type createSectionSchema,
  SECTION_LIMITS,
  type updateSectionSchema,
} from '../../shared/schemas/section';
import { roomName } from '../../shared/sync/rooms';
import { newId } from '../auth/tokens';
import type { Storage } from '../storage/Storage';
import type { DocumentRow, MemberRow, SectionRow } from '../storage/WorkspaceStore';
import type { DomainDeps } from './deps';
import { DomainError } from './errors';

/** A new document of a kind, with the sections its template starts with (limit_reached past the maximum). */
export async function createDocument(
  storage: Storage,
  werkgroepId: string,
  input: CreateDocument,
): Promise<DocumentRow> {
  if ((await storage.listDocuments(werkgroepId)).length >= DOCUMENT_LIMITS.perWerkgroep)
    throw new DomainError('limit_reached');
  const now = Date.now();
  const row = { id: newId(), werkgroepId, title: input.title, kind: input.kind, createdAt: now };
  const sections = TEMPLATES[input.kind].map((t, position) => ({
    id: newId(),
    documentId: row.id,
    title: t.title,
    prompt: t.prompt,
    status: 'concept' as const,
    position,
    createdAt: now,
  }));
  await storage.createDocument(row, sections);
  return row;
}

/** A section of the document (404 when unknown or another document's). */
export async function sectionOf(storage: Storage, document: DocumentRow, sectionId: string) {
  const section = await storage.getSection(sectionId);
  if (!section || section.documentId !== document.id) throw new DomainError('not_found');
  return section;
}

/** A new, empty section after `afterId` (a section of the same document) or at the end. */
export async function addSection(
  storage: Storage,
  document: DocumentRow,
  input: z.output<typeof createSectionSchema>,
): Promise<SectionRow> {
  if ((await storage.listSections(document.id)).length >= SECTION_LIMITS.perDocument)
    throw new DomainError('limit_reached');
  if (input.afterId && (await storage.getSection(input.afterId))?.documentId !== document.id)
    throw new DomainError('not_found');
  return storage.insertSection(
    {
      id: newId(),
      documentId: document.id,
      title: input.title,
      prompt: '',
      status: 'concept',
      createdAt: Date.now(),
    },
    input.afterId ?? null,
  );
}

/**
 * Renames a section or sets its status. Setting the status takes `section.setStatus`; renaming a
 * section that is vastgesteld takes `section.editLocked`.
 */
export async function updateSection(
  { storage, rooms }: DomainDeps,
  document: DocumentRow,
  member: MemberRow,
  sectionId: string,
  patch: z.output<typeof updateSectionSchema>,
): Promise<SectionRow> {
  const section = await sectionOf(storage, document, sectionId);
  if (patch.status !== undefined && patch.status !== section.status && !can(member.role, 'section.setStatus'))
    throw new DomainError('forbidden');
  if (
    section.status === 'vastgesteld' &&
    patch.title !== undefined &&
    !can(member.role, 'section.editLocked')
  )
    throw new DomainError('forbidden');
  const updated = await storage.updateSection(section.id, patch);
  if (!updated) throw new DomainError('not_found');
  if ((section.status === 'vastgesteld') !== (updated.status === 'vastgesteld')) {
    // The lock is a right on the section's room: sockets that it changes reconnect with it. First,
    // so the new right holds even when the room write after this fails (the room catches up on load).
    rooms.closeRoom(roomName('section', section.id), { kind: 'lacking', action: 'section.editLocked' });
  }
  return updated;
}
