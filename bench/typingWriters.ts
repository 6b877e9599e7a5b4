/**
 * Remote writers of the typing benchmark (bench/typing.ts): Node Yjs clients that type into the
 * paragraphs of a section the way people do, in bursts, at a cursor that moves with the text.
 * They write only lowercase letters, spaces and ". " (the page measures the local user's [A-Z0-9]).
 */
import * as Y from 'yjs';
import { DOCUMENT_FIELD } from '../shared/editor/extensions';
import type { BenchClient } from './clients';

/** Bursts of 5–12 characters 100–180 ms apart, then a 400–1400 ms pause: ≈ 4 characters/s. */
export const WRITER_PACE = {
  burstChars: [5, 12],
  burstDelayMs: [100, 180],
  pauseMs: [400, 1400],
  /** Chance that a burst starts a new paragraph below the writer's current one. */
  newParagraphPerBurst: 0.04,
} as const;

const WORDS = (
  'de het wijk groen plein bewoners speeltuin bankjes fietspad veilig samen buurt straat bomen ' +
  'school ouderen jongeren ontmoeten markt licht park water zomer hulp koffie tuin route afval'
).split(' ');

/** Seeded PRNG (mulberry32): every run types the same text at the same pace. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const between = (rand: () => number, [lo, hi]: readonly [number, number]) => lo + rand() * (hi - lo);

const word = (rand: () => number) => WORDS[Math.floor(rand() * WORDS.length)] ?? 'wijk';

const fragmentOf = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FIELD);

/** Appends `count` paragraphs of `words` lowercase words (ProseMirror-shaped XML); returns their texts. */
export function seedParagraphs(doc: Y.Doc, count: number, words: number, rand: () => number): string[] {
  const texts = Array.from({ length: count }, () =>
    Array.from({ length: words }, () => word(rand)).join(' '),
  );
  const fragment = fragmentOf(doc);
  doc.transact(() => {
    for (const s of texts) {
      const p = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      fragment.push([p]);
      p.insert(0, [text]);
      text.insert(0, `${s}.`);
    }
  });
  return texts;
}

/** Paragraph count and text length of the section (as a client sees it). */
export function sectionSize(doc: Y.Doc): { paragraphs: number; chars: number } {
  const nodes = fragmentOf(doc).toArray();
  let chars = 0;
  for (const n of nodes) {
    if (!(n instanceof Y.XmlElement)) continue;
    for (const t of n.toArray()) if (t instanceof Y.XmlText) chars += t.length;
  }
  return { paragraphs: nodes.length, chars };
}

/** Starts one writer; `onSend` runs once per update it makes. Returns a stop function. */
export function startWriter(client: BenchClient, rand: () => number, onSend: () => void): () => void {
  const doc = client.doc;
  const fragment = fragmentOf(doc);
  let cursor: Y.RelativePosition | null = null;
  let buffer = '';
  let burstLeft = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const nextChar = (): string => {
    if (!buffer) buffer = `${word(rand)}${rand() < 0.1 ? '. ' : ' '}`;
    const c = buffer[0] ?? ' ';
    buffer = buffer.slice(1);
    return c;
  };
  // Where the cursor is now; at first (or once its text is gone) a random place in a random paragraph.
  const place = (): { text: Y.XmlText; index: number } | null => {
    const abs = cursor ? Y.createAbsolutePositionFromRelativePosition(cursor, doc) : null;
    if (abs?.type instanceof Y.XmlText) return { text: abs.type, index: abs.index };
    const paragraphs = fragment
      .toArray()
      .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'paragraph');
    const first = paragraphs[Math.floor(rand() * paragraphs.length)]?.get(0);
    return first instanceof Y.XmlText
      ? { text: first, index: Math.floor(rand() * (first.length + 1)) }
      : null;
  };
  const tick = () => {
    if (stopped) return;
    const newBurst = burstLeft === 0;
    if (newBurst) burstLeft = Math.round(between(rand, WRITER_PACE.burstChars));
    const at = place();
    if (at) {
      const ch = nextChar();
      const parent = at.text.parent;
      const index = parent instanceof Y.XmlElement ? fragment.toArray().indexOf(parent) : -1;
      if (newBurst && index >= 0 && rand() < WRITER_PACE.newParagraphPerBurst) {
        const p = new Y.XmlElement('paragraph');
        const text = new Y.XmlText();
        doc.transact(() => {
          fragment.insert(index + 1, [p]);
          p.insert(0, [text]);
          text.insert(0, ch);
        });
        cursor = Y.createRelativePositionFromTypeIndex(text, 1);
      } else {
        doc.transact(() => at.text.insert(at.index, ch));
        cursor = Y.createRelativePositionFromTypeIndex(at.text, at.index + 1);
      }
      onSend();
    }
    burstLeft--;
    timer = setTimeout(tick, between(rand, burstLeft > 0 ? WRITER_PACE.burstDelayMs : WRITER_PACE.pauseMs));
  };
  timer = setTimeout(tick, between(rand, WRITER_PACE.pauseMs));
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
