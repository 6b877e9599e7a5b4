import { z } from 'zod';
import { idSchema } from '../schemas/common';

/** A "vraag aan de werkgroep" from the public page: its limits and what the facilitator sees. */
export const QUESTION_LIMITS = {
  textMin: 5,
  textMax: 1000,
  nameMax: 60,
  contactMax: 120,
  answerMax: 2000,
  /** The whole form body, in bytes (the server refuses more before reading it). */
  bodyBytes: 8 * 1024,
  /** A form sent sooner than this after it was shown is taken for a robot. */
  minFillMs: 3_000,
  /** A form older than this is shown again (its token ran out). */
  maxFormAgeMs: 24 * 60 * 60 * 1000,
  /** Questions per address per window ([WP6]). */
  perAddress: 5,
  windowMs: 10 * 60 * 1000,
} as const;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), 'no control characters');

/** The public form as posted (application/x-www-form-urlencoded). `website` is the honeypot. */
export const questionFormSchema = z.object({
  question: text(QUESTION_LIMITS.textMax).pipe(z.string().min(QUESTION_LIMITS.textMin)),
  name: text(QUESTION_LIMITS.nameMax).optional().default(''),
  contact: text(QUESTION_LIMITS.contactMax).optional().default(''),
  website: z.string().max(200).optional().default(''),
  token: z.string().max(200),
});
export type QuestionForm = z.infer<typeof questionFormSchema>;

/** A question as the facilitator sees it (the contact only here, never on the public page). */
export const questionSchema = z.object({
  id: idSchema,
  text: z.string(),
  name: z.string().nullable(),
  contact: z.string().nullable(),
  askedAt: z.number().int(),
  answer: z.string().nullable(),
  answeredAt: z.number().int().nullable(),
  /** The question (without name or contact) and its answer appear on the public page. */
  published: z.boolean(),
});
export type Question = z.infer<typeof questionSchema>;

/** The facilitator answers, and chooses whether question and answer appear on the page. */
export const answerQuestionSchema = z
  .object({
    answer: z.string().trim().min(1).max(QUESTION_LIMITS.answerMax),
    published: z.boolean(),
  })
  .strict();
export type AnswerQuestion = z.infer<typeof answerQuestionSchema>;
