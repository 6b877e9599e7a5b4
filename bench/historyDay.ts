/**
 * A day of normal typing in one section, for `npm run bench:history`: what each member does in each
 * minute. Tuned so that about a quarter of what is typed or pasted is deleted again by the end of the
 * day (keystroke studies of writing put the final text at 60–80% of everything typed), applied to their own Y.Doc the way the editor does it (one transaction per keystroke, one
 * per deletion of a selection or per paste). Deterministic for a seed, as long as the members take
 * turns (the runner waits until everyone has everyone's changes before the next turn).
 */
import * as Y from 'yjs';
import { DOCUMENT_FIELD } from '../shared/editor/extensions';
import { prng } from './typingWriters';

export const DAY = {
  minutes: 6 * 60,
  members: 4,
  /** Chance that a member types in a given minute (a werkgroep writes, talks, reads, pauses). */
  activePerMinute: 0.3,
  /** Words typed in an active minute (about 40 words a minute when typing, with pauses). */
  wordsPerActiveMinute: [10, 30],
  /** Per word: a typo of 1–3 characters, seen and backspaced, then the right word. */
  typoPerWord: 0.06,
  /** Per active minute: the last word is backspaced and typed again differently. */
  retypeWord: 0.4,
  /** Per active minute: a sentence somewhere is selected and deleted. */
  deleteSentence: 0.5,
  /** Per active minute: a sentence is selected and typed over. */
  rewriteSentence: 0.35,
  /** Per active minute: a block of 800–2,000 characters is pasted as a new paragraph… */
  paste: 0.012,
  /** …and per active minute, a whole paragraph (pasted or typed) is deleted. */
  deleteParagraph: 0.05,
  /** Per sentence: one word is made bold. */
  boldWord: 0.03,
  /** Per sentence: the next sentence starts a new paragraph. */
  newParagraph: 0.3,
} as const;

const WORDS = (
  'de het een wijk groen plein bewoners speeltuin bankjes fietspad veilig samen buurt straat bomen ' +
  'school ouderen jongeren ontmoeten markt licht park water zomer hulp koffie tuin route afval ' +
  'gemeente afspraak werkgroep planning verkeer ambitie wijkagent bibliotheek huurders corporatie'
).split(' ');

export interface DayCounts {
  updates: number;
  typedChars: number;
  deletedChars: number;
  pastedChars: number;
}

