import { publicationSettingsSchema } from '../../shared/wijkpagina/publication';
import { questionSchema } from '../../shared/wijkpagina/question';
import type { PublicationRecord, QuestionRecord } from './WijkpaginaStore';

/** A page's columns as both backends read them (settings kept whole, read back with the shared schema). */
export interface PublicationColumns {
  werkgroep_id: string;
  settings: unknown;
  form_key: string;
  updated_at: number | string;
}

export const parsePublication = (r: PublicationColumns): PublicationRecord => ({
  werkgroepId: r.werkgroep_id,
  settings: publicationSettingsSchema.parse(
    typeof r.settings === 'string' ? JSON.parse(r.settings) : r.settings,
  ),
  formKey: r.form_key,
  updatedAt: Number(r.updated_at),
});

export const parseQuestion = (werkgroepId: string, data: unknown): QuestionRecord => ({
  ...questionSchema.parse(typeof data === 'string' ? JSON.parse(data) : data),
  werkgroepId,
});

/** What a question row keeps (everything but the werkgroep, which is its own column). */
export const questionData = ({ werkgroepId: _, ...q }: QuestionRecord) => q;
