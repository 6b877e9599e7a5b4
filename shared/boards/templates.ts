import type { BoardTemplate } from '../schemas/board';

/** The frames a new board starts with, per template (titles in plain Dutch; positions in board units). */
export interface TemplateFrame {
  title: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

const row = (titles: readonly string[], w = 640, h = 900): TemplateFrame[] =>
  titles.map((title, i) => ({ title, x: 40 + i * (w + 40), y: 40, w, h }));

export const BOARD_TEMPLATE_FRAMES: Record<BoardTemplate, TemplateFrame[]> = {
  blank: [],
  goed_beter_ideeen: row(['Wat gaat goed', 'Wat kan beter', 'Ideeën']),
  vijf_themas: row(['Leefbaar', 'Veilig', 'Groen', 'Gezond', 'Gelijke kansen'], 520),
  wie_is_actief: row(
    ['Bewoners en bewonersgroepen', 'Organisaties en verenigingen', 'Gemeente', 'Ondernemers en scholen'],
    560,
  ),
};
