import { z } from 'zod';
import { idSchema, lineSchema } from './common';

/**
 * A document is an ordered list of top-level sections. Each section is its own Y.Doc in its own
 * room (`section:<id>`), so that a *vastgesteld* section can be locked at the server: Yjs cannot
 * refuse half an update, but the server can make a whole room read-only for a connection.
 */
export const SECTION_STATUSES = ['concept', 'in_bespreking', 'vastgesteld'] as const;
export const sectionStatusSchema = z.enum(SECTION_STATUSES);
export type SectionStatus = z.infer<typeof sectionStatusSchema>;

export const SECTION_LIMITS = { titleMax: 120, promptMax: 600, perDocument: 40 } as const;

export const sectionSchema = z.object({
  id: idSchema,
  documentId: idSchema,
  title: z.string(),
  /** Guiding questions shown in the empty section (plain Dutch, from the template). */
  prompt: z.string(),
  status: sectionStatusSchema,
  position: z.number().int(),
  /** The websocket room of this section's text. */
  room: z.string(),
});
export type Section = z.infer<typeof sectionSchema>;

export const createSectionSchema = z.object({
  title: lineSchema(SECTION_LIMITS.titleMax),
  /** Insert after this section; at the end when absent. */
  afterId: idSchema.optional(),
});

export const updateSectionSchema = z
  .object({ title: lineSchema(SECTION_LIMITS.titleMax).optional(), status: sectionStatusSchema.optional() })
  .refine((v) => v.title !== undefined || v.status !== undefined, 'nothing to change');
