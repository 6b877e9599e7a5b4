import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { roomName } from '../../../../shared/sync/rooms';
import { addSection, createDocument, sectionOf, updateSection } from '../../../domain/documents';
import { documentFor } from '../../../domain/loaders';
import { actorOf, requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { presentDocument, presentSection } from '../../presenters/document';
import { presentWerkgroep } from '../../presenters/werkgroep';
import { publishSections } from '../../roomState';
import { mount } from '../../route';

export function documentsRouter(deps: RouteDeps): Router {
  const { storage, rooms } = deps;
  const router = Router();

  /** Puts the sections as stored into the document's structure room, so open pages follow live. */
  const publishStructure = (documentId: string) => publishSections(storage, rooms, documentId);

  mount(router, API.listDocuments, async ({ req, params }) => {
    await requireMember(storage, req, params.werkgroepId, 'document.read');
    return (await storage.listDocuments(params.werkgroepId)).map(presentDocument);
  });

  mount(router, API.createDocument, async ({ req, params, body }) => {
    await requireMember(storage, req, params.werkgroepId, 'document.create');
    const row = await createDocument(storage, params.werkgroepId, body);
    await publishStructure(row.id);
    return presentDocument(row);
  });

  mount(router, API.getDocument, async ({ req, params }) => {
    const { document, werkgroep } = await documentFor(
      storage,
      params.documentId,
      actorOf(req),
      'document.read',
    );
    const sections = (await storage.listSections(document.id)).map(presentSection);
    return { document: { ...presentDocument(document), sections }, werkgroep: presentWerkgroep(werkgroep) };
  });

  mount(router, API.createSection, async ({ req, params, body }) => {
    const { document } = await documentFor(storage, params.documentId, actorOf(req), 'section.create');
    const section = await addSection(storage, document, body);
    await publishStructure(document.id);
    return presentSection(section);
  });

  mount(router, API.updateSection, async ({ req, params, body }) => {
    const { document, member } = await documentFor(
      storage,
      params.documentId,
      actorOf(req),
      'section.rename',
    );
    const updated = await updateSection(deps, document, member, params.sectionId, body);
    await publishStructure(document.id);
    return presentSection(updated);
  });

  mount(router, API.deleteSection, async ({ req, params }) => {
    const { document } = await documentFor(storage, params.documentId, actorOf(req), 'section.delete');
    const section = await sectionOf(storage, document, params.sectionId);
    await storage.deleteSection(section.id);
    await publishStructure(document.id);
    rooms.closeRoom(roomName('section', section.id), { kind: 'all' });
    return undefined;
  });

  return router;
}
