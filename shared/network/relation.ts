import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { NETWORK_LIMITS, networkMetaSchema, textSchema } from './common';

/**
 * Relations between two parties. `werkt_samen` and `wijkcoalitie` go both ways; `financiert` and
 * `koepel_van` point from the funder / umbrella (`fromPartyId`) to the other. Initiatives relate to
 * parties through their lead and partners, not here.
 */
export const RELATION_KINDS = ['werkt_samen', 'financiert', 'wijkcoalitie', 'koepel_van'] as const;
export const relationKindSchema = z.enum(RELATION_KINDS);
export type RelationKind = z.infer<typeof relationKindSchema>;

const relationFields = {
  fromPartyId: idSchema,
  toPartyId: idSchema,
  kind: relationKindSchema,
  note: textSchema(NETWORK_LIMITS.noteLength),
};
const notSelf = (r: { fromPartyId?: string; toPartyId?: string }) =>
  r.fromPartyId === undefined || r.fromPartyId !== r.toPartyId;
const selfRelation = { message: 'a party does not relate to itself', path: ['toPartyId'] };

export const relationSchema = z.object({ id: idSchema, ...relationFields, ...networkMetaSchema.shape });
export type Relation = z.infer<typeof relationSchema>;

export const createRelationSchema = z
  .strictObject({ ...relationFields, note: relationFields.note.default('') })
  .refine(notSelf, selfRelation);
export type CreateRelation = z.output<typeof createRelationSchema>;

/** PATCH: the kind and the note; the two parties make the relation what it is (delete and add anew). */
export const updateRelationSchema = z
  .strictObject({ kind: relationFields.kind, note: relationFields.note })
  .partial();
export type UpdateRelation = z.output<typeof updateRelationSchema>;
