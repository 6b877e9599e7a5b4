import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';
import { roleSchema } from './member';

export const COMMENT_LIMITS = { bodyMax: 2000, quoteMax: 300, anchorMax: 200, perDocument: 2000 } as const;

/** A calendar date (YYYY-MM-DD), for "answer by" dates. */
export const dayDateSchema = z.iso.date();

/** The zod issue message (a stable code) for an "answer by" date that has already gone by. */
export const DUE_IN_PAST = 'due_in_past';

/**
 * Today's date (YYYY-MM-DD) on the Dutch calendar, where the werkgroepen are: "answer by" dates are Dutch
 * calendar days, so the server (which may run in UTC) and a browser agree on which day is today.
 */
export function todayInNetherlands(now: Date = new Date()): string {
  // The Swedish locale writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A new "answer by" date: today or later (checked when the request is validated, not when the module loads). */
export const questionDueSchema = dayDateSchema.refine((day) => day >= todayInNetherlands(), DUE_IN_PAST);

/**
 * Where a comment points: Yjs relative positions (base64 of Y.encodeRelativePosition) into the
 * section's text, so the anchor moves with edits, plus the quoted words for when it cannot be found.
 */
export const anchorSchema = z.object({
  start: z.string().max(COMMENT_LIMITS.anchorMax),
  end: z.string().max(COMMENT_LIMITS.anchorMax),
  quote: z.string().max(COMMENT_LIMITS.quoteMax),
});
export type Anchor = z.infer<typeof anchorSchema>;

const bodySchema = z.string().trim().min(1, 'required').max(COMMENT_LIMITS.bodyMax);

export const createCommentSchema = z.object({
  sectionId: idSchema,
  body: bodySchema,
  anchor: anchorSchema.optional(),
  /** Marks the thread as a question to the municipality, to be answered by this date. */
  questionDue: questionDueSchema.optional(),
});
export const replySchema = z.object({ body: bodySchema });
export const updateThreadSchema = z.object({ resolved: z.boolean() });

export const commentSchema = z.object({
  id: idSchema,
  author: z.object({ memberId: idSchema, name: z.string(), role: roleSchema.nullable() }),
  body: z.string(),
  createdAt: isoDateSchema,
});
export type Comment = z.infer<typeof commentSchema>;

export const threadSchema = z.object({
  id: idSchema,
  documentId: idSchema,
  sectionId: idSchema,
  anchor: anchorSchema.nullable(),
  questionDue: dayDateSchema.nullable(),
  resolved: z.boolean(),
  comments: z.array(commentSchema),
});
export type Thread = z.infer<typeof threadSchema>;

/** Open questions to the municipality, and those past their date (`today` as YYYY-MM-DD). */
export function openQuestions(
  threads: readonly Thread[],
  today: string,
): { open: Thread[]; overdue: Thread[] } {
  const open = threads.filter((t) => t.questionDue !== null && !t.resolved);
  return { open, overdue: open.filter((t) => (t.questionDue ?? '') < today) };
}
