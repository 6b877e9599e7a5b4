import type { JSONContent } from '@tiptap/core';
import { locale } from '../../shared/i18n/translate';
import type { ExportLang } from '../../shared/schemas/export';
import { composition, ROLE_GROUPS, type Role } from '../../shared/schemas/member';
import type { SectionStatus } from '../../shared/schemas/section';
import type { Frame, Note } from '../../shared/sync/boardDoc';
import type { DecisionRow } from '../storage/VoteStore';
import type { ThreadRow } from '../storage/WorkspaceStore';
import { type Block, cell, fromProseMirror, heading, isEmpty, paragraph, plain, text } from './blocks';
import { decisionBlocks } from './decisionBlocks';
import { type ExportLabels, exportLabels, longDate } from './labels';

/** Everything one export needs, gathered from storage (see gather.ts); building the model from it is pure. */
export interface ExportInput {
  lang: ExportLang;
  /** The server's own address, to make relative links absolute. */
  origin: string;
  now: number;
  document: { title: string };
  werkgroep: { id: string; name: string; wijk: string; gemeente: string };
  /** A saved version, or null for the text as it is now. */
  version: { name: string; createdAt: number } | null;
  sections: { id: string; title: string; status: SectionStatus; content: JSONContent }[];
  threads: ThreadRow[];
  members: {
    id: string;
    displayName: string;
    organisation: string | null;
    role: Role;
    namedInExport: boolean;
  }[];
  decisions: DecisionRow[];
  /** Board contents for the appendix, when asked for. */
  boards: { title: string; frames: Frame[]; notes: Note[] }[] | null;
  options: { comments: boolean; questions: boolean };
}

export interface ExportMeta {
  lang: ExportLang;
  /** BCP 47, for PDF /Lang, HTML lang, ODF/OOXML language. */
  locale: string;
  title: string;
  /** "Werkgroep …, Wijk, Gemeente" in one line, under the title. */
  subtitle: string;
  /** The title page's facts, in order. */
  facts: { label: string; value: string }[];
  status: string;
  versionName: string;
  /** YYYY-MM-DD of the version (or of today for the current text). */
  day: string;
  generatedAt: string;
  labels: ExportLabels;
}

export interface TocEntry {
  id: string;
  level: 1 | 2;
  title: string;
}

/** One exported document: its title page, table of contents and body (sections, then the appendix). */
export interface ExportModel {
  meta: ExportMeta;
  toc: TocEntry[];
  body: Block[];
}

