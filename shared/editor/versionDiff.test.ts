import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOCUMENT_FIELD } from './extensions';
import { diffStates } from './versionDiff';

describe('version diff', () => {
  it('marks what was inserted and deleted between two versions', () => {
    const doc = new Y.Doc({ gc: false });
    const p = new Y.XmlElement('paragraph');
    doc.getXmlFragment(DOCUMENT_FIELD).push([p]);
    const text = new Y.XmlText('Meer groen op het plein.');
    p.insert(0, [text]);
    const v1 = Y.encodeStateAsUpdateV2(doc);
    text.delete(5, 6); // "groen "
    text.insert(5, 'bomen en bankjes ');
    const v2 = Y.encodeStateAsUpdateV2(doc);
    expect(diffStates(v1, v2)).toEqual([
      { type: 'removed', text: 'groen ' },
      { type: 'added', text: 'bomen en bankjes ' },
    ]);
    expect(diffStates(v1, v1)).toEqual([]);
  });
});
