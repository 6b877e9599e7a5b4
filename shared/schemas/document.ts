import { z } from 'zod';
import { idSchema, isoDateSchema, lineSchema } from './common';

export const DOCUMENT_LIMITS = { titleMax: 120, perWerkgroep: 200 } as const;

export const createDocumentSchema = z.object({ title: lineSchema(DOCUMENT_LIMITS.titleMax) });
export type CreateDocument = z.infer<typeof createDocumentSchema>;

export const documentSchema = z.object({
  id: idSchema,
  werkgroepId: idSchema,
  title: z.string(),
  createdAt: isoDateSchema,
  /** The websocket room of the document's Y.Doc (`doc:<id>`). */
  room: z.string(),
});
export type DocumentInfo = z.infer<typeof documentSchema>;
