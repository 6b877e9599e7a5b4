import type pg from 'pg';
import { anchorSchema } from '../../../shared/schemas/comment';
import type { Role } from '../../../shared/schemas/member';
import type { CommentRow, ThreadRow, WorkspaceStore } from '../WorkspaceStore';
import { first, inTransaction, json, rows } from './pgDb';

export type CommentStore = Pick<
  WorkspaceStore,
  'listThreads' | 'getThread' | 'createThread' | 'addComment' | 'setThreadResolved'
>;

type DbThread = {
  id: string;
  document_id: string;
  section_id: string;
  anchor: unknown;
  question_due: string | null;
  resolved_at: number | null;
  created_at: number;
};
type DbComment = {
  id: string;
  thread_id: string;
  author_member_id: string;
  author_name: string;
  author_role: Role | null;
  body: string;
  created_at: number;
};

const THREAD_COLS = 'id, document_id, section_id, anchor, question_due, resolved_at, created_at';
const COMMENT_SELECT = `SELECT c.id, c.thread_id, c.author_member_id, m.display_name AS author_name,
    m.role AS author_role, c.body, c.created_at
  FROM comments c LEFT JOIN members m ON m.id = c.author_member_id`;
const INSERT_COMMENT =
  'INSERT INTO comments (id, thread_id, author_member_id, body, created_at) VALUES ($1, $2, $3, $4, $5)';

function parseAnchor(value: unknown) {
  if (value === null) return null;
  const parsed = anchorSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const comment = (r: DbComment): CommentRow => ({
  id: r.id,
  threadId: r.thread_id,
  authorMemberId: r.author_member_id,
  authorName: r.author_name,
  authorRole: r.author_role,
  body: r.body,
  createdAt: r.created_at,
});
const thread = (r: DbThread, comments: CommentRow[]): ThreadRow => ({
  id: r.id,
  documentId: r.document_id,
  sectionId: r.section_id,
  anchor: parseAnchor(r.anchor),
  questionDue: r.question_due,
  resolvedAt: r.resolved_at,
  createdAt: r.created_at,
  comments,
});

/** Comment threads on PostgreSQL. */
export function pgComments(pool: pg.Pool): CommentStore {
  return {
    async listThreads(documentId) {
      // Two reads of rows that only grow: a comment that lands in between is shown on the next read.
      const threads = await rows<DbThread>(
        pool,
        `SELECT ${THREAD_COLS} FROM threads WHERE document_id = $1 ORDER BY created_at, ord`,
        [documentId],
      );
      const comments = await rows<DbComment>(
        pool,
        `${COMMENT_SELECT} JOIN threads t ON t.id = c.thread_id WHERE t.document_id = $1 ORDER BY c.created_at, c.ord`,
        [documentId],
      );
      const byThread = new Map<string, CommentRow[]>();
      for (const c of comments.map(comment))
        byThread.set(c.threadId, [...(byThread.get(c.threadId) ?? []), c]);
      return threads.map((t) => thread(t, byThread.get(t.id) ?? []));
    },
    async getThread(id) {
      const t = await first<DbThread>(pool, `SELECT ${THREAD_COLS} FROM threads WHERE id = $1`, [id]);
      if (!t) return null;
      const comments = await rows<DbComment>(
        pool,
        `${COMMENT_SELECT} WHERE c.thread_id = $1 ORDER BY c.created_at, c.ord`,
        [id],
      );
      return thread(t, comments.map(comment));
    },
    createThread(t, firstComment) {
      return inTransaction(pool, async (db) => {
        await db.query(
          `INSERT INTO threads (id, document_id, section_id, anchor, question_due, created_at)
           VALUES ($1, $2, $3, $4::jsonb, $5, $6)`,
          [t.id, t.documentId, t.sectionId, t.anchor ? json(t.anchor) : null, t.questionDue, t.createdAt],
        );
        await db.query(INSERT_COMMENT, [
          firstComment.id,
          t.id,
          firstComment.authorMemberId,
          firstComment.body,
          firstComment.createdAt,
        ]);
      });
    },
    async addComment(threadId, c) {
      await pool.query(INSERT_COMMENT, [c.id, threadId, c.authorMemberId, c.body, c.createdAt]);
    },
    async setThreadResolved(threadId, resolved, byMemberId, now) {
      await pool.query('UPDATE threads SET resolved_at = $1, resolved_by = $2 WHERE id = $3', [
        resolved ? now : null,
        resolved ? byMemberId : null,
        threadId,
      ]);
    },
  };
}