/** Unique, readable ids for headings ("doelen", "doelen-2"), used by the TOC and internal links. */
export function idMaker() {
  const used = new Set<string>();
  return (title: string, wanted?: string) => {
    const base =
      wanted ??
      (title
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40) ||
        'kop');
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

const DECISIONS_PATH = /^\/w\/([A-Za-z0-9_-]+)\/besluiten$/;
const DECISION_HASH = /^#(besluit-\d+)$/;

/**
 * The appendix anchor (`#besluit-N`) for a link to one of this werkgroep's decisions in the app:
 * the relative form, or the absolute one the editor's link dialog stores (`origin/w/<id>/besluiten#besluit-N`)
 * with this server's host (http or https: behind a proxy the two may differ). Other links: null.
 */
export function decisionLink(href: string, origin: string, werkgroepId: string): string | null {
  try {
    const own = new URL(origin);
    const url = new URL(href, own);
    if (url.host !== own.host || !['http:', 'https:'].includes(url.protocol) || url.search) return null;
    const id = DECISIONS_PATH.exec(url.pathname)?.[1];
    const anchor = DECISION_HASH.exec(url.hash)?.[1];
    return id === werkgroepId && anchor ? `#${anchor}` : null;
  } catch {
    return null;
  }
}

export function buildExportModel(input: ExportInput): ExportModel {
  const L = exportLabels(input.lang);
  const headingId = idMaker();
  const link = (href: string) => {
    const decision = decisionLink(href, input.origin, input.werkgroep.id);
    if (decision) return decision;
    try {
      const url = new URL(href, input.origin);
      return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : null;
    } catch {
      return null;
    }
  };
  const nameOf = memberNamer(input, L);
  const body: Block[] = [];

  for (const s of input.sections) {
    body.push(heading(1, headingId(s.title), s.title));
    body.push(paragraph(`${L.status}: ${L.sectionStatus[s.status]}`, 'status'));
    const content = fromProseMirror(s.content, { headingOffset: 1, link, headingId: (t) => headingId(t) });
    if (isEmpty(content)) body.push(paragraph(L.emptySection, 'note'));
    else body.push(...content);
    if (input.options.comments) body.push(...commentBlocks(input, s.id, L, nameOf, headingId));
  }

  body.push(heading(1, headingId(L.appendix, 'bijlage'), L.appendix));
  body.push(...compositionBlocks(input, L, headingId));
  body.push(heading(2, headingId(L.decisions, 'besluiten'), L.decisions));
  if (input.decisions.length === 0) body.push(paragraph(L.noDecisions, 'note'));
  for (const d of [...input.decisions].sort((a, b) => a.number - b.number)) {
    const id = headingId('', `besluit-${d.number}`);
    body.push(...decisionBlocks(d, id, L, (iso) => longDate(iso, input.lang)));
  }
  if (input.options.questions) body.push(...questionBlocks(input, L, nameOf, headingId));
  if (input.boards) body.push(...boardBlocks(input.boards, L, headingId));

  const settled = input.sections.filter((s) => s.status === 'vastgesteld').length;
  const status = L.documentStatus(settled, input.sections.length);
  const at = new Date(input.version?.createdAt ?? input.now).toISOString();
  const day = at.slice(0, 10);
  const versionName = input.version?.name ?? L.currentText;
  const { werkgroep: w } = input;
  return {
    meta: {
      lang: input.lang,
      locale: locale(input.lang),
      title: input.document.title,
      subtitle: `${w.name} · ${w.wijk}, ${w.gemeente}`,
      facts: [
        { label: L.werkgroep, value: w.name },
        { label: L.wijk, value: w.wijk },
        { label: L.gemeente, value: w.gemeente },
        { label: L.status, value: status },
        { label: L.version, value: versionName },
        { label: L.date, value: longDate(at, input.lang) },
      ],
      status,
      versionName,
      day,
      generatedAt: new Date(input.now).toISOString(),
      labels: L,
    },
    toc: body.flatMap((b) =>
      b.kind === 'heading' && b.level <= 2
        ? [{ id: b.id, level: b.level as 1 | 2, title: plain(b.inlines) }]
        : [],
    ),
    body,
  };
}

/** How the export names a member: by name only with their consent, otherwise by role ("Een bewoner"). */
function memberNamer(input: ExportInput, L: ExportLabels) {
  const members = new Map(input.members.map((m) => [m.id, m]));
  return (memberId: string, role: Role | null) => {
    const m = members.get(memberId);
    if (m?.namedInExport) return m.displayName;
    const r = m?.role ?? role;
    return r ? L.aRole[r] : L.aRole.bewoner;
  };
}
type Namer = ReturnType<typeof memberNamer>;
type HeadingId = (title: string, wanted?: string) => string;

function commentBlocks(input: ExportInput, sectionId: string, L: ExportLabels, nameOf: Namer, id: HeadingId) {
  const threads = input.threads.filter((t) => t.sectionId === sectionId && t.questionDue === null);
  if (threads.length === 0) return [];
  const out: Block[] = [heading(2, id(`${L.comments}`), L.comments)];
  for (const t of threads) {
    const inner: Block[] = [];
    if (t.anchor?.quote) inner.push(paragraph([text(L.commentOn(t.anchor.quote), { italic: true })], 'note'));
    for (const c of t.comments) {
      inner.push(
        paragraph([text(`${nameOf(c.authorMemberId, c.authorRole)}: `, { bold: true }), text(c.body)]),
      );
    }
    if (t.resolvedAt !== null) inner.push(paragraph(`(${L.resolved})`, 'note'));
    out.push({ kind: 'quote', blocks: inner });
  }
  return out;
}

function compositionBlocks(input: ExportInput, L: ExportLabels, id: HeadingId): Block[] {
  const counts = composition(input.members.map((m) => m.role));
  const named = input.members.filter((m) => m.namedInExport);
  const rows = [
    [cell(L.group, true), cell(L.count, true)],
    ...ROLE_GROUPS.map((g) => [cell(L.groups[g]), cell(String(counts[g]))]),
  ];
  const out: Block[] = [
    heading(2, id(L.composition, 'samenstelling'), L.composition),
    paragraph(L.compositionIntro(input.members.length)),
    { kind: 'table', caption: L.compositionCaption, rows },
    heading(3, id(L.namedMembers), L.namedMembers),
  ];
  if (named.length === 0) out.push(paragraph(L.noNamedMembers, 'note'));
  else
    out.push({
      kind: 'list',
      ordered: false,
      start: 1,
      items: [...named]
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'))
        .map((m) => [
          paragraph(`${m.displayName} (${L.role[m.role]}${m.organisation ? `, ${m.organisation}` : ''})`),
        ]),
    });
  if (named.length < input.members.length)
    out.push(paragraph(L.unnamed(input.members.length - named.length), 'note'));
  return out;
}

function questionBlocks(input: ExportInput, L: ExportLabels, nameOf: Namer, id: HeadingId): Block[] {
  const today = new Date(input.now).toISOString().slice(0, 10);
  const open = input.threads.filter((t) => t.questionDue !== null && t.resolvedAt === null);
  const titles = new Map(input.sections.map((s) => [s.id, s.title]));
  const out: Block[] = [heading(2, id(L.questions, 'vragen-aan-de-gemeente'), L.questions)];
  if (open.length === 0) out.push(paragraph(L.noQuestions, 'note'));
  for (const t of open) {
    const [first, ...replies] = t.comments;
    if (!first) continue;
    const due = t.questionDue ?? '';
    out.push(paragraph([text(first.body, { bold: true })], 'lead'));
    out.push(
      paragraph(
        `${nameOf(first.authorMemberId, first.authorRole)}. ${L.questionFacts(titles.get(t.sectionId) ?? '', longDate(`${due}T12:00:00Z`, input.lang), due < today)}`,
        'note',
      ),
    );
    if (replies.length > 0)
      out.push({
        kind: 'list',
        ordered: false,
        start: 1,
        items: replies.map((c) => [paragraph(`${nameOf(c.authorMemberId, c.authorRole)}: ${c.body}`)]),
      });
  }
  return out;
}

function boardBlocks(boards: NonNullable<ExportInput['boards']>, L: ExportLabels, id: HeadingId): Block[] {
  const out: Block[] = [heading(2, id(L.boards, 'borden'), L.boards)];
  const list = (notes: Note[]): Block => ({
    kind: 'list',
    ordered: false,
    start: 1,
    items: notes.map((n) => [paragraph(n.text.trim() || '…')]),
  });
  // Notes read top to bottom, then left to right, as people read a wall of notes.
  const byPlace = (a: Note, b: Note) => a.y - b.y || a.x - b.x;
  for (const board of boards) {
    out.push(heading(3, id(board.title), board.title));
    if (board.notes.length === 0) out.push(paragraph(L.emptyBoard, 'note'));
    const frames = [...board.frames].sort((a, b) => a.y - b.y || a.x - b.x);
    for (const f of frames) {
      const notes = board.notes.filter((n) => n.frameId === f.id).sort(byPlace);
      out.push(heading(4, id(f.title), f.title || '…'));
      out.push(notes.length > 0 ? list(notes) : paragraph(L.emptyBoard, 'note'));
    }
    const loose = board.notes
      .filter((n) => !n.frameId || !frames.some((f) => f.id === n.frameId))
      .sort(byPlace);
    if (loose.length > 0 && frames.length > 0) out.push(heading(4, id(L.frameless), L.frameless));
    if (loose.length > 0) out.push(list(loose));
  }
  return out;
}
