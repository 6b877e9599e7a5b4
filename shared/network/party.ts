import { z } from 'zod';
import { idSchema, lineSchema } from '../schemas/common';
import {
  idsSchema,
  labelSchema,
  labelsSchema,
  NETWORK_LIMITS,
  networkMetaSchema,
  textSchema,
  themesSchema,
} from './common';

/**
 * The kinds of party the practice names. A werkgroep adds its own kind by giving any other label
 * (e.g. "Kerk", "Winkeliersvereniging"): a kind is a short label, and these are the ones the
 * screens translate and offer first. The werkgroep's own kinds are those of its parties that are not
 * in this list, so they need no table and no migration, and disappear when no party uses them.
 */
export const PARTY_KINDS = [
  'woningcorporatie',
  'ontwikkelaar',
  'zorg_welzijn',
  'politie',
  'cultuur',
  'sport',
  'onderwijs',
  'bewonersinitiatief',
  'gemeente_afdeling',
  'overig',
] as const;
export type StandardPartyKind = (typeof PARTY_KINDS)[number];
export const partyKindSchema = labelSchema;
export const isStandardKind = (kind: string): kind is StandardPartyKind =>
  (PARTY_KINDS as readonly string[]).includes(kind);

/** Only http and https addresses: a party's card links out, and other schemes run code or leak. */
export const websiteSchema = z
  .string()
  .trim()
  .max(NETWORK_LIMITS.urlLength)
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'an http or https address');

/**
 * A contact person as given in a form: without `consent` the contact is dropped before anything is
 * stored (AVG: we keep a person's details only when they agreed to be named here).
 */
export const contactInputSchema = z.object({
  name: lineSchema(NETWORK_LIMITS.nameLength),
  email: z.email().max(NETWORK_LIMITS.emailLength).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[+0-9 ()-]{6,30}$/, 'a phone number')
    .optional(),
  consent: z.boolean(),
});
export type ContactInput = z.infer<typeof contactInputSchema>;
/** A contact as stored and shown: only ever one who consented. */
export const contactSchema = contactInputSchema.extend({ consent: z.literal(true) });
export type Contact = z.infer<typeof contactSchema>;

const partyFields = {
  name: lineSchema(NETWORK_LIMITS.nameLength),
  kind: partyKindSchema,
  description: textSchema(NETWORK_LIMITS.descriptionLength),
  themes: themesSchema,
  buurten: labelsSchema(NETWORK_LIMITS.buurten),
  website: websiteSchema.nullable(),
  /** Members of the werkgroep who speak for this party and may keep its card up to date. */
  memberIds: idsSchema(NETWORK_LIMITS.linkedMembers),
};

/** A party as stored (contact only with consent) and as shown to members. */
export const partySchema = z.object({
  id: idSchema,
  ...partyFields,
  contact: contactSchema.nullable(),
  ...networkMetaSchema.shape,
});
export type Party = z.infer<typeof partySchema>;

/** POST: a new party. */
export const createPartySchema = z.strictObject({
  name: partyFields.name,
  kind: partyFields.kind,
  description: partyFields.description.default(''),
  themes: partyFields.themes.default([]),
  buurten: partyFields.buurten.default([]),
  website: partyFields.website.default(null),
  contact: contactInputSchema.nullable().default(null),
  memberIds: partyFields.memberIds.default([]),
});
export type CreateParty = z.output<typeof createPartySchema>;

/** PATCH: only what is given changes (a null contact or website clears it). */
export const updatePartySchema = z
  .strictObject({
    name: partyFields.name,
    kind: partyFields.kind,
    description: partyFields.description,
    themes: partyFields.themes,
    buurten: partyFields.buurten,
    website: partyFields.website,
    contact: contactInputSchema.nullable(),
    memberIds: partyFields.memberIds,
  })
  .partial();
export type UpdateParty = z.output<typeof updatePartySchema>;

/** The contact to store: none without consent. */
export const consentedContact = (input: ContactInput | null): Contact | null =>
  input?.consent === true ? { ...input, consent: true } : null;
