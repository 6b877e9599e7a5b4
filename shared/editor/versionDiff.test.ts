import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOCUMENT_FIELD } from './extensions';
import { allRemoved, compareSections, diffStates } from './versionDiff';

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

describe('comparing a version with now', () => {
  const paragraphDoc = (words: string) => {
    const doc = new Y.Doc({ gc: false });
    const p = new Y.XmlElement('paragraph');
    doc.getXmlFragment(DOCUMENT_FIELD).push([p]);
    p.insert(0, [new Y.XmlText(words)]);
    return Y.encodeStateAsUpdateV2(doc);
  };

  it('a section gone since the version shows all its text as removed', () => {
    const then = paragraphDoc('Speeltuin bij de school.');
    expect(diffStates(then, allRemoved(then))).toEqual([
      { type: 'removed', text: 'Speeltuin bij de school.' },
    ]);
  });

  it('a section added after the version shows all its text as added', () => {
    const now = paragraphDoc('Nieuwe bankjes.');
    expect(diffStates(Y.encodeStateAsUpdateV2(new Y.Doc()), now)).toEqual([
      { type: 'added', text: 'Nieuwe bankjes.' },
    ]);
  });

  it('includes sections added after the version and those removed since, in order', () => {
    const version = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
    const current = [{ id: 'x' }, { id: 'a' }, { id: 'c' }, { id: 'y' }];
    const compared = compareSections(version, current);
    expect(compared.map((s) => `${s.id}:${s.change}`)).toEqual([
      'x:added',
      'a:kept',
      'b:removed',
      'c:kept',
      'd:removed',
      'y:added',
    ]);
    expect(compared.find((s) => s.id === 'b')).toMatchObject({ saved: { id: 'b' }, current: null });
    expect(compared.find((s) => s.id === 'x')).toMatchObject({ saved: null, current: { id: 'x' } });
  });

  it('a removed first section stays first; nothing left now means all removed', () => {
    expect(compareSections([{ id: 'a' }, { id: 'b' }], [{ id: 'b' }]).map((s) => s.id)).toEqual(['a', 'b']);
    expect(compareSections([{ id: 'a' }, { id: 'b' }], []).map((s) => s.change)).toEqual([
      'removed',
      'removed',
    ]);
  });
});
