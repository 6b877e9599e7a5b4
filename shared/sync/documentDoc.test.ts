import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Section } from '../schemas/section';
import { readSections, writeSections } from './documentDoc';

const section = (id: string, position: number, status: Section['status'] = 'concept'): Section => ({
  id,
  documentId: 'd1',
  title: `Sectie ${id}`,
  prompt: '',
  status,
  position,
  room: `section:${id}`,
});

describe('document structure doc', () => {
  it('round-trips sections in order and removes deleted ones', () => {
    const doc = new Y.Doc();
    writeSections(doc, [section('b', 1), section('a', 0)]);
    expect(readSections(doc).map((s) => s.id)).toEqual(['a', 'b']);
    writeSections(doc, [section('a', 0, 'vastgesteld')]);
    expect(readSections(doc)).toEqual([section('a', 0, 'vastgesteld')]);
  });

  it('reaches another replica through updates', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    server.on('update', (u: Uint8Array) => Y.applyUpdate(client, u));
    writeSections(server, [section('a', 0), section('b', 1)]);
    writeSections(server, [section('b', 0), section('a', 1, 'in_bespreking')]);
    expect(readSections(client).map((s) => [s.id, s.status])).toEqual([
      ['b', 'concept'],
      ['a', 'in_bespreking'],
    ]);
  });
});
