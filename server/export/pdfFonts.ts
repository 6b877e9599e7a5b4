import * as fontkit from 'fontkit';
import type PDFDocument from 'pdfkit';
import { type FontChoice, type FontRun, fontRuns } from './fontRuns';
import { type Face, notoFile, packageFont } from './fonts';

/**
 * The PDF's fonts: Noto Sans in four faces, and per script a Noto fallback (OFL-1.1, from npm) that
 * is read, parsed and embedded only when the text needs it. `withFallbacks` makes every `doc.text`
 * and `doc.widthOfString` of a document split its text into runs of the font that has the characters.
 */

type Doc = typeof PDFDocument;

export const FONT = {
  regular: 'Noto',
  bold: 'Noto-Bold',
  italic: 'Noto-Italic',
  boldItalic: 'Noto-BoldItalic',
} as const;
type FontName = (typeof FONT)[keyof typeof FONT];

const FACE_OF: Record<FontName, Face> = {
  [FONT.regular]: 'regular',
  [FONT.bold]: 'bold',
  [FONT.italic]: 'italic',
  [FONT.boldItalic]: 'boldItalic',
};

interface Fallback {
  name: string;
  regular: string;
  /** The bold face's file, where the family has one (italic text uses the upright faces). */
  bold?: string;
  rtl?: boolean;
  emoji?: boolean;
}

const FALLBACKS: readonly Fallback[] = [
  {
    name: 'NotoArabic',
    regular: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
    rtl: true,
  },
  {
    name: 'NotoHebrew',
    regular: '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff',
    bold: '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-700-normal.woff',
    rtl: true,
  },
  {
    name: 'NotoTifinagh',
    regular: '@fontsource/noto-sans-tifinagh/files/noto-sans-tifinagh-tifinagh-400-normal.woff',
  },
  {
    name: 'NotoEmoji',
    regular: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
    bold: '@expo-google-fonts/noto-emoji/700Bold/NotoEmoji_700Bold.ttf',
    emoji: true,
  },
];

const parsed = new Map<string, fontkit.Font>();
function parse(key: string, data: () => Uint8Array): fontkit.Font {
  let font = parsed.get(key);
  if (!font) {
    font = fontkit.create(data());
    parsed.set(key, font);
  }
  return font;
}

/** Coverage by code point, remembered: the same few hundred characters are asked for all the time. */
function coverage(font: () => fontkit.Font): (codePoint: number) => boolean {
  const known = new Map<number, boolean>();
  return (cp) => {
    let has = known.get(cp);
    if (has === undefined) {
      has = font().hasGlyphForCodePoint(cp);
      known.set(cp, has);
    }
    return has;
  };
}

const primaries = new Map<FontName, FontChoice>();
const fallbacksFor = new Map<boolean, FontChoice[]>();

function primary(name: FontName): FontChoice {
  let choice = primaries.get(name);
  if (!choice) {
    const face = FACE_OF[name];
    choice = { name, has: coverage(() => parse(face, () => notoFile(face))) };
    primaries.set(name, choice);
  }
  return choice;
}

function fallbacks(bold: boolean): FontChoice[] {
  let list = fallbacksFor.get(bold);
  if (!list) {
    list = FALLBACKS.map((f) => {
      const file = bold && f.bold ? f.bold : f.regular;
      return {
        name: file === f.regular ? f.name : `${f.name}-Bold`,
        has: coverage(() => parse(file, () => packageFont(file))),
        ...(f.rtl ? { rtl: true } : {}),
        ...(f.emoji ? { emoji: true } : {}),
      };
    });
    fallbacksFor.set(bold, list);
  }
  return list;
}

const fileOf = (name: string) =>
  FALLBACKS.flatMap((f) => [
    [f.name, f.regular],
    [`${f.name}-Bold`, f.bold ?? f.regular],
  ]).find(([n]) => n === name)?.[1];

export const loadMainFonts = (): [FontName, Buffer][] =>
  (Object.entries(FACE_OF) as [FontName, Face][]).map(([name, face]) => [name, notoFile(face)]);

/** pdfkit's current font, with the fontkit font it lays text out with (not in pdfkit's types). */
type Opened = { _font?: { font?: fontkit.Font } };
const COMBINING_GRAPHEME_JOINER = 0x034f;
const marked = new WeakSet<fontkit.Font>();

