import { z } from 'zod';
import { DOCUMENT_KINDS } from '../editor/templates';
import { idSchema, isoDateSchema, lineSchema } from './common';
import { sectionSchema } from './section';

export const DOCUMENT_LIMITS = { titleMax: 120, perWerkgroep: 200 } as const;

export const documentKindSchema = z.enum(DOCUMENT_KINDS);

export const createDocumentSchema = z.object({
  title: lineSchema(DOCUMENT_LIMITS.titleMax),
  kind: documentKindSchema.default('blank'),
});
export type CreateDocument = z.infer<typeof createDocumentSchema>;

export const documentSchema = z.object({
  id: idSchema,
  werkgroepId: idSchema,
  title: z.string(),
  kind: documentKindSchema,
  createdAt: isoDateSchema,
  /** The document's structure room (`doc:<id>`): sections and their status, written by the server. */
  room: z.string(),
});
export type DocumentInfo = z.infer<typeof documentSchema>;

export const documentWithSectionsSchema = documentSchema.extend({ sections: z.array(sectionSchema) });
