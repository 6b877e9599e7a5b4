import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { documentFor } from '../../../domain/loaders';
import { addComment, resolveThread, startThread, threadIn } from '../../../domain/threads';
import { actorOf } from '../../context';
import type { RouteDeps } from '../../deps';
import { presentThread } from '../../presenters/thread';
import { publishThreads } from '../../roomState';
import { mount } from '../../route';

/**
 * Comments live in the database (the server checks who may write them) and are mirrored into the
 * document's structure room, so every open page sees new comments, replies and resolutions at once.
 */
export function threadsRouter({ storage, rooms }: RouteDeps): Router {
  const router = Router();

  /** Mirrors the document's threads into its room, then answers with the thread as stored now. */
  const publish = async (documentId: string, threadId: string) => {
    await publishThreads(storage, rooms, documentId);
    return presentThread(await threadIn(storage, documentId, threadId));
  };

  mount(router, API.listThreads, async ({ req, params }) => {
    const { document } = await documentFor(storage, params.documentId, actorOf(req), 'document.read');
    return (await storage.listThreads(document.id)).map(presentThread);
  });

  mount(router, API.createThread, async ({ req, params, body }) => {
    const { document, member } = await documentFor(
      storage,
      params.documentId,
      actorOf(req),
      'comment.create',
    );
    return publish(document.id, await startThread(storage, document, member, body));
  });

  mount(router, API.replyToThread, async ({ req, params, body }) => {
    const { document, member } = await documentFor(
      storage,
      params.documentId,
      actorOf(req),
      'comment.create',
    );
    await addComment(storage, document, params.threadId, member, body.body);
    return publish(document.id, params.threadId);
  });

  mount(router, API.updateThread, async ({ req, params, body }) => {
    const { document, member } = await documentFor(
      storage,
      params.documentId,
      actorOf(req),
      'comment.resolve',
    );
    await resolveThread(storage, document, params.threadId, member, body.resolved);
    return publish(document.id, params.threadId);
  });

  return router;
}