/**
 * A glyph that shaping split off a character (Noto Sans Arabic draws ب as a dotless form and a dot)
 * has no characters of its own, and pdfkit would map it to nothing in the ToUnicode map, which PDF/A
 * does not allow and text extractors read as a control character. It is mapped to the combining
 * grapheme joiner, a character that changes nothing.
 */
function mapSplitGlyphs(doc: Doc) {
  const font = (doc as unknown as Opened)._font?.font;
  if (!font || marked.has(font)) return;
  marked.add(font);
  const layout = font.layout.bind(font);
  font.layout = (...args) => {
    const run = layout(...args);
    for (const g of run.glyphs) if (g.codePoints.length === 0) g.codePoints = [COMBINING_GRAPHEME_JOINER];
    return run;
  };
}

const RTL_FONTS = new Set(FALLBACKS.filter((f) => f.rtl).flatMap((f) => [f.name, `${f.name}-Bold`]));

/**
 * A right-to-left run as pieces in the order they are drawn, left to right: its words last to first,
 * the spaces between them as pieces of their own. fontkit shapes each word and lays its letters out
 * right to left; pdfkit draws continued text piece by piece, so the order of the words is ours to set.
 * (A phrase that wraps onto the next line keeps this order per piece, so its first words end up on
 * the second line: full bidirectional line breaking is not done.)
 */
function visualWords(run: FontRun): FontRun[] {
  if (!RTL_FONTS.has(run.font)) return [run];
  return run.text
    .split(/(\s+)/)
    .filter((w) => w !== '')
    .reverse()
    .map((text) => ({ text, font: run.font }));
}

type TextArgs = [x?: number | PDFKit.Mixins.TextOptions, y?: number, options?: PDFKit.Mixins.TextOptions];

/**
 * Patches one document: `font()` remembers the face, `text()` and `widthOfString()` draw and measure
 * each run in its own font. `onMissing` hears every character cluster no font has (drawn as �).
 */
export function withFallbacks(doc: Doc, onMissing: (cluster: string) => void) {
  const registered = new Set<string>();
  let current: FontName = FONT.regular;
  const font = doc.font.bind(doc);
  const text = doc.text.bind(doc) as (s: string, ...args: TextArgs) => Doc;
  const widthOf = doc.widthOfString.bind(doc);

  const use = (name: string) => {
    if (!registered.has(name) && !(name in FACE_OF)) {
      const file = fileOf(name);
      if (file) doc.registerFont(name, packageFont(file));
      registered.add(name);
    }
    font(name);
    mapSplitGlyphs(doc);
  };
  const runsOf = (s: string): FontRun[] => {
    const bold = current === FONT.bold || current === FONT.boldItalic;
    return fontRuns(s, primary(current), fallbacks(bold), onMissing);
  };

  doc.font = ((name: string, ...rest: unknown[]) => {
    if (name in FACE_OF) current = name as FontName;
    const out = (font as (...a: unknown[]) => Doc)(name, ...rest);
    mapSplitGlyphs(doc);
    return out;
  }) as typeof doc.font;

  // pdfkit's line wrapper measures with widthOfString while a run is drawn: in the run's own font, as it is.
  let drawing = false;
  doc.widthOfString = (s: string, options?: PDFKit.Mixins.TextOptions) => {
    if (drawing) return widthOf(s, options);
    const runs = runsOf(s);
    if (runs.length === 1 && runs[0]?.font === current) return widthOf(runs[0].text, options);
    const face = current;
    const width = runs.reduce((w, r) => {
      use(r.font);
      return w + widthOf(r.text, options);
    }, 0);
    font(face);
    return width;
  };

  doc.text = ((s: string, ...args: TextArgs) => {
    const runs = runsOf(String(s)).flatMap(visualWords);
    if (runs.length === 1 && runs[0]?.font === current) {
      drawing = true;
      try {
        return text(runs[0].text, ...args);
      } finally {
        drawing = false;
      }
    }
    const [x, y, options] =
      typeof args[0] === 'object' ? [undefined, undefined, args[0]] : [args[0], args[1], args[2]];
    const face = current;
    drawing = true;
    try {
      runs.forEach((r, i) => {
        use(r.font);
        const last = i === runs.length - 1;
        const o = { ...options, continued: last ? Boolean(options?.continued) : true };
        if (i === 0 && x !== undefined) text(r.text, x, y, o);
        else text(r.text, o);
      });
    } finally {
      drawing = false;
      font(face);
    }
    return doc;
  }) as typeof doc.text;
}
