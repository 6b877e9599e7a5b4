import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { authorDescription, authorshipShares, recordAuthor, recordedClients } from './authorship';
import { DOCUMENT_FIELD } from './extensions';

/** A paragraph typed by one replica, synced to the other. */
function typeParagraph(doc: Y.Doc, text: string) {
  const p = new Y.XmlElement('paragraph');
  doc.getXmlFragment(DOCUMENT_FIELD).push([p]);
  p.insert(0, [new Y.XmlText(text)]);
}

describe('authorship shares', () => {
  it('counts words per role group, attributed by the recorded client ids, also after edits', () => {
    const server = new Y.Doc();
    const anna = new Y.Doc();
    const bram = new Y.Doc();
    const sync = (from: Y.Doc, to: Y.Doc) =>
      Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
    typeParagraph(anna, 'meer groen op het plein');
    sync(anna, server);
    typeParagraph(bram, 'budget is er voor twee jaar');
    sync(bram, server);
    recordAuthor(server, [anna.clientID], authorDescription('bewoners', 'm-anna'));
    recordAuthor(server, [bram.clientID], authorDescription('ambtenaren', 'm-bram'));
    expect(recordedClients(server)).toEqual(new Set([anna.clientID, bram.clientID]));
    expect(authorshipShares(server)).toMatchObject({ bewoners: 5, ambtenaren: 6, unknown: 0 });

    // Bram removes two of Anna's words and adds one of his own: the shares follow.
    sync(server, bram);
    const paragraphs = bram.getXmlFragment(DOCUMENT_FIELD).toArray() as Y.XmlElement[];
    const annaText = paragraphs
      .map((p) => p.get(0) as Y.XmlText)
      .find((t) => t.toString().startsWith('meer'));
    if (!annaText) throw new Error("Anna's paragraph is missing");
    annaText.delete(0, 5); // "meer "
    annaText.insert(annaText.length, ' en bankjes');
    sync(bram, server);
    expect(authorshipShares(server)).toMatchObject({ bewoners: 4, ambtenaren: 8 });
  });

  it('leaves text of unrecorded clients as unknown', () => {
    const doc = new Y.Doc();
    typeParagraph(doc, 'twee woorden');
    expect(authorshipShares(doc)).toMatchObject({ unknown: 2, bewoners: 0 });
  });
});
