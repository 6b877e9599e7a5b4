import type { ExportFormat } from '../../shared/schemas/export';
import { toDocx } from './docx';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import type { ExportModel } from './model';
import type { ExportNotes } from './notes';
import { toOdt } from './odt';
import { toPdf } from './pdf';

const WRITERS: Record<ExportFormat, (model: ExportModel, notes?: ExportNotes) => Promise<Uint8Array>> = {
  odt: toOdt,
  docx: toDocx,
  pdf: toPdf,
  md: toMarkdown,
  html: toHtml,
};

/** One export file from the model; `notes` hears what the writer could not do as asked (see notes.ts). */
export const renderExport = (
  format: ExportFormat,
  model: ExportModel,
  notes?: ExportNotes,
): Promise<Uint8Array> => WRITERS[format](model, notes);
