import { z } from 'zod';
import { idSchema, lineSchema } from '../schemas/common';

/**
 * What parties, initiatives, relations and overlap marks share: the five themes of an ambitiedocument,
 * buurten as free labels, and the limits both the client (forms) and the server (API, storage) hold.
 */
export const NETWORK_THEMES = ['leefbaar', 'veilig', 'groen', 'gezond', 'gelijke_kansen'] as const;
export const networkThemeSchema = z.enum(NETWORK_THEMES);
export type NetworkTheme = z.infer<typeof networkThemeSchema>;

export const NETWORK_LIMITS = {
  nameLength: 120,
  descriptionLength: 2000,
  labelLength: 60,
  buurten: 30,
  themes: NETWORK_THEMES.length,
  targetGroups: 20,
  partners: 50,
  funding: 20,
  linkedMembers: 20,
  urlLength: 500,
  noteLength: 1000,
  emailLength: 254,
  phoneLength: 30,
  /** Per werkgroep. */
  parties: 1000,
  initiatives: 2000,
  relations: 5000,
  /** Changes shown with the network (the log itself keeps everything). */
  recentChanges: 50,
} as const;

/** A short free label: a buurt, a target group, a kind of party of the werkgroep's own. */
export const labelSchema = lineSchema(NETWORK_LIMITS.labelLength);

/** A multi-line text (no control characters other than newlines and tabs), possibly empty. */
export const textSchema = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    .refine((s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s), 'no control characters');

/** Themes without repeats. */
export const themesSchema = z
  .array(networkThemeSchema)
  .max(NETWORK_LIMITS.themes)
  .refine((t) => new Set(t).size === t.length, 'no theme twice');

/** Labels without repeats (case-insensitive). */
export const labelsSchema = (max: number) =>
  z
    .array(labelSchema)
    .max(max, `at most ${max}`)
    .refine((l) => new Set(l.map((s) => s.toLowerCase())).size === l.length, 'no label twice');

export const idsSchema = (max: number) =>
  z
    .array(idSchema)
    .max(max, `at most ${max}`)
    .refine((ids) => new Set(ids).size === ids.length, 'no id twice');

/** Who made a record and when it last changed (ms since the epoch); set by the server. */
export const networkMetaSchema = z.object({
  createdBy: idSchema,
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type NetworkMeta = z.infer<typeof networkMetaSchema>;
