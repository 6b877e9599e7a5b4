import { z } from 'zod';
import { idSchema, isoDateSchema, lineSchema } from './common';
import { sectionStatusSchema } from './section';

export const VERSION_LIMITS = { nameMax: 80, perDocument: 200 } as const;

export const createVersionSchema = z.object({ name: lineSchema(VERSION_LIMITS.nameMax) });

export const versionSchema = z.object({
  id: idSchema,
  documentId: idSchema,
  name: z.string(),
  createdAt: isoDateSchema,
  createdBy: z.string(),
});
export type Version = z.infer<typeof versionSchema>;

/**
 * A saved version: for every section its title and status then, and its whole Yjs state (a V2
 * update, base64) including deleted content, so any two versions can be compared.
 */
export const versionDetailSchema = versionSchema.extend({
  sections: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      status: sectionStatusSchema,
      state: z.string(),
    }),
  ),
});
export type VersionDetail = z.infer<typeof versionDetailSchema>;

export const restoredSchema = z.object({
  restoredSections: z.number().int(),
  recreatedSections: z.number().int(),
});
