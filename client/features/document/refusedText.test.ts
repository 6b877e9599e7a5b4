import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOCUMENT_FIELD } from '../../../shared/editor/documentField';
import { refusedPassages } from './refusedText';

function paragraph(text: string, type = 'paragraph'): Y.XmlElement {
  const p = new Y.XmlElement(type);
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

/** A section stored on the server, and this device's copy of it. */
function stored(...texts: string[]) {
  const doc = new Y.Doc({ gc: false });
  doc.getXmlFragment(DOCUMENT_FIELD).push(texts.map((t) => paragraph(t)));
  return { doc, vector: Y.decodeStateVector(Y.encodeStateVector(doc)) };
}
const textOf = (p: Y.XmlElement) => p.get(0) as Y.XmlText;

describe('refused passages: the words the server does not hold', () => {
  it('nothing when everything is stored', () => {
    const { doc, vector } = stored('Samen voor Overvecht.');
    expect(refusedPassages(doc, vector)).toEqual([]);
  });

  it('words added inside a stored paragraph, and a new paragraph', () => {
    const { doc, vector } = stored('Een plein.', 'Einde.');
    const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
    textOf(fragment.get(0) as Y.XmlElement).insert(4, 'groen ');
    fragment.insert(1, [paragraph('Met bankjes en bomen.')]);
    expect(refusedPassages(doc, vector)).toEqual(['groen', 'Met bankjes en bomen.']);
  });

  it('a table: one passage per cell with text; an empty table gives none', () => {
    const { doc, vector } = stored('Wie doet wat');
    const cell = (text: string) => {
      const c = new Y.XmlElement('tableCell');
      c.insert(0, [paragraph(text)]);
      return c;
    };
    const row = new Y.XmlElement('tableRow');
    row.insert(0, [cell('Wie'), cell(''), cell('Wat')]);
    const table = new Y.XmlElement('table');
    table.insert(0, [row]);
    doc.getXmlFragment(DOCUMENT_FIELD).push([table]);
    expect(refusedPassages(doc, vector)).toEqual(['Wie', 'Wat']);

    const empty = stored('x');
    const t = new Y.XmlElement('table');
    t.insert(0, [new Y.XmlElement('tableRow')]);
    empty.doc.getXmlFragment(DOCUMENT_FIELD).push([t]);
    expect(refusedPassages(empty.doc, empty.vector)).toEqual([]);
  });

  it('text typed and deleted again, and bold on stored words, give nothing', () => {
    const { doc, vector } = stored('Belangrijk');
    const text = textOf(doc.getXmlFragment(DOCUMENT_FIELD).get(0) as Y.XmlElement);
    text.insert(0, 'weg ');
    text.delete(0, 4);
    text.format(0, 10, { bold: true });
    expect(refusedPassages(doc, vector)).toEqual([]);
  });

  it('edits from an earlier visit (another client id, from IndexedDB) count too', () => {
    const { doc, vector } = stored('Begin.');
    const earlier = new Y.Doc({ gc: false });
    Y.applyUpdate(earlier, Y.encodeStateAsUpdate(doc));
    earlier.getXmlFragment(DOCUMENT_FIELD).push([paragraph('Offline getypt.')]);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(earlier));
    expect(refusedPassages(doc, vector)).toEqual(['Offline getypt.']);
  });

  it('typing that continues a stored run of text is split where the server stopped', () => {
    const doc = new Y.Doc({ gc: false });
    const p = paragraph('Eerste');
    doc.getXmlFragment(DOCUMENT_FIELD).push([p]);
    textOf(p).insert(6, ' zin');
    // The server holds this client's clocks 0–8: the paragraph (0), its text (1) and "Eerste " (2–8).
    const vector = new Map([[doc.clientID, 9]]);
    expect(refusedPassages(doc, vector)).toEqual(['zin']);
  });
});
