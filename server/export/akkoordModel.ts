import type { JSONContent } from '@tiptap/core';
import type { AkkoordStatus } from '../../shared/akkoord/akkoord';
import type { ProgressStatus } from '../../shared/akkoord/progress';
import type { AkkoordSnapshot } from '../../shared/akkoord/version';
import { locale, type MessageKey, t } from '../../shared/i18n/translate';
import type { ExportLang } from '../../shared/schemas/export';
import {
  type Block,
  cell,
  fromProseMirror,
  heading,
  isEmpty,
  paragraph,
  plain,
  type TableCell,
} from './blocks';
import { exportLabels, longDate } from './labels';
import { type ExportModel, idMaker } from './model';

/**
 * Everything the akkoord's export needs (gathered by gatherAkkoord.ts); building the model is pure.
 * `text` is the frozen version's snapshot while the akkoord is frozen (what is signed), otherwise the
 * text as it is now. `signatures` are the valid ones on that version, each with the name only when the
 * signer consented ([AKK9]): `name: null` is written "Vertegenwoordiger van <partij>".
 */
export interface AkkoordExportInput {
  lang: ExportLang;
  now: number;
  werkgroep: { name: string; wijk: string; gemeente: string };
  status: AkkoordStatus;
  version: { name: string; frozenAt: number } | null;
  text: AkkoordSnapshot;
  signatures: { partyId: string; name: string | null; function: string; signedAt: string }[];
  /** The latest progress report per afspraak. */
  progress: { afspraakId: string; status: ProgressStatus; date: string; text: string }[];
}

type Word = MessageKey extends infer K ? (K extends `export.file.akkoord.${infer R}` ? R : never) : never;

const BEWONERS = 'bewonersinitiatief';
const GEMEENTE = 'gemeente_afdeling';

