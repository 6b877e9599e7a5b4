import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { DOCUMENT_LIMITS } from '../../../../shared/schemas/document';
import { newId } from '../../../auth/tokens';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { presentDocument, presentWerkgroep } from '../../presenters';
import { mount } from '../../route';

export function documentsRouter({ storage }: RouteDeps): Router {
  const router = Router();

  mount(router, API.listDocuments, async ({ req, params }) => {
    await requireMember(storage, req, params.werkgroepId, 'document.read');
    return (await storage.listDocuments(params.werkgroepId)).map(presentDocument);
  });

  mount(router, API.createDocument, async ({ req, params, body }) => {
    await requireMember(storage, req, params.werkgroepId, 'document.create');
    if ((await storage.listDocuments(params.werkgroepId)).length >= DOCUMENT_LIMITS.perWerkgroep) {
      throw new ApiError('limit_reached');
    }
    const row = { id: newId(), werkgroepId: params.werkgroepId, title: body.title, createdAt: Date.now() };
    await storage.createDocument(row);
    return presentDocument(row);
  });

  mount(router, API.getDocument, async ({ req, params }) => {
    const document = await storage.getDocument(params.documentId);
    if (!document) throw new ApiError('not_found');
    const { werkgroep } = await requireMember(storage, req, document.werkgroepId, 'document.read');
    return { document: presentDocument(document), werkgroep: presentWerkgroep(werkgroep) };
  });

  return router;
}
