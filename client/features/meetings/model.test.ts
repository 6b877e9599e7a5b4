import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOCUMENT_FIELD } from '../../../shared/editor/documentField';
import type { Decision } from '../../../shared/schemas/decision';
import type { Meeting } from '../../../shared/schemas/meeting';
import { COMMANDS, commandForKey } from './commands';
import {
  currentItem,
  decisionsDuring,
  everyoneConnected,
  parsePeer,
  peopleOf,
  presenceCounts,
  recentReactions,
} from './model';
import { sectionBlocks } from './sectionText';

const meeting = (patch: Partial<Meeting> = {}): Meeting => ({
  id: 'm1',
  werkgroepId: 'w1',
  title: 'Bijeenkomst 3',
  date: '2026-12-03',
  startTime: '19:30',
  place: 'Buurthuis',
  agenda: [
    { id: 'a', title: 'Welkom', minutes: 5, link: null },
    { id: 'b', title: 'Ideeën', minutes: 20, link: null },
  ],
  status: 'running',
  currentItemId: 'a',
  timer: { endsAt: null, remainingSeconds: 300 },
  followMe: false,
  notetakerMemberId: null,
  joinCode: 'KDM4QX',
  joinCodeIssuedAt: '2026-12-03T18:30:00.000Z',
  notes: {},
  startedAt: '2026-12-03T18:30:00.000Z',
  endedAt: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  room: 'session:m1',
  ...patch,
});

const state = (memberId: string, role: string, extra: Record<string, unknown> = {}) => ({
  user: { memberId, name: memberId.toUpperCase(), role },
  ...extra,
});

describe('presence in the meeting room', () => {
  it('reads only states the server stamped, and what the member says about where they are', () => {
    expect(parsePeer(1, { user: {} })).toBeNull();
    expect(parsePeer(1, state('a', 'wethouder'))).toBeNull();
    expect(parsePeer(1, state('a', 'bewoner', { where: 'zolder', device: 'x' }))).toMatchObject({
      where: null,
      device: 'deelnemer',
    });
    expect(parsePeer(2, state('a', 'bewoner', { where: 'thuis', device: 'scherm' }))).toMatchObject({
      where: 'thuis',
      device: 'scherm',
    });
  });

  it('counts people once, leaves screens out, and splits residents and officials by room and home; guests apart', () => {
    const peers = [
      parsePeer(1, state('anna', 'bewoner', { where: 'zaal' })),
      parsePeer(2, state('anna', 'bewoner', {})), // her laptop too
      parsePeer(3, state('bas', 'bewoner', { where: 'thuis' })),
      parsePeer(4, state('dirk', 'ambtenaar', { where: 'zaal' })),
      parsePeer(5, state('fatima', 'facilitator', { where: 'zaal', device: 'console' })),
      parsePeer(6, state('fatima', 'facilitator', { device: 'scherm' })),
      parsePeer(7, state('scherm', 'bewoner', { device: 'scherm' })),
      // Joined by code, not confirmed yet: in no group, never in the parity.
      parsePeer(8, state('yusuf', 'guest', { where: 'thuis' })),
    ].filter((p) => p !== null);
    const people = peopleOf(peers);
    expect(people.map((p) => p.memberId)).toEqual(['anna', 'bas', 'dirk', 'fatima', 'yusuf']);
    const nowhere = { document: 0, bord: 0, stemming: 0, elders: 0 };
    expect(presenceCounts(people)).toEqual({
      bewoners: { zaal: 1, thuis: 1, meeting: 2, elsewhere: nowhere, total: 2 },
      ambtenaren: { zaal: 1, thuis: 0, meeting: 1, elsewhere: nowhere, total: 1 },
      others: 1,
      guests: 1,
      zaal: 3,
      thuis: 2,
    });
  });

  it('counts everyone connected to the werkgroep: on the meeting pages, and on other pages with where', () => {
    const peers = [
      parsePeer(1, state('anna', 'bewoner', { where: 'zaal' })),
      parsePeer(2, state('fatima', 'facilitator', { device: 'scherm' })),
    ].filter((p) => p !== null);
    const present = [
      { memberId: 'anna', name: 'Anna', role: 'bewoner' as const, places: ['bijeenkomst' as const] },
      // An official reading the document while the meeting runs, and on a board in another tab.
      {
        memberId: 'dirk',
        name: 'Dirk',
        role: 'ambtenaar' as const,
        places: ['bord' as const, 'document' as const],
      },
      { memberId: 'eva', name: 'Eva', role: 'ambtenaar' as const, places: ['stemming' as const] },
      // On some meeting's page, but not in this one's room: elsewhere.
      { memberId: 'bas', name: 'Bas', role: 'bewoner' as const, places: ['bijeenkomst' as const] },
    ];
    const people = everyoneConnected(peers, present);
    expect(people.map((p) => [p.memberId, p.elsewhere])).toEqual([
      ['anna', null],
      ['bas', 'elders'],
      ['dirk', 'document'],
      ['eva', 'stemming'],
    ]);
    const c = presenceCounts(people);
    expect(c.ambtenaren).toMatchObject({ total: 2, meeting: 0, elsewhere: { document: 1, stemming: 1 } });
    expect(c.bewoners).toMatchObject({ total: 2, meeting: 1, zaal: 1, elsewhere: { elders: 1 } });
  });
});

