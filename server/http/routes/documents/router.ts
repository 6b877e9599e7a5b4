import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { TEMPLATES } from '../../../../shared/editor/templates';
import { can } from '../../../../shared/permissions';
import { DOCUMENT_LIMITS } from '../../../../shared/schemas/document';
import { SECTION_LIMITS } from '../../../../shared/schemas/section';
import { roomName } from '../../../../shared/sync/rooms';
import { newId } from '../../../auth/tokens';
import type { Storage } from '../../../storage/Storage';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { presentDocument, presentSection, presentWerkgroep } from '../../presenters';
import { publishSections } from '../../roomState';
import { mount } from '../../route';

/** The document (404 when unknown) and the caller's membership in its werkgroep, checked for `action`. */
export async function documentFor(
  storage: Storage,
  req: Parameters<typeof requireMember>[1],
  documentId: string,
  action: Parameters<typeof requireMember>[3],
) {
  const document = await storage.getDocument(documentId);
  if (!document) throw new ApiError('not_found');
  const { werkgroep, member } = await requireMember(storage, req, document.werkgroepId, action);
  return { document, werkgroep, member };
}

export function documentsRouter({ storage, rooms }: RouteDeps): Router {
  const router = Router();

  /** Puts the sections as stored into the document's structure room, so open pages follow live. */
  const publishStructure = (documentId: string) => publishSections(storage, rooms, documentId);

  mount(router, API.listDocuments, async ({ req, params }) => {
    await requireMember(storage, req, params.werkgroepId, 'document.read');
    return (await storage.listDocuments(params.werkgroepId)).map(presentDocument);
  });

  mount(router, API.createDocument, async ({ req, params, body }) => {
    await requireMember(storage, req, params.werkgroepId, 'document.create');
    if ((await storage.listDocuments(params.werkgroepId)).length >= DOCUMENT_LIMITS.perWerkgroep) {
      throw new ApiError('limit_reached');
    }
    const now = Date.now();
    const row = {
      id: newId(),
      werkgroepId: params.werkgroepId,
      title: body.title,
      kind: body.kind,
      createdAt: now,
    };
    const sections = TEMPLATES[body.kind].map((t, position) => ({
      id: newId(),
      documentId: row.id,
      title: t.title,
      prompt: t.prompt,
      status: 'concept' as const,
      position,
      createdAt: now,
    }));
    await storage.createDocument(row, sections);
    await publishStructure(row.id);
    return presentDocument(row);
  });

  mount(router, API.getDocument, async ({ req, params }) => {
    const { document, werkgroep } = await documentFor(storage, req, params.documentId, 'document.read');
    const sections = (await storage.listSections(document.id)).map(presentSection);
    return { document: { ...presentDocument(document), sections }, werkgroep: presentWerkgroep(werkgroep) };
  });

  mount(router, API.createSection, async ({ req, params, body }) => {
    const { document } = await documentFor(storage, req, params.documentId, 'section.create');
    if ((await storage.listSections(document.id)).length >= SECTION_LIMITS.perDocument)
      throw new ApiError('limit_reached');
    if (body.afterId && (await storage.getSection(body.afterId))?.documentId !== document.id)
      throw new ApiError('not_found');
    const section = await storage.insertSection(
      {
        id: newId(),
        documentId: document.id,
        title: body.title,
        prompt: '',
        status: 'concept',
        createdAt: Date.now(),
      },
      body.afterId ?? null,
    );
    await publishStructure(document.id);
    return presentSection(section);
  });

  mount(router, API.updateSection, async ({ req, params, body }) => {
    const { document, member } = await documentFor(storage, req, params.documentId, 'section.rename');
    const section = await storage.getSection(params.sectionId);
    if (!section || section.documentId !== document.id) throw new ApiError('not_found');
    if (
      body.status !== undefined &&
      body.status !== section.status &&
      !can(member.role, 'section.setStatus')
    ) {
      throw new ApiError('forbidden');
    }
    if (
      section.status === 'vastgesteld' &&
      body.title !== undefined &&
      !can(member.role, 'section.editLocked')
    ) {
      throw new ApiError('forbidden');
    }
    const updated = await storage.updateSection(section.id, body);
    if (!updated) throw new ApiError('not_found');
    const wasLocked = section.status === 'vastgesteld';
    const isLocked = updated.status === 'vastgesteld';
    if (wasLocked !== isLocked) {
      // The lock is a right on the section's room: sockets that it changes reconnect with it. First,
      // so the new right holds even when the room write below fails (the room catches up on load).
      rooms.closeRoom(
        roomName('section', section.id),
        (who) => !!who && !can(who.role, 'section.editLocked'),
      );
    }
    await publishStructure(document.id);
    return presentSection(updated);
  });

  mount(router, API.deleteSection, async ({ req, params }) => {
    const { document } = await documentFor(storage, req, params.documentId, 'section.delete');
    const section = await storage.getSection(params.sectionId);
    if (!section || section.documentId !== document.id) throw new ApiError('not_found');
    await storage.deleteSection(section.id);
    await publishStructure(document.id);
    rooms.closeRoom(roomName('section', section.id), () => true);
    return undefined;
  });

  return router;
}