/** The akkoord as one exported document: title page, introduction, afspraken, progress, signatures. */
export function buildAkkoordModel(input: AkkoordExportInput): ExportModel {
  const L = exportLabels(input.lang);
  const w = (key: Word, params?: Record<string, string | number>) =>
    t(input.lang, `export.file.akkoord.${key}`, params);
  const id = idMaker();
  const day = (d: string) => longDate(`${d}T12:00:00Z`, input.lang);
  const { text } = input;
  const body: Block[] = [heading(1, id(w('introduction'), 'inleiding'), w('introduction'))];
  const intro = fromProseMirror(text.introduction as JSONContent, {
    headingOffset: 1,
    link: (href) => (/^(https?:|mailto:|tel:)/.test(href) ? href : null),
    headingId: (title) => id(title),
  });
  body.push(...(isEmpty(intro) ? [paragraph(w('emptyIntroduction'), 'note')] : intro));
  body.push(heading(1, id(w('afspraken'), 'afspraken'), w('afspraken')));
  body.push(...afsprakenTable(input, w, day));
  body.push(...progressBlocks(input, w, day, id));
  body.push(heading(1, id(w('signatures'), 'ondertekening'), w('signatures')));
  body.push(...signatureBlocks(input, w, day));

  const at = new Date(input.version?.frozenAt ?? input.now).toISOString();
  const status = w(`status.${input.status}`);
  const versionName = input.version?.name ?? L.currentText;
  const { werkgroep } = input;
  return {
    meta: {
      lang: input.lang,
      locale: locale(input.lang),
      title: text.title,
      subtitle: `${werkgroep.name} · ${werkgroep.wijk}, ${werkgroep.gemeente}`,
      facts: [
        { label: L.werkgroep, value: werkgroep.name },
        { label: L.wijk, value: werkgroep.wijk },
        { label: L.gemeente, value: werkgroep.gemeente },
        { label: L.status, value: status },
        { label: L.version, value: versionName },
        { label: L.date, value: longDate(at, input.lang) },
      ],
      status,
      versionName,
      day: at.slice(0, 10),
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

type W = (key: Word, params?: Record<string, string | number>) => string;

function afsprakenTable(input: AkkoordExportInput, w: W, day: (d: string) => string): Block[] {
  const { text } = input;
  if (text.afspraken.length === 0) return [paragraph(w('noAfspraken'), 'note')];
  const party = new Map(text.parties.map((p) => [p.id, p.name]));
  const section = new Map(text.sections.map((s) => [s.id, s.title]));
  const decision = new Map(text.decisions.map((d) => [d.id, w('decision', { n: d.number, title: d.title })]));
  const rows: TableCell[][] = [
    [
      cell(w('what'), true),
      cell(w('who'), true),
      cell(w('when'), true),
      cell(w('basis'), true),
      cell(w('reporting'), true),
    ],
    ...text.afspraken.map((a) => [
      cell(a.what),
      cell(
        a.partyIds
          .map((p) => party.get(p) ?? '')
          .filter(Boolean)
          .join(', '),
      ),
      cell(a.byWhen ? day(a.byWhen) : w('noDate')),
      cell(
        [...a.sectionIds.map((s) => section.get(s) ?? ''), ...a.decisionIds.map((d) => decision.get(d) ?? '')]
          .filter(Boolean)
          .join('; '),
      ),
      cell(a.reporting),
    ]),
  ];
  return [{ kind: 'table', caption: w('afsprakenCaption'), rows }];
}

function progressBlocks(
  input: AkkoordExportInput,
  w: W,
  day: (d: string) => string,
  id: (t: string, wanted?: string) => string,
): Block[] {
  const what = new Map(input.text.afspraken.map((a) => [a.id, a.what]));
  const latest = input.progress.filter((p) => what.has(p.afspraakId));
  if (latest.length === 0) return [];
  const rows: TableCell[][] = [
    [cell(w('what'), true), cell(w('progress'), true), cell(w('signedOn'), true)],
    ...latest.map((p) => [
      cell(what.get(p.afspraakId) ?? ''),
      cell(`${w(`progressStatus.${p.status}`)}${p.text ? `: ${p.text}` : ''}`),
      cell(day(p.date)),
    ]),
  ];
  return [
    heading(2, id(w('progress'), 'voortgang'), w('progress')),
    { kind: 'table', caption: w('progressCaption'), rows },
  ];
}

/**
 * The signature page: bewoners and gemeente side by side, then every other party; who signed (or
 * "Vertegenwoordiger van …"), their function and the date; voided signatures are not in the input.
 */
function signatureBlocks(input: AkkoordExportInput, w: W, day: (d: string) => string): Block[] {
  const { signatories } = input.text;
  const signed = new Map(input.signatures.map((s) => [s.partyId, s]));
  const out: Block[] = [];
  if (input.version) out.push(paragraph(w('signaturesIntro', { version: input.version.name })));
  const lines = (kind: string): Block[] => {
    const of = signatories.filter((p) => p.kind === kind);
    const blocks = of.flatMap((p) => {
      const s = signed.get(p.id);
      if (!s) return [paragraph(p.name, 'lead'), paragraph('—', 'note')];
      return [
        paragraph(p.name, 'lead'),
        paragraph(s.name ?? w('representativeOf', { party: p.name })),
        paragraph(`${s.function} · ${day(s.signedAt)}`, 'note'),
      ];
    });
    return blocks.length > 0 ? blocks : [paragraph('—', 'note')];
  };
  const side = (kind: string): TableCell => ({ header: false, colspan: 1, rowspan: 1, blocks: lines(kind) });
  out.push({
    kind: 'table',
    caption: w('sideBySideCaption'),
    rows: [
      [cell(w('bewoners'), true), cell(w('gemeente'), true)],
      [side(BEWONERS), side(GEMEENTE)],
    ],
  });
  const others = signatories.filter((p) => p.kind !== BEWONERS && p.kind !== GEMEENTE);
  if (others.length > 0) {
    out.push(paragraph(w('otherParties'), 'lead'));
    out.push({
      kind: 'table',
      caption: w('signaturesCaption'),
      rows: [
        [
          cell(w('party'), true),
          cell(w('signer'), true),
          cell(w('function'), true),
          cell(w('signedOn'), true),
        ],
        ...others.map((p) => {
          const s = signed.get(p.id);
          return s
            ? [
                cell(p.name),
                cell(s.name ?? w('representativeOf', { party: p.name })),
                cell(s.function),
                cell(day(s.signedAt)),
              ]
            : [cell(p.name), cell('—'), cell('—'), cell('—')];
        }),
      ],
    });
  }
  const missing = signatories.filter((p) => !signed.has(p.id)).map((p) => p.name);
  if (input.signatures.length === 0) out.push(paragraph(w('noSignatures'), 'note'));
  else if (missing.length > 0) out.push(paragraph(w('notSigned', { parties: missing.join(', ') }), 'note'));
  return out;
}
