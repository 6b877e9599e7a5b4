import type { JSONContent } from '@tiptap/core';
import { decisionUrl } from '../../shared/schemas/decision';
import type { ExportInput } from '../export/model';
import type { DecisionRow } from '../storage/VoteStore';

/**
 * A document for export tests and the export benchmark: every node and mark of the shared schema,
 * Dutch characters (ë, ï, é, €), a link to a decision, an empty section, and about 40 pages of text.
 */
const ORIGIN = 'https://wijkatelier.example';

const t = (text: string, ...marks: string[]): JSONContent => ({
  type: 'text',
  text,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
});
const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const h = (level: number, text: string): JSONContent => ({
  type: 'heading',
  attrs: { level },
  content: [t(text)],
});
const li = (...content: JSONContent[]): JSONContent => ({ type: 'listItem', content });
const td = (text: string, type = 'tableCell'): JSONContent => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [p(t(text))],
});

const SENTENCES = [
  'Bewoners van Overvecht willen een wijk waar kinderen veilig buiten spelen.',
  'De gemeente zorgt samen met de woningcorporaties voor betere verlichting in de portieken.',
  'Het buurthuis aan het Zamenhofplein blijft open, ook in de zomer.',
  'We maken de groenstroken rond de flats tot een plek waar mensen elkaar ontmoeten.',
  'Ideeën van jongeren krijgen een vaste plek in de wijkraad; café De Ontmoeting helpt mee.',
  'Naïeve plannen bestaan niet: elk idee wordt besproken, ook als het € 50.000 kost.',
];

/** About one page of running text (roughly 450 words) with marks, a break and links. */
function page(n: number): JSONContent[] {
  const out: JSONContent[] = [];
  for (let i = 0; i < 6; i++) {
    const s = (k: number) => SENTENCES[(n + i + k) % SENTENCES.length] ?? '';
    out.push(
      p(t(`${s(0)} ${s(1)} `), t(s(2), 'bold'), t(` ${s(3)} `), t(s(4), 'italic'), t(` ${s(5)} ${s(0)}`)),
    );
  }
  return out;
}

export function everyNodeType(): JSONContent {
  return {
    type: 'doc',
    content: [
      h(1, 'Onze ambitie voor 2030'),
      p(
        t('Gewoon, '),
        t('vet', 'bold'),
        t(', '),
        t('schuin', 'italic'),
        t(', '),
        t('onderstreept', 'underline'),
        t(', '),
        t('doorgehaald', 'strike'),
        t(' en '),
        {
          type: 'text',
          text: 'een link',
          marks: [{ type: 'link', attrs: { href: 'https://www.utrecht.nl/overvecht' } }],
        },
        t('. Zie '),
        {
          type: 'text',
          text: 'besluit 1',
          // As the editor's link dialog stores it: absolute, on the server's own address.
          marks: [{ type: 'link', attrs: { href: decisionUrl(ORIGIN, 'wg00000000000001', 1) } }],
        },
        t('.'),
      ),
      p(t('Eerste regel'), { type: 'hardBreak' }, t('tweede regel met ë, ï, é en €.')),
      h(2, 'Wat we willen bereiken'),
      {
        type: 'bulletList',
        content: [
          li(p(t('Veilige speelplekken'))),
          li(p(t('Een buurthuis dat open is')), {
            type: 'bulletList',
            content: [li(p(t('Ook in de zomer'))), li(p(t('Met koffie voor € 1')))],
          }),
        ],
      },
      h(3, 'Stappen'),
      {
        type: 'orderedList',
        attrs: { start: 1, type: null },
        content: [li(p(t('Ophalen wat bewoners willen'))), li(p(t('Samen kiezen'))), li(p(t('Uitvoeren')))],
      },
      { type: 'blockquote', content: [p(t('“Wij zijn de wijk.” — een bewoner uit Tigris'))] },
      { type: 'horizontalRule' },
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [td('Wie', 'tableHeader'), td('Doet wat', 'tableHeader'), td('Wanneer', 'tableHeader')],
          },
          {
            type: 'tableRow',
            content: [td('Bewonersgroep Zamenhof'), td('Organiseert de buurtschouw'), td('Maart')],
          },
          {
            type: 'tableRow',
            content: [td('Gemeente Utrecht'), td('Betaalt de verlichting (€ 12.500)'), td('April')],
          },
        ],
      },
    ],
  };
}

