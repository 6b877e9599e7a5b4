import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOCUMENT_FIELD } from '../../shared/editor/extensions';
import { roomName } from '../../shared/sync/rooms';
import { domainDeps, werkgroepWith } from '../test/domainDeps';
import { createDocument } from './documents';
import { restoreVersion, saveVersion, versionOf } from './versions';

let env: Awaited<ReturnType<typeof domainDeps>>;
beforeEach(async () => {
  env = await domainDeps();
});
afterEach(() => env.cleanup());

const setText = (text: string) => (doc: Y.Doc) => {
  const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
  fragment.delete(0, fragment.length);
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  fragment.insert(0, [p]);
};
const textOf = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FIELD).toString();

describe('versions', () => {
  it('a saved version brings back the text and title of every section, and a section removed since', async () => {
    const { werkgroep, addMember } = await werkgroepWith(env.deps);
    const fien = await addMember('facilitator', 'Fien');
    const document = await createDocument(env.storage, werkgroep.id, {
      title: 'Plan',
      kind: 'ambitiedocument',
    });
    const [first, second] = await env.storage.listSections(document.id);
    if (!first || !second) throw new Error('the template has sections');
    await env.rooms.write(roomName('section', first.id), setText('Meer groen'));
    const version = await saveVersion(env.deps, document, fien.member, 'Eerste versie');
    expect(await versionOf(env.deps, document.id, version.id)).toMatchObject({ name: 'Eerste versie' });
    await expect(versionOf(env.deps, 'other', version.id)).rejects.toMatchObject({ code: 'not_found' });

    await env.rooms.write(roomName('section', first.id), setText('Minder groen'));
    await env.storage.updateSection(first.id, { title: 'Anders' });
    await env.storage.deleteSection(second.id);
    const restored = await restoreVersion(env.deps, document, version, fien.member);
    expect(restored.recreatedSections).toBe(1);
    expect(await env.rooms.read(roomName('section', first.id), textOf)).toContain('Meer groen');
    expect((await env.storage.getSection(first.id))?.title).toBe(first.title);
    expect((await env.storage.listSections(document.id)).map((s) => s.id).slice(0, 2)).toEqual([
      first.id,
      second.id,
    ]);
  });
});
