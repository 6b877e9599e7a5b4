import type { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import {
  appendExcerpt,
  boardAndDocument,
  boardExcerpt,
  targetSection,
} from '../../../domain/boards/toDocument';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { publicBase } from '../../publicBase';
import { publishSections } from '../../roomState';
import { mount } from '../../route';

/** POST …/boards/:boardId/to-document: a note or frame becomes a section, or a list in a section. */
export function mountBoardToDocument(router: Router, deps: RouteDeps): void {
  const { storage, rooms } = deps;
  mount(router, API.boardToDocument, async ({ req, params, body }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'document.write');
    const { board, document } = await boardAndDocument(
      storage,
      params.werkgroepId,
      params.boardId,
      body.documentId,
    );
    const excerpt = await boardExcerpt(rooms, board, member, body, publicBase(req));
    const { section, created } = await targetSection(storage, document, member, body, excerpt.title);
    if (created) await publishSections(storage, rooms, document.id);
    await appendExcerpt(deps, section.id, member, excerpt);
    req.log.info({ board: board.id, document: document.id, section: section.id }, 'board to document');
    return { documentId: document.id, sectionId: section.id };
  });
}
