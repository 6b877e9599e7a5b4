/** The part of fontkit (2.x, no types of its own) the export uses: measuring text and checking glyph coverage. */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    codePoints: number[];
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    advanceWidth: number;
  }
  export interface Font {
    unitsPerEm: number;
    postscriptName: string;
    familyName: string;
    characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, ...options: unknown[]): GlyphRun;
  }
  export function create(buffer: Uint8Array): Font;
}
