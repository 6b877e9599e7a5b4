import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { MONITORING_LIMITS } from './indicator';

/**
 * The two layouts a CSV import understands:
 * - `template`: our own plain template, one measurement per row: `indicator;datum;waarde;bron`, and an
 *   optional `reeks` column (`wijk`, the default, or `gemeente` for the gemeente's average). English
 *   headers (`indicator,date,value,source,series`) are read too.
 * - `statline`: a table downloaded from CBS StatLine / the CBS open-data portal, which is also where the
 *   GGD Gezondheidsmonitor (wijken en buurten) is published: one row per region (and period), a column per
 *   variable. See readStatline in statline.ts for the subset we read.
 * Both: `;`, `,` or tab between fields, a BOM is ignored, decimal commas are read.
 */
export const IMPORT_LAYOUTS = ['template', 'statline'] as const;
export type ImportLayout = (typeof IMPORT_LAYOUTS)[number];

/** The file's text; its size in bytes is checked apart (csvByteLength) so the refusal has its own code. */
const csvTextSchema = z.string().min(1, 'required');

export const statlineMappingSchema = z.object({
  /** The indicator the figures are for. */
  indicatorId: idSchema,
  /** The variable's column (e.g. `Koopwoningen_40`, `ErvarenGezondheidGoedZeerGoed_4`). */
  valueColumn: z.string().trim().min(1).max(120),
  /** The wijk's or buurt's code (`WK034401`); may be left out when the file has only one. */
  regionCode: z.string().trim().max(20).nullable(),
  /** The year of every row, for a file without a `Perioden` column (Kerncijfers tables are per year). */
  year: z.number().int().min(1900).max(2100).nullable(),
});
export type StatlineMapping = z.infer<typeof statlineMappingSchema>;

export const importRequestSchema = z.discriminatedUnion('layout', [
  z.object({ layout: z.literal('template'), text: csvTextSchema }),
  z.object({ layout: z.literal('statline'), text: csvTextSchema, mapping: statlineMappingSchema }),
]);
export type ImportRequest = z.infer<typeof importRequestSchema>;

export const importResultSchema = z.object({ imported: z.number().int(), skipped: z.number().int() });
export type ImportResult = z.infer<typeof importResultSchema>;

/** The file's size in bytes as UTF-8 (what the limit counts). */
export const csvByteLength = (text: string): number => new TextEncoder().encode(text).length;

/** The request body may be larger than the file: JSON escapes quotes and line ends. */
export const IMPORT_BODY_BYTES = MONITORING_LIMITS.csvBytes * 2 + 4096;

/** What the plain template's download holds: the header and two example rows. */
export const TEMPLATE_CSV = [
  'indicator;datum;waarde;bron;reeks',
  'Ervaren gezondheid goed of zeer goed;2022-01-01;61,5;GGD Gezondheidsmonitor 2022;wijk',
  'Ervaren gezondheid goed of zeer goed;2022-01-01;66;GGD Gezondheidsmonitor 2022;gemeente',
  '',
].join('\r\n');