const decision = (over: Partial<DecisionRow>): DecisionRow => ({
  id: 'dec0000000000001',
  werkgroepId: 'wg00000000000001',
  voteId: 'vot0000000000001',
  number: 1,
  question: 'Welk plein pakken we eerst aan?',
  text: 'We beginnen met het Zamenhofplein.',
  method: 'single',
  rule: 'gelijk_gewicht',
  secret: false,
  options: [
    { id: 'o1', label: 'Zamenhofplein' },
    { id: 'o2', label: 'Gagelplein' },
  ],
  tally: {
    method: 'single',
    rule: 'gelijk_gewicht',
    groups: {
      bewoners: {
        voters: 3,
        abstained: 0,
        proxies: 1,
        consent: null,
        options: { o1: { raw: 2, share: 2 / 3 }, o2: { raw: 1, share: 1 / 3 } },
      },
      ambtenaren: {
        voters: 1,
        abstained: 0,
        proxies: 0,
        consent: null,
        options: { o1: { raw: 1, share: 1 }, o2: { raw: 0, share: 0 } },
      },
      partners: {
        voters: 1,
        abstained: 0,
        proxies: 0,
        consent: null,
        options: { o1: { raw: 0, share: 0 }, o2: { raw: 1, share: 1 } },
      },
    },
    status: 'valid',
    ranking: [
      { optionId: 'o1', score: 5 / 6 },
      { optionId: 'o2', score: 1 / 6 },
    ],
    winners: ['o1'],
    tie: false,
    passed: true,
  },
  decidedAt: Date.parse('2026-11-20T19:30:00Z'),
  ...over,
});

const consentFigures = (instemmen: number, bezwaar: number, objections: string[]) => ({
  voters: instemmen + bezwaar,
  abstained: 0,
  proxies: 0,
  options: {},
  consent: { instemmen, onthouden: 0, bezwaar, objections },
});

/** Two threads on the first sections: a comment with a reply, and a question to the municipality. */
const richThreads = (sections: ExportInput['sections']): ExportInput['threads'] => [
  {
    id: 'thr0000000000001',
    documentId: 'doc0000000000001',
    sectionId: sections[0]?.id ?? '',
    anchor: { start: '', end: '', quote: 'Veilige speelplekken' },
    questionDue: null,
    resolvedAt: null,
    createdAt: Date.parse('2026-11-21T10:00:00Z'),
    comments: [
      {
        id: 'c1',
        threadId: 'thr0000000000001',
        authorMemberId: 'm-named',
        authorName: 'Fatima el Idrissi',
        authorRole: 'bewoner',
        body: 'Ook bij de Tigrisdreef graag.',
        createdAt: 1,
      },
      {
        id: 'c2',
        threadId: 'thr0000000000001',
        authorMemberId: 'm-anon',
        authorName: 'Jan Geheim',
        authorRole: 'ambtenaar',
        body: 'Dat nemen we mee.',
        createdAt: 2,
      },
    ],
  },
  {
    id: 'thr0000000000002',
    documentId: 'doc0000000000001',
    sectionId: sections[1]?.id ?? '',
    anchor: null,
    questionDue: '2026-12-15',
    resolvedAt: null,
    createdAt: Date.parse('2026-11-22T10:00:00Z'),
    comments: [
      {
        id: 'c3',
        threadId: 'thr0000000000002',
        authorMemberId: 'm-named',
        authorName: 'Fatima el Idrissi',
        authorRole: 'bewoner',
        body: 'Wanneer komt de nieuwe verlichting?',
        createdAt: 3,
      },
    ],
  },
];

/** Members of every group; one asked not to be named, one has a name outside Latin-1. */
const richMembers = (): ExportInput['members'] => [
  {
    id: 'm-named',
    displayName: 'Fatima el Idrissi',
    organisation: 'Bewonersgroep Zamenhof',
    role: 'bewoner',
    namedInExport: true,
  },
  {
    id: 'm-anon',
    displayName: 'Jan Geheim',
    organisation: null,
    role: 'ambtenaar',
    namedInExport: false,
  },
  { id: 'm-3', displayName: 'Şükrü Öztürk', organisation: null, role: 'bewoner', namedInExport: true },
  {
    id: 'm-4',
    displayName: 'Ans de Vries',
    organisation: 'Gemeente Utrecht',
    role: 'ambtenaar',
    namedInExport: true,
  },
  {
    id: 'm-5',
    displayName: 'Piet Partner',
    organisation: 'Mitros',
    role: 'partner',
    namedInExport: false,
  },
  {
    id: 'm-6',
    displayName: 'Fien Facilitator',
    organisation: null,
    role: 'facilitator',
    namedInExport: true,
  },
];

