import { type Zippable, zipSync } from 'fflate';
import { t } from '../../shared/i18n/translate';
import type { IndicatorWithMeasurements } from '../../shared/monitoring/indicator';
import type { ExportLang } from '../../shared/schemas/export';
import { slug } from '../../shared/schemas/export';
import { composition } from '../../shared/schemas/member';
import type { Frame, Note } from '../../shared/sync/boardDoc';
import type { VoteView } from '../../shared/voting/voteView';
import type { BoardRow } from '../storage/BoardStore';
import type { MeetingRow } from '../storage/MeetingStore';
import type { DecisionRow } from '../storage/VoteStore';
import type { MemberRow, WerkgroepRow } from '../storage/WorkspaceStore';
import { monitoringFiles } from './archiveMonitoring';
import { type UitvoeringArchiveInput, uitvoeringFiles } from './archiveUitvoering';
import { decisionBlocks } from './decisionBlocks';
import { exportLabels, longDate } from './labels';
import { blocksToMarkdown, escapeMd } from './markdown';

/** What the werkgroep's archive holds besides the document files (made by the export worker). */
export interface ArchiveInput {
  lang: ExportLang;
  now: number;
  werkgroep: WerkgroepRow;
  members: MemberRow[];
  documentFiles: { name: string; bytes: Uint8Array }[];
  /** The wijkakkoord in every format (none when the werkgroep has no akkoord). */
  akkoordFiles: { name: string; bytes: Uint8Array }[];
  boards: { row: BoardRow; notes: Note[]; frames: Frame[] }[];
  votes: VoteView[];
  decisions: DecisionRow[];
  meetings: MeetingRow[];
  /** Section titles by id: the ambition an indicator or an actie belongs to. */
  sectionTitles: ReadonlyMap<string, string>;
  indicators: IndicatorWithMeasurements[];
  uitvoering: UitvoeringArchiveInput;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
const textFile = (value: string) => new TextEncoder().encode(value.endsWith('\n') ? value : `${value}\n`);
/** Already compressed formats are stored, not compressed again. */
const STORED = /\.(odt|docx|pdf|jpg|png|webp)$/;

/** Unique file names within one folder: "bord.json", "bord-2.json". */
function namer() {
  const used = new Set<string>();
  return (base: string) => {
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  };
}

/** One JSON file per board under `borden/`, its notes' authors named only with their consent. */
function boardFiles(boards: ArchiveInput['boards'], named: ReadonlyMap<string, string>) {
  const boardName = namer();
  return boards.map(({ row, notes, frames }) => {
    const frameTitle = new Map(frames.map((f) => [f.id, f.title]));
    return {
      path: `borden/${boardName(slug(row.title))}.json`,
      bytes: json({
        title: row.title,
        template: row.template,
        createdAt: iso(row.createdAt),
        frames: frames.map((f) => ({ id: f.id, title: f.title })),
        notes: notes.map((n) => ({
          text: n.text,
          color: n.color,
          frame: n.frameId ? (frameTitle.get(n.frameId) ?? null) : null,
          author: named.get(n.author.memberId) ?? null,
          group: n.author.group,
          createdAt: n.createdAt,
        })),
      }),
    };
  });
}

/**
 * The werkgroep's complete data as one ZIP for the municipality's archive. People appear by name only
 * when they agreed to be named in exports; otherwise by role. No ballots: votes carry their counts.
 */
export function buildArchive(a: ArchiveInput): Uint8Array {
  const L = exportLabels(a.lang);
  const named = new Map(a.members.filter((m) => m.namedInExport).map((m) => [m.id, m.displayName]));
  const files: Zippable = {};
  const put = (path: string, bytes: Uint8Array) => {
    files[path] = [bytes, { level: STORED.test(path) ? 0 : 6, mtime: new Date(a.now) }];
  };

  put(
    'werkgroep.json',
    json({
      name: a.werkgroep.name,
      wijk: a.werkgroep.wijk,
      gemeente: a.werkgroep.gemeente,
      createdAt: iso(a.werkgroep.createdAt),
      exportedAt: iso(a.now),
      composition: composition(a.members.map((m) => m.role)),
    }),
  );
  put(
    'leden.json',
    json(
      a.members.map((m) => ({
        name: m.namedInExport ? m.displayName : null,
        organisation: m.namedInExport ? m.organisation : null,
        role: m.role,
        joinedAt: iso(m.joinedAt),
      })),
    ),
  );
  for (const f of a.documentFiles) put(`documenten/${f.name}`, f.bytes);
  for (const f of a.akkoordFiles) put(`akkoord/${f.name}`, f.bytes);

  put('stemmingen.json', json(a.votes.map(({ voters: _voters, ...vote }) => vote)));
  put('besluiten.json', json(a.decisions.map((d) => ({ ...d, decidedAt: iso(d.decidedAt) }))));
  const decisions = [...a.decisions].sort((x, y) => x.number - y.number);
  put(
    'besluitenlijst.md',
    textFile(
      `# ${L.decisions}: ${escapeMd(a.werkgroep.name)}\n\n${
        decisions.length === 0
          ? L.noDecisions
          : blocksToMarkdown(
              decisions.flatMap((d) =>
                decisionBlocks(d, `besluit-${d.number}`, L, (t) => longDate(t, a.lang)),
              ),
            )
      }`,
    ),
  );
  put(
    'vergaderingen.json',
    json(
      a.meetings.map((m) => ({
        title: m.title,
        date: m.date,
        startTime: m.startTime,
        place: m.place,
        status: m.status,
        agenda: m.agenda.map((item) => ({ ...item, notes: m.notes[item.id] ?? '' })),
        startedAt: iso(m.startedAt),
        endedAt: iso(m.endedAt),
      })),
    ),
  );
  for (const f of [
    ...boardFiles(a.boards, named),
    ...monitoringFiles(a.lang, a.indicators, a.sectionTitles),
    ...uitvoeringFiles(a.lang, a.werkgroep.name, a.members, a.uitvoering, a.sectionTitles),
  ])
    put(f.path, f.bytes);
  put('LEESMIJ.txt', textFile(readme(a, L.generated(longDate(iso(a.now) ?? '', a.lang)))));
  return zipSync(files);
}

/**
 * User text on one line of a plain-text file: no control characters (no line breaks that would make
 * a name look like a line of the file list), no bidirectional overrides (that reorder what is shown).
 */
const plainLine = (text: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ');

/** What LEESMIJ.txt lists, in this order; each name's explanation is `export.file.readme.<name>`. */
const README_ENTRIES = [
  ['documenten/', 'documenten'],
  ['akkoord/', 'akkoord'],
  ['borden/', 'borden'],
  ['stemmingen.json', 'stemmingen'],
  ['besluiten.json', 'besluiten'],
  ['vergaderingen.json', 'vergaderingen'],
  ['monitoring/', 'monitoring'],
  ['uitvoering/', 'uitvoering'],
  ['leden.json', 'leden'],
  ['werkgroep.json', 'werkgroep'],
] as const;

function readme(a: ArchiveInput, generated: string): string {
  const [name, wijk, gemeente] = [a.werkgroep.name, a.werkgroep.wijk, a.werkgroep.gemeente].map(plainLine);
  const lines = [
    t(a.lang, 'export.file.readme.title', { name: name ?? '', wijk: wijk ?? '', gemeente: gemeente ?? '' }),
    generated,
    '',
    // The names in a column: at least two spaces after each.
    ...README_ENTRIES.map(([file, key]) => `${file.padEnd(15)}  ${t(a.lang, `export.file.readme.${key}`)}`),
  ];
  return lines.join('\n');
}
