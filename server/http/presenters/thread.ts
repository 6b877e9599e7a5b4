import type { Thread } from '../../../shared/schemas/comment';
import type { ThreadRow } from '../../storage/WorkspaceStore';
import { iso } from './iso';

export const presentThread = (t: ThreadRow): Thread => ({
  id: t.id,
  documentId: t.documentId,
  sectionId: t.sectionId,
  anchor: t.anchor,
  questionDue: t.questionDue,
  resolved: t.resolvedAt !== null,
  comments: t.comments.map((c) => ({
    id: c.id,
    author: { memberId: c.authorMemberId, name: c.authorName, role: c.authorRole },
    body: c.body,
    createdAt: iso(c.createdAt),
  })),
});
