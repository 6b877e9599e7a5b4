import { z } from 'zod';
import { textSchema } from '../network/common';
import { idSchema, lineSchema } from '../schemas/common';
import { UITVOERING_LIMITS } from './actie';

/** The photo types accepted (recognised by their first bytes, never by a file name). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const photoTypeSchema = z.enum(PHOTO_TYPES);
export type PhotoType = z.infer<typeof photoTypeSchema>;

/** A stored photo as an update names it: the bytes are fetched apart (GET …/fotos/:photoId). */
export const photoRefSchema = z.object({
  id: idSchema,
  alt: lineSchema(UITVOERING_LIMITS.altLength),
  type: photoTypeSchema,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type PhotoRef = z.infer<typeof photoRefSchema>;

/** A dated progress note on an actie, by the lead party's member or the facilitator. */
export const voortgangSchema = z.object({
  id: idSchema,
  actieId: idSchema,
  text: z.string(),
  photo: photoRefSchema.nullable(),
  createdBy: idSchema,
  createdAt: z.number().int(),
});
export type Voortgang = z.infer<typeof voortgangSchema>;

/**
 * POST: a new update. The photo comes as base64 in the JSON body (one request, so an update never
 * lands without its photo); the server checks its type by its first bytes, its size, and re-encodes it.
 */
export const createVoortgangSchema = z.strictObject({
  text: textSchema(UITVOERING_LIMITS.updateLength).pipe(z.string().min(1, 'required')),
  photo: z
    .strictObject({
      data: z
        .string()
        // A loose bound: the server answers payload_too_large on the decoded bytes (photoBytes).
        .max(UITVOERING_LIMITS.photoBytes * 2)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
      alt: lineSchema(UITVOERING_LIMITS.altLength),
    })
    .nullable()
    .default(null),
});
export type CreateVoortgang = z.output<typeof createVoortgangSchema>;

/** The newest update of each actie, by actie id. */
export function latestByActie(updates: readonly Voortgang[]): Map<string, Voortgang> {
  const latest = new Map<string, Voortgang>();
  for (const u of updates) {
    const seen = latest.get(u.actieId);
    if (!seen || u.createdAt >= seen.createdAt) latest.set(u.actieId, u);
  }
  return latest;
}
