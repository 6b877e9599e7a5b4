import { z } from 'zod';
import { idSchema } from '../schemas/common';

/**
 * The parts of the public wijkpagina, in the order the page shows them. The facilitator chooses which
 * appear. A new part (the uitvoering's `acties`, as the monitoring's `indicatoren` was) is its name here, its
 * words under `wijkpagina.sections.<name>` in the catalogues, and one entry in the server's section list
 * (server/wijkpagina/sections/index.ts).
 */
export const PAGE_SECTIONS = [
  'ambities',
  'indicatoren',
  'acties',
  'akkoord',
  'besluiten',
  'vergaderingen',
  'werkgroep',
  'vragen',
] as const;
export type PageSection = (typeof PAGE_SECTIONS)[number];
export const pageSectionSchema = z.enum(PAGE_SECTIONS);

export const PUBLICATION_LIMITS = {
  slugMin: 3,
  slugMax: 60,
  introMax: 600,
  /** Parts of the ambitiedocument(s) chosen for the page. */
  documentSectionsMax: 100,
} as const;

/** The page's address after /wijk/: lower-case letters, digits and single dashes. */
export const pageSlugSchema = z
  .string()
  .min(PUBLICATION_LIMITS.slugMin)
  .max(PUBLICATION_LIMITS.slugMax)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'only a-z, 0-9 and single dashes');

/** What the facilitator sets: off by default; nothing appears that is not chosen here. */
export const publicationSettingsSchema = z
  .object({
    published: z.boolean(),
    slug: pageSlugSchema,
    /** A short text on top of the page and on the poster. */
    intro: z.string().trim().max(PUBLICATION_LIMITS.introMax),
    sections: z.array(pageSectionSchema).max(PAGE_SECTIONS.length),
    /** The parts of the ambitiedocument(s) shown under `ambities`. */
    documentSectionIds: z.array(idSchema).max(PUBLICATION_LIMITS.documentSectionsMax),
  })
  .strict()
  .refine((s) => new Set(s.sections).size === s.sections.length, {
    path: ['sections'],
    message: 'each part once',
  });
export type PublicationSettings = z.infer<typeof publicationSettingsSchema>;

/** GET …/wijkpagina: the settings, and the public address (path) of the page. */
export const publicationViewSchema = z.object({
  settings: publicationSettingsSchema,
  /** `/wijk/<slug>`: where the page is (it answers 404 while not published). */
  path: z.string(),
  /** False until the facilitator saved settings once (the ones shown are the defaults). */
  saved: z.boolean(),
});
export type PublicationView = z.infer<typeof publicationViewSchema>;

/** The public address of a page. */
export const pagePath = (slug: string) => `/wijk/${slug}`;
