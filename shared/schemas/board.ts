import { z } from 'zod';
import { boardTimerSchema } from '../time/countdown';
import { idSchema, isoDateSchema, lineSchema } from './common';
import { PARITY_GROUPS, VOTE_LIMITS } from './vote';

/**
 * Boards: sticky notes and frames for brainstorms. What lives in a board's Y.Docs is in
 * shared/sync/boardDoc.ts; this module holds the board record the server keeps (title, template,
 * locks, silent brainstorm, timer) and its limits.
 */
export const BOARD_LIMITS = {
  titleMax: 120,
  perWerkgroep: 100,
  noteTextMax: 500,
  frameTitleMax: 80,
  notesPerBoard: 2000,
  framesPerBoard: 100,
  /** The canvas is finite so a note can always be found again. */
  canvasSize: 10_000,
  timerMaxSeconds: 4 * 60 * 60,
} as const;

export const BOARD_TEMPLATES = ['blank', 'goed_beter_ideeen', 'vijf_themas', 'wie_is_actief'] as const;
export const boardTemplateSchema = z.enum(BOARD_TEMPLATES);
export type BoardTemplate = z.infer<typeof boardTemplateSchema>;

/** Note colours: named, so the theme decides the exact shade and contrast stays right. */
export const NOTE_COLORS = ['geel', 'groen', 'blauw', 'roze', 'oranje', 'paars'] as const;
export const noteColorSchema = z.enum(NOTE_COLORS);
export type NoteColor = z.infer<typeof noteColorSchema>;

export const createBoardSchema = z
  .object({
    title: lineSchema(BOARD_LIMITS.titleMax),
    template: boardTemplateSchema.default('blank'),
  })
  .strict();

/**
 * The facilitator's controls. `reveal` moves hidden notes onto the board: everyone's, or one group's
 * (to show how residents and officials see it differently). Ending the silent brainstorm reveals the rest.
 */
export const updateBoardSchema = z
  .object({
    title: lineSchema(BOARD_LIMITS.titleMax).optional(),
    locked: z.boolean().optional(),
    silent: z.boolean().optional(),
    reveal: z.enum(['all', ...PARITY_GROUPS, 'partners']).optional(),
    lockFrame: idSchema.optional(),
    unlockFrame: idSchema.optional(),
    /** Start (seconds), pause or clear the board's timer. */
    timer: z
      .union([
        z.object({
          action: z.literal('start'),
          seconds: z.number().int().min(1).max(BOARD_LIMITS.timerMaxSeconds),
        }),
        z.object({ action: z.enum(['pause', 'resume', 'clear']) }),
      ])
      .optional(),
    /** Start a dot round (k dots per member, on every note now on the board) or close it. */
    dotRound: z
      .union([
        z.object({ action: z.literal('start'), dots: z.number().int().min(1).max(VOTE_LIMITS.dotsMax) }),
        z.object({ action: z.literal('close') }),
      ])
      .optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type UpdateBoard = z.infer<typeof updateBoardSchema>;

export const dotRoundSchema = z.object({ voteId: idSchema, noteIds: z.array(z.string()) });
export type DotRound = z.infer<typeof dotRoundSchema>;

/** The board's timer: the one countdown model (shared/time), in the shape boards store. */
export { type BoardTimer, boardTimerSchema as timerSchema } from '../time/countdown';

export const boardSchema = z.object({
  id: idSchema,
  werkgroepId: idSchema,
  title: z.string(),
  template: boardTemplateSchema,
  /** The whole board is locked: only the facilitator changes it. */
  locked: z.boolean(),
  /** Frames whose notes only the facilitator changes (they live in the board's locked room). */
  lockedFrames: z.array(idSchema),
  /** Silent brainstorm: new notes stay with their writer until revealed. */
  silent: z.boolean(),
  timer: boardTimerSchema,
  /** The latest dot round: its vote (open or closed) and which note each option is (o1 = noteIds[0]). */
  dotRound: dotRoundSchema.nullable(),
  createdAt: isoDateSchema,
});
export type Board = z.infer<typeof boardSchema>;

/**
 * From board to document: a note or a frame (its title and notes) becomes a new section at the end of
 * a document, or a list at the end of an existing section. The text links back to the board.
 */
export const boardToDocumentSchema = z
  .object({
    documentId: idSchema,
    noteId: z.string().max(64).optional(),
    frameId: z.string().max(64).optional(),
    as: z.enum(['section', 'list']),
    /** For `list`: the section to add it to. */
    sectionId: idSchema.optional(),
  })
  .strict()
  .refine((v) => (v.noteId === undefined) !== (v.frameId === undefined), 'give a noteId or a frameId')
  .refine((v) => v.as === 'section' || v.sectionId !== undefined, 'a list needs a sectionId');
