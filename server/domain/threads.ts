import type { z } from 'zod';
import { COMMENT_LIMITS, type createCommentSchema } from '../../shared/schemas/comment';
import { newId } from '../auth/tokens';
import type { Storage } from '../storage/Storage';
import type { DocumentRow, MemberRow, ThreadRow } from '../storage/WorkspaceStore';
import { DomainError } from './errors';

/** A comment thread of the document (404 when unknown or another document's). */
export async function threadIn(storage: Storage, documentId: string, threadId: string): Promise<ThreadRow> {
  const thread = await storage.getThread(threadId);
  if (!thread || thread.documentId !== documentId) throw new DomainError('not_found');
  return thread;
}

/** A new thread on a section of the document, with its first comment; returns its id. */
export async function startThread(
  storage: Storage,
  document: DocumentRow,
  author: MemberRow,
  input: z.output<typeof createCommentSchema>,
): Promise<string> {
  const section = await storage.getSection(input.sectionId);
  if (!section || section.documentId !== document.id) throw new DomainError('not_found');
  if ((await storage.listThreads(document.id)).length >= COMMENT_LIMITS.perDocument)
    throw new DomainError('limit_reached');
  const now = Date.now();
  const id = newId();
  await storage.createThread(
    {
      id,
      documentId: document.id,
      sectionId: section.id,
      anchor: input.anchor ?? null,
      questionDue: input.questionDue ?? null,
      createdAt: now,
    },
    { id: newId(), authorMemberId: author.id, body: input.body, createdAt: now },
  );
  return id;
}

/** A reply in a thread of the document. */
export async function addComment(
  storage: Storage,
  document: DocumentRow,
  threadId: string,
  author: MemberRow,
  body: string,
): Promise<void> {
  await threadIn(storage, document.id, threadId);
  await storage.addComment(threadId, { id: newId(), authorMemberId: author.id, body, createdAt: Date.now() });
}

/** Marks a thread of the document resolved (or open again), by `member`. */
export async function resolveThread(
  storage: Storage,
  document: DocumentRow,
  threadId: string,
  member: MemberRow,
  resolved: boolean,
): Promise<void> {
  await threadIn(storage, document.id, threadId);
  await storage.setThreadResolved(threadId, resolved, member.id, Date.now());
}