/** A decision by majority and a consent decision with an objection. */
const richDecisions = (): ExportInput['decisions'] => [
  decision({}),
  decision({
    id: 'dec0000000000002',
    number: 2,
    question: 'Stemmen we in met de ambitie voor groen?',
    text: '',
    method: 'consent',
    rule: 'consent',
    options: [],
    tally: {
      method: 'consent',
      rule: 'consent',
      groups: {
        bewoners: consentFigures(3, 1, ['Te weinig bomen bij de Tigrisdreef.']),
        ambtenaren: consentFigures(2, 0, []),
        partners: null,
      },
      status: 'valid',
      ranking: [],
      winners: [],
      tie: false,
      passed: false,
    },
  }),
];

/** One board with two frames and a note outside them. */
const richBoards = (): NonNullable<ExportInput['boards']> => [
  {
    title: 'Goed, beter, ideeën',
    frames: [
      { id: 'f1', title: 'Wat gaat goed', x: 0, y: 0, w: 400, h: 400, z: 'a0' },
      { id: 'f2', title: 'Wat kan beter', x: 500, y: 0, w: 400, h: 400, z: 'a1' },
    ],
    notes: [
      {
        id: 'n1',
        text: 'De markt op zaterdag',
        color: 'geel',
        x: 10,
        y: 10,
        z: 'a0',
        frameId: 'f1',
        author: { memberId: 'm-3', name: 'Şükrü', group: 'bewoners' },
        createdAt: '2026-11-20T19:00:00Z',
      },
      {
        id: 'n2',
        text: 'Meer prullenbakken',
        color: 'roze',
        x: 510,
        y: 10,
        z: 'a1',
        frameId: 'f2',
        author: { memberId: 'm-3', name: 'Şükrü', group: 'bewoners' },
        createdAt: '2026-11-20T19:00:00Z',
      },
      {
        id: 'n3',
        text: 'Een moestuin bij de school',
        color: 'groen',
        x: 1000,
        y: 10,
        z: 'a2',
        frameId: null,
        author: { memberId: 'm-4', name: 'Ans', group: 'ambtenaren' },
        createdAt: '2026-11-20T19:00:00Z',
      },
    ],
  },
];

/** The test document: 12 sections of about 3⅓ pages each (≈ 40 pages), the fourth one empty. */
export function richExportInput(over: Partial<ExportInput> = {}): ExportInput {
  const sections: ExportInput['sections'] = [];
  for (let i = 0; i < 12; i++) {
    const content: JSONContent[] = i === 0 ? [...(everyNodeType().content ?? [])] : [];
    if (i !== 3)
      for (let k = 0; k < 3; k++)
        content.push(h(2, `Thema ${i + 1}.${k + 1}: ideeën uit de wijk`), ...page(i * 3 + k));
    if (i === 3) content.push(p());
    sections.push({
      id: `sec${String(i).padStart(13, '0')}`,
      title: i === 3 ? 'Lege sectie' : `Deel ${i + 1}: Één wijk, één ambitie`,
      status: i < 2 ? 'vastgesteld' : i === 2 ? 'in_bespreking' : 'concept',
      content: { type: 'doc', content },
    });
  }
  return {
    lang: 'nl',
    origin: ORIGIN,
    now: Date.parse('2026-11-27T10:00:00Z'),
    document: { title: 'Ambitiedocument Overvecht' },
    werkgroep: {
      id: 'wg00000000000001',
      name: 'Samen voor Overvecht',
      wijk: 'Overvecht',
      gemeente: 'Utrecht',
    },
    version: null,
    sections,
    threads: richThreads(sections),
    members: richMembers(),
    decisions: richDecisions(),
    boards: richBoards(),
    options: { comments: true, questions: true },
    ...over,
  };
}