describe('the agenda, reactions and decisions', () => {
  it('knows the current item and its place', () => {
    expect(currentItem(meeting({ currentItemId: 'b' }))).toMatchObject({ number: 2, of: 2 });
    expect(currentItem(meeting({ currentItemId: null }))).toBeNull();
  });

  it('counts the reactions of the last moments only', () => {
    const now = Date.parse('2026-12-03T19:00:30.000Z');
    const at = (s: number) => new Date(now - s * 1000).toISOString();
    const r = (reaction: 'eens' | 'applaus', s: number) => ({
      id: `${reaction}${s}`,
      reaction,
      group: 'bewoners',
      at: at(s),
    });
    expect(
      recentReactions([r('eens', 60), r('applaus', 5), r('applaus', 1), r('eens', 2)], now, 20_000),
    ).toEqual([
      { reaction: 'applaus', count: 2 },
      { reaction: 'eens', count: 1 },
    ]);
  });

  it('lists the decisions taken between the start and the end of the meeting', () => {
    const d = (number: number, decidedAt: string) => ({ id: `d${number}`, number, decidedAt }) as Decision;
    const all = [
      d(1, '2026-12-03T18:00:00.000Z'),
      d(2, '2026-12-03T19:00:00.000Z'),
      d(3, '2026-12-03T21:00:00.000Z'),
    ];
    const ended = meeting({ status: 'ended', endedAt: '2026-12-03T20:30:00.000Z' });
    expect(decisionsDuring(all, ended, Date.now()).map((x) => x.number)).toEqual([2]);
    expect(
      decisionsDuring(all, meeting(), Date.parse('2026-12-03T22:00:00.000Z')).map((x) => x.number),
    ).toEqual([2, 3]);
    expect(decisionsDuring(all, meeting({ startedAt: null }), Date.now())).toEqual([]);
  });
});

describe('console commands', () => {
  it('allow only what fits the meeting now, and only for the facilitator', () => {
    const m = meeting();
    expect(COMMANDS.previous.isAllowed('facilitator', m)).toBe(false);
    expect(COMMANDS.next.isAllowed('facilitator', m)).toBe(true);
    expect(COMMANDS.next.isAllowed('bewoner', m)).toBe(false);
    expect(COMMANDS.next.isAllowed('facilitator', meeting({ currentItemId: 'b' }))).toBe(false);
    expect(COMMANDS.timerStart.isAllowed('facilitator', m)).toBe(true);
    expect(COMMANDS.timerPause.isAllowed('facilitator', m)).toBe(false);
    expect(COMMANDS.start.isAllowed('facilitator', m)).toBe(false);
    expect(COMMANDS.start.isAllowed('facilitator', meeting({ status: 'planned' }))).toBe(true);
  });

  it('map a presenter clicker (PageDown, PageUp) to next and previous', () => {
    expect(commandForKey('PageDown', 'facilitator', meeting())?.control).toEqual({ action: 'next' });
    expect(commandForKey('PageUp', 'facilitator', meeting())).toBeNull();
    expect(commandForKey('PageUp', 'facilitator', meeting({ currentItemId: 'b' }))?.control).toEqual({
      action: 'previous',
    });
    expect(commandForKey('n', 'facilitator', meeting())).toBeNull();
  });
});

describe('a section read along without the editor', () => {
  it('turns headings, paragraphs, list items and table rows into plain blocks', () => {
    const doc = new Y.Doc();
    const el = (name: string, children: (Y.XmlElement | Y.XmlText)[]) => {
      const e = new Y.XmlElement(name);
      e.insert(0, children);
      return e;
    };
    const text = (s: string) => new Y.XmlText(s);
    doc
      .getXmlFragment(DOCUMENT_FIELD)
      .insert(0, [
        el('heading', [text('Groen')]),
        el('paragraph', [text('Meer bomen in de straat.')]),
        el('paragraph', []),
        el('bulletList', [el('listItem', [el('paragraph', [text('Geveltuinen')])])]),
        el('table', [
          el('tableRow', [
            el('tableCell', [el('paragraph', [text('Wie')])]),
            el('tableCell', [el('paragraph', [text('Wat')])]),
          ]),
        ]),
      ]);
    expect(sectionBlocks(doc)).toEqual([
      { kind: 'heading', text: 'Groen' },
      { kind: 'paragraph', text: 'Meer bomen in de straat.' },
      { kind: 'item', text: 'Geveltuinen' },
      { kind: 'item', text: 'Wie Wat' },
    ]);
  });
});
