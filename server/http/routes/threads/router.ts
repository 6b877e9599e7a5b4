import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { COMMENT_LIMITS } from '../../../../shared/schemas/comment';
import { newId } from '../../../auth/tokens';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { presentThread } from '../../presenters';
import { publishThreads } from '../../roomState';
import { mount } from '../../route';
import { documentFor } from '../documents/router';

/**
 * Comments live in the database (the server checks who may write them) and are mirrored into the
 * document's structure room, so every open page sees new comments, replies and resolutions at once.
 */
export function threadsRouter({ storage, rooms }: RouteDeps): Router {
  const router = Router();

  const publish = (documentId: string) => publishThreads(storage, rooms, documentId);
  const threadIn = async (documentId: string, threadId: string) => {
    const thread = await storage.getThread(threadId);
    if (!thread || thread.documentId !== documentId) throw new ApiError('not_found');
    return thread;
  };

  mount(router, API.listThreads, async ({ req, params }) => {
    const { document } = await documentFor(storage, req, params.documentId, 'document.read');
    return (await storage.listThreads(document.id)).map(presentThread);
  });

  mount(router, API.createThread, async ({ req, params, body }) => {
    const { document, member } = await documentFor(storage, req, params.documentId, 'comment.create');
    const section = await storage.getSection(body.sectionId);
    if (!section || section.documentId !== document.id) throw new ApiError('not_found');
    if ((await storage.listThreads(document.id)).length >= COMMENT_LIMITS.perDocument)
      throw new ApiError('limit_reached');
    const now = Date.now();
    const id = newId();
    await storage.createThread(
      {
        id,
        documentId: document.id,
        sectionId: section.id,
        anchor: body.anchor ?? null,
        questionDue: body.questionDue ?? null,
        createdAt: now,
      },
      { id: newId(), authorMemberId: member.id, body: body.body, createdAt: now },
    );
    await publish(document.id);
    return presentThread(await threadIn(document.id, id));
  });

  mount(router, API.replyToThread, async ({ req, params, body }) => {
    const { document, member } = await documentFor(storage, req, params.documentId, 'comment.create');
    await threadIn(document.id, params.threadId);
    await storage.addComment(params.threadId, {
      id: newId(),
      authorMemberId: member.id,
      body: body.body,
      createdAt: Date.now(),
    });
    await publish(document.id);
    return presentThread(await threadIn(document.id, params.threadId));
  });

  mount(router, API.updateThread, async ({ req, params, body }) => {
    const { document, member } = await documentFor(storage, req, params.documentId, 'comment.resolve');
    await threadIn(document.id, params.threadId);
    await storage.setThreadResolved(params.threadId, body.resolved, member.id, Date.now());
    await publish(document.id);
    return presentThread(await threadIn(document.id, params.threadId));
  });

  return router;
}
