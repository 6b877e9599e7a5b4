import * as Y from 'yjs';
import { DOCUMENT_FIELD } from '../../../shared/editor/documentField';

/**
 * The words in this copy of a section that the server does not hold: text whose Yjs id lies past
 * what the server has stored of its client (`stored`), and that is not deleted here. One passage
 * per run of such text; stored text or a new block (paragraph, heading, list item, table cell)
 * ends a run. Formatting alone, structure without text and deletions yield no passage.
 */
export function refusedPassages(doc: Y.Doc, stored: ReadonlyMap<number, number>): string[] {
  const passages: string[] = [];
  let run = '';
  const end = () => {
    const text = run.replace(/\s+/g, ' ').trim();
    if (text) passages.push(text);
    run = '';
  };
  const visit = (node: Y.XmlElement | Y.XmlText | Y.XmlFragment) => {
    if (node instanceof Y.XmlText) {
      end();
      for (let item = node._start; item !== null; item = item.right) {
        if (item.deleted) continue;
        if (!(item.content instanceof Y.ContentString)) {
          // Formatting marks are invisible; anything else (an embed) is content of its own.
          if (!(item.content instanceof Y.ContentFormat)) end();
          continue;
        }
        const from = Math.max(0, (stored.get(item.id.client) ?? 0) - item.id.clock);
        const str = item.content.str;
        if (from > 0) end();
        if (from < str.length) run += str.slice(from);
      }
      end();
      return;
    }
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement || child instanceof Y.XmlText) visit(child);
    }
    end();
  };
  visit(doc.getXmlFragment(DOCUMENT_FIELD));
  return passages;
}
