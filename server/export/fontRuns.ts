/**
 * Splits text into runs that one font each can draw: the main font where it has the characters, a
 * fallback font per script where it has not (Arabic, Hebrew, Tifinagh, emoji), and a visible
 * placeholder where no font has them. A PDF/A file may not draw the empty `.notdef` glyph, and
 * characters drawn with it would also be missing from the text layer.
 */

export interface FontChoice {
  /** The name the PDF writer knows the font by. */
  name: string;
  has: (codePoint: number) => boolean;
  /** Right-to-left script: the font's runs keep their neutral edges (spaces, punctuation) out, see below. */
  rtl?: boolean;
  /** Tried first for emoji, so 1, #, ❤ in emoji sequences get the emoji shapes. */
  emoji?: boolean;
}

export interface FontRun {
  text: string;
  font: string;
}

/** The replacement character: drawn from the main font, and read as "unknown character" by a text extractor. */
export const PLACEHOLDER = '\uFFFD';

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });
// Joiners and variation selectors shape the characters around them; a font need not have a glyph for them.
const IGNORABLE = /^(?:\u200C|\u200D|[\uFE00-\uFE0F]|[\u{E0020}-\u{E007F}])$/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\uFE0F/u;
const NEUTRAL = /^[\s\p{P}]+$/u;

const drawable = (font: FontChoice, cluster: string) =>
  [...cluster].every((c) => IGNORABLE.test(c) || font.has(c.codePointAt(0) ?? 0));

/**
 * The runs of `text`, in order. `primary` is the face the text is set in (regular, bold, …),
 * `fallbacks` in the order they are tried. `onMissing` hears each character cluster no font has; it
 * is drawn as PLACEHOLDER.
 */
export function fontRuns(
  text: string,
  primary: FontChoice,
  fallbacks: readonly FontChoice[],
  onMissing: (cluster: string) => void,
): FontRun[] {
  // Nearly all text is in the main font: one check per character, no segmenting.
  if ([...text].every((c) => IGNORABLE.test(c) || primary.has(c.codePointAt(0) ?? 0)))
    return [{ text, font: primary.name }];
  const emojiFirst = [...fallbacks.filter((f) => f.emoji), primary, ...fallbacks.filter((f) => !f.emoji)];
  const normal = [primary, ...fallbacks];
  const runs: FontRun[] = [];
  const rtl = new Set(fallbacks.filter((f) => f.rtl).map((f) => f.name));
  const push = (piece: string, font: string) => {
    const last = runs.at(-1);
    if (last?.font === font) last.text += piece;
    else runs.push({ text: piece, font });
  };
  for (const { segment } of segmenter.segment(text)) {
    const current = runs.at(-1)?.font;
    const currentFont = normal.find((f) => f.name === current);
    // Spaces and punctuation stay in the run they are in, so a phrase in one script is one run.
    if (currentFont && NEUTRAL.test(segment) && drawable(currentFont, segment)) {
      push(segment, currentFont.name);
      continue;
    }
    const font = (EMOJI.test(segment) ? emojiFirst : normal).find((f) => drawable(f, segment));
    if (font) push(segment, font.name);
    else {
      onMissing(segment);
      push(PLACEHOLDER, primary.name);
    }
  }
  return rtl.size > 0 ? neutralEdges(runs, rtl, primary) : runs;
}

/**
 * A right-to-left run is drawn reversed as a whole, so spaces and punctuation at its ends would move
 * to its other side. They belong to the left-to-right text around it (the paragraph's direction),
 * so they become runs of the main font.
 */
function neutralEdges(runs: FontRun[], rtl: ReadonlySet<string>, primary: FontChoice): FontRun[] {
  const out: FontRun[] = [];
  const add = (text: string, font: string) => {
    if (!text) return;
    const last = out.at(-1);
    if (last?.font === font) last.text += text;
    else out.push({ text, font });
  };
  for (const run of runs) {
    if (!rtl.has(run.font)) {
      add(run.text, run.font);
      continue;
    }
    const [, lead = '', core = '', trail = ''] = /^([\s\p{P}]*)([\s\S]*?)([\s\p{P}]*)$/u.exec(run.text) ?? [];
    const edge = (s: string) => (drawable(primary, s) ? primary.name : run.font);
    add(lead, edge(lead));
    add(core, run.font);
    add(trail, edge(trail));
  }
  return out;
}
