import { z } from 'zod';
import { idSchema, lineSchema } from '../schemas/common';
import { afspraakSchema } from './afspraak';
import { akkoordTitleSchema } from './akkoord';
import { AKKOORD_LIMITS } from './common';
import { representativeSchema } from './signatory';

/** A ProseMirror node as JSON (the introduction's text, read from its room with shared/editor). */
export interface ProseMirrorJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ProseMirrorJson[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}
export const proseMirrorJsonSchema: z.ZodType<ProseMirrorJson> = z.lazy(() =>
  z.object({
    type: z.string(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(proseMirrorJsonSchema).optional(),
    marks: z
      .array(z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
    text: z.string().optional(),
  }),
);

/** A party as the frozen text names it (its name and kind as they were at freezing). */
export const snapshotPartySchema = z.object({ id: idSchema, name: z.string(), kind: z.string() });
export type SnapshotParty = z.infer<typeof snapshotPartySchema>;

/**
 * Everything the parties sign, as it was at freezing; `textHash` is the sha-256 (hex) of this object
 * written as canonical JSON (shared/akkoord/canonical.ts). The basis lists give the titles and numbers
 * of the sections and decisions the afspraken name, so the frozen text reads whole without the werkgroep.
 */
export const akkoordSnapshotSchema = z.object({
  title: akkoordTitleSchema,
  introduction: proseMirrorJsonSchema,
  afspraken: z.array(afspraakSchema),
  signatories: z.array(snapshotPartySchema.extend({ representative: representativeSchema })),
  /** Every party an afspraak names. */
  parties: z.array(snapshotPartySchema),
  sections: z.array(z.object({ id: idSchema, title: z.string() })),
  decisions: z.array(z.object({ id: idSchema, number: z.number().int(), title: z.string() })),
});
export type AkkoordSnapshot = z.infer<typeof akkoordSnapshotSchema>;

export const textHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a sha-256 hash in hex');

export const frozenVersionSchema = z.object({
  id: idSchema,
  name: lineSchema(AKKOORD_LIMITS.versionNameLength),
  frozenAt: z.number().int(),
  frozenBy: idSchema,
  textHash: textHashSchema,
  snapshot: akkoordSnapshotSchema,
});
export type FrozenVersion = z.infer<typeof frozenVersionSchema>;

/** POST …/akkoord/bevriezen */
export const freezeAkkoordSchema = z.strictObject({
  name: lineSchema(AKKOORD_LIMITS.versionNameLength),
});
export type FreezeAkkoord = z.infer<typeof freezeAkkoordSchema>;
