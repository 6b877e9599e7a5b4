import { z } from 'zod';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/translate';
import { idSchema } from './common';

/**
 * What a document exports to, with its media type, in the order the export page offers them: the one list
 * of formats (a new one is a line here, its writer in server/export/render.ts, its words in the catalogues).
 * ODT and PDF/A are the government's open standards; DOCX for Word offices.
 */
export const EXPORT_MIME = {
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
} as const satisfies Record<string, string>;
export type ExportFormat = keyof typeof EXPORT_MIME;
export const EXPORT_FORMATS = Object.keys(EXPORT_MIME) as [ExportFormat, ...ExportFormat[]];
export const exportFormatSchema = z.enum(EXPORT_FORMATS);

/** An export's headings and explanations come in every language of the catalogues (shared/i18n). */
export type ExportLang = Language;
const exportLangSchema = z.enum(LANGUAGES).default(DEFAULT_LANGUAGE);

/** Query flags arrive as text; only these spellings count, anything else is a 400. */
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** `GET /api/documents/:documentId/export?format=odt&version=…&comments=true…` */
export const exportQuerySchema = z.strictObject({
  format: exportFormatSchema,
  /** A saved version's id; absent: the text as it is now. */
  version: idSchema.optional(),
  comments: flag.default(false),
  boards: flag.default(false),
  questions: flag.default(true),
  lang: exportLangSchema,
});
export type ExportQuery = z.output<typeof exportQuerySchema>;

/** `GET /api/werkgroepen/:werkgroepId/akkoord/export?format=pdf`: the wijkakkoord with its signatures. */
export const akkoordExportQuerySchema = z.strictObject({
  format: exportFormatSchema,
  lang: exportLangSchema,
});

/** `GET /api/werkgroepen/:werkgroepId/archive`: everything, as one ZIP. */
export const archiveQuerySchema = z.strictObject({ lang: exportLangSchema });

/** Lower case, ASCII letters and digits joined by dashes: "Ambitiedocument Overvecht!" → "ambitiedocument-overvecht". */
export function slug(text: string, max = 60): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return s || 'document';
}

/**
 * A file name people recognise in their downloads folder: the document's title, the wijk when the
 * title does not already name it, and the date: `ambitiedocument-overvecht-2026-11-27.odt`.
 */
export function exportFileName(title: string, wijk: string, day: string, ext: string): string {
  const t = slug(title);
  const w = slug(wijk);
  const base = t.includes(w) || w === 'document' ? t : `${t}-${w}`;
  return `${base}-${day}.${ext}`;
}
