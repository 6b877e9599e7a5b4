import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { Measure } from './columns';

/**
 * The font files every format uses: Noto Sans (the theme's font) from @expo-google-fonts/noto-sans,
 * read once. The PDF draws with them, ODT and DOCX embed them, and ODT and DOCX measure table text
 * with them, as the PDF does.
 */

export const NOTO_FACES = {
  regular: '400Regular/NotoSans_400Regular.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf',
  italic: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/NotoSans_700Bold_Italic.ttf',
} as const;
export type Face = keyof typeof NOTO_FACES;

const require = createRequire(import.meta.url);
const files = new Map<string, Buffer>();

/** A font file of a package, by its path inside the package; read once. */
export function packageFont(path: string): Buffer {
  let data = files.get(path);
  if (!data) {
    data = readFileSync(require.resolve(path));
    files.set(path, data);
  }
  return data;
}

export const notoFile = (face: Face) => packageFont(`@expo-google-fonts/noto-sans/${NOTO_FACES[face]}`);

const parsed = new Map<Face, fontkit.Font>();
const notoFont = (face: Face) => {
  let font = parsed.get(face);
  if (!font) {
    font = fontkit.create(notoFile(face));
    parsed.set(face, font);
  }
  return font;
};

/** Text widths in Noto Sans at `size` points, in points (as pdfkit measures: shaped, with kerning). */
export function notoMeasure(size: number): Measure {
  return (text, bold) => {
    const font = notoFont(bold ? 'bold' : 'regular');
    return (font.layout(text).advanceWidth * size) / font.unitsPerEm;
  };
}
