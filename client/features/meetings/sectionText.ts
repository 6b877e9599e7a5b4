import * as Y from 'yjs';
import { DOCUMENT_FIELD } from '../../../shared/editor/documentField';

/** A block of a section's text, as plain text: enough to read along on a screen or a phone. */
export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'item';
  text: string;
}

const textOf = (node: Y.XmlElement | Y.XmlText): string =>
  node instanceof Y.XmlText
    ? (node.toDelta() as { insert: unknown }[])
        .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
        .join('')
    : node
        .toArray()
        .map((c) => (c instanceof Y.XmlElement || c instanceof Y.XmlText ? textOf(c) : ''))
        .join(' ');

/**
 * A section's rich text (the editor's ProseMirror layout in Yjs) as headings, paragraphs and list
 * items, without the editor: the screen and phones only read along, and Tiptap is a large download.
 * Tables become one item per row.
 */
export function sectionBlocks(doc: Y.Doc): TextBlock[] {
  const out: TextBlock[] = [];
  const walk = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      switch (child.nodeName) {
        case 'heading':
          out.push({ kind: 'heading', text: textOf(child) });
          break;
        case 'paragraph':
          out.push({ kind: 'paragraph', text: textOf(child) });
          break;
        case 'listItem':
        case 'tableRow':
          out.push({ kind: 'item', text: textOf(child).replace(/\s+/g, ' ').trim() });
          break;
        default:
          walk(child);
      }
    }
  };
  walk(doc.getXmlFragment(DOCUMENT_FIELD));
  return out.filter((b) => b.text.trim() !== '');
}