/** One member's hands: picks what to do and does it on their doc. */
export class Typist {
  private readonly rand: () => number;
  constructor(
    seed: number,
    private readonly counts: DayCounts,
  ) {
    this.rand = prng(seed);
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rand() * items.length)] as T;
  }
  private chance(p: number): boolean {
    return this.rand() < p;
  }
  private word(): string {
    return this.pick(WORDS);
  }

  /** One active minute of this member in `doc`. */
  minute(doc: Y.Doc): void {
    const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
    if (fragment.length === 0 || this.chance(0.1)) this.newParagraph(doc);
    if (this.chance(DAY.deleteSentence)) this.deleteSentence(doc, false);
    if (this.chance(DAY.rewriteSentence)) this.deleteSentence(doc, true);
    if (this.chance(DAY.paste)) this.paste(doc);
    if (this.chance(DAY.deleteParagraph)) this.deleteParagraph(doc);
    const [lo, hi] = DAY.wordsPerActiveMinute;
    const words = lo + Math.floor(this.rand() * (hi - lo));
    // Mostly at the end of a paragraph, sometimes in the middle of one.
    const text = this.target(doc);
    let at = this.chance(0.7) ? text.length : this.sentenceEnd(text);
    for (let w = 0; w < words; w++) {
      const sentenceDone = w > 0 && this.chance(0.12);
      const chunk = `${sentenceDone ? '. ' : ' '}${this.word()}`;
      if (this.chance(DAY.typoPerWord)) {
        const typo = 'qxzj'.slice(0, 1 + Math.floor(this.rand() * 3));
        at = this.typeChars(doc, text, at, typo);
        at = this.backspace(doc, text, at, typo.length);
      }
      at = this.typeChars(doc, text, at, chunk);
      if (sentenceDone && this.chance(DAY.boldWord))
        this.bold(doc, text, at - chunk.length + 2, chunk.length - 2);
    }
    if (this.chance(DAY.retypeWord)) {
      const last = this.word();
      at = this.backspace(doc, text, at, Math.min(at, 6));
      at = this.typeChars(doc, text, at, last);
    }
    at = this.typeChars(doc, text, at, '.');
    if (this.chance(DAY.newParagraph)) this.newParagraph(doc);
  }

  /** The paragraph to write in: the last one mostly, else any. */
  private target(doc: Y.Doc): Y.XmlText {
    const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
    const index = this.chance(0.6) ? fragment.length - 1 : Math.floor(this.rand() * fragment.length);
    const p = fragment.get(index) as Y.XmlElement;
    if (p.length === 0) {
      doc.transact(() => p.insert(0, [new Y.XmlText()]));
      this.counts.updates++;
    }
    return p.get(0) as Y.XmlText;
  }

  private plain(text: Y.XmlText): string {
    return (text.toDelta() as { insert: unknown }[])
      .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
      .join('');
  }

  private sentenceEnd(text: Y.XmlText): number {
    const s = this.plain(text);
    const ends = [...s.matchAll(/\. /g)].map((m) => (m.index ?? 0) + 2);
    return ends.length > 0 ? this.pick(ends) : s.length;
  }

  private typeChars(doc: Y.Doc, text: Y.XmlText, at: number, chars: string): number {
    for (const ch of chars) {
      doc.transact(() => text.insert(at, ch));
      at++;
      this.counts.updates++;
      this.counts.typedChars++;
    }
    return at;
  }

  private backspace(doc: Y.Doc, text: Y.XmlText, at: number, n: number): number {
    for (let i = 0; i < n && at > 0; i++) {
      doc.transact(() => text.delete(at - 1, 1));
      at--;
      this.counts.updates++;
      this.counts.deletedChars++;
    }
    return at;
  }

  private bold(doc: Y.Doc, text: Y.XmlText, at: number, length: number): void {
    doc.transact(() => text.format(at, length, { bold: {} }));
    this.counts.updates++;
  }

  private newParagraph(doc: Y.Doc): void {
    const p = new Y.XmlElement('paragraph');
    doc.transact(() => {
      doc.getXmlFragment(DOCUMENT_FIELD).push([p]);
      p.insert(0, [new Y.XmlText()]);
    });
    this.counts.updates++;
  }

  /** Selects one sentence and deletes it (one transaction); with `rewrite`, types a new one there. */
  private deleteSentence(doc: Y.Doc, rewrite: boolean): void {
    const text = this.target(doc);
    const s = this.plain(text);
    const sentences = [...s.matchAll(/[^.]+\.\s?/g)];
    if (sentences.length === 0) return;
    const m = this.pick(sentences);
    const at = m.index ?? 0;
    doc.transact(() => text.delete(at, m[0].length));
    this.counts.updates++;
    this.counts.deletedChars += m[0].length;
    if (rewrite) {
      const words = Array.from({ length: 6 + Math.floor(this.rand() * 10) }, () => this.word());
      this.typeChars(doc, text, at, `${words.join(' ')}. `);
    }
  }

  private paste(doc: Y.Doc): void {
    const length = 800 + Math.floor(this.rand() * 1200);
    let block = '';
    while (block.length < length) block += `${this.word()}${this.chance(0.1) ? '. ' : ' '}`;
    const p = new Y.XmlElement('paragraph');
    doc.transact(() => {
      doc.getXmlFragment(DOCUMENT_FIELD).push([p]);
      p.insert(0, [new Y.XmlText(block)]);
    });
    this.counts.updates++;
    this.counts.pastedChars += block.length;
  }

  private deleteParagraph(doc: Y.Doc): void {
    const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
    if (fragment.length < 3) return;
    const index = Math.floor(this.rand() * fragment.length);
    const text = (fragment.get(index) as Y.XmlElement).get(0);
    const length = text instanceof Y.XmlText ? text.length : 0;
    doc.transact(() => fragment.delete(index, 1));
    this.counts.updates++;
    this.counts.deletedChars += length;
  }
}

/** Visible characters of a section (the text of every paragraph). */
export function visibleChars(doc: Y.Doc): number {
  let n = 0;
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) n += child.length;
      else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(doc.getXmlFragment(DOCUMENT_FIELD));
  return n;
}
