import type { Database } from 'better-sqlite3';
import { anchorSchema } from '../../../shared/schemas/comment';
import type { Role } from '../../../shared/schemas/member';
import type { CommentRow, ThreadRow, WorkspaceStore } from '../WorkspaceStore';

export type CommentStore = Pick<
  WorkspaceStore,
  'listThreads' | 'getThread' | 'createThread' | 'addComment' | 'setThreadResolved'
>;

type DbThread = {
  id: string;
  document_id: string;
  section_id: string;
  anchor_json: string | null;
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

function parseAnchor(json: string | null) {
  if (json === null) return null;
  const parsed = anchorSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

const COMMENT_SELECT = `SELECT c.id, c.thread_id, c.author_member_id, m.display_name AS author_name, m.role AS author_role,
    c.body, c.created_at
  FROM comments c LEFT JOIN members m ON m.id = c.author_member_id`;

/** Comment threads on SQLite. */
export function sqliteComments(db: Database): CommentStore {
  const q = {
    threads: db.prepare<[string], DbThread>(
      'SELECT * FROM threads WHERE document_id = ? ORDER BY created_at',
    ),
    thread: db.prepare<[string], DbThread>('SELECT * FROM threads WHERE id = ?'),
    commentsOfDocument: db.prepare<[string], DbComment>(
      `${COMMENT_SELECT} JOIN threads t ON t.id = c.thread_id WHERE t.document_id = ? ORDER BY c.created_at`,
    ),
    commentsOfThread: db.prepare<[string], DbComment>(
      `${COMMENT_SELECT} WHERE c.thread_id = ? ORDER BY c.created_at`,
    ),
    insertThread: db.prepare(
      `INSERT INTO threads (id, document_id, section_id, anchor_json, question_due, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    insertComment: db.prepare(
      'INSERT INTO comments (id, thread_id, author_member_id, body, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    resolve: db.prepare('UPDATE threads SET resolved_at = ?, resolved_by = ? WHERE id = ?'),
  };
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
    anchor: parseAnchor(r.anchor_json),
    questionDue: r.question_due,
    resolvedAt: r.resolved_at,
    createdAt: r.created_at,
    comments,
  });
  const create = db.transaction(
    (t: Parameters<CommentStore['createThread']>[0], first: Parameters<CommentStore['createThread']>[1]) => {
      q.insertThread.run(
        t.id,
        t.documentId,
        t.sectionId,
        t.anchor ? JSON.stringify(t.anchor) : null,
        t.questionDue,
        t.createdAt,
      );
      q.insertComment.run(first.id, t.id, first.authorMemberId, first.body, first.createdAt);
    },
  );

  return {
    async listThreads(documentId) {
      const byThread = new Map<string, CommentRow[]>();
      for (const c of q.commentsOfDocument.all(documentId).map(comment)) {
        byThread.set(c.threadId, [...(byThread.get(c.threadId) ?? []), c]);
      }
      return q.threads.all(documentId).map((t) => thread(t, byThread.get(t.id) ?? []));
    },
    async getThread(id) {
      const t = q.thread.get(id);
      return t ? thread(t, q.commentsOfThread.all(id).map(comment)) : null;
    },
    async createThread(t, first) {
      create(t, first);
    },
    async addComment(threadId, c) {
      q.insertComment.run(c.id, threadId, c.authorMemberId, c.body, c.createdAt);
    },
    async setThreadResolved(threadId, resolved, byMemberId, now) {
      q.resolve.run(resolved ? now : null, resolved ? byMemberId : null, threadId);
    },
  };
}
