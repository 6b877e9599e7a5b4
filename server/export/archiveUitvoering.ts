import { csvFile } from '../../shared/csv/csv';
import { t } from '../../shared/i18n/translate';
import type { ExportLang } from '../../shared/schemas/export';
import type { Actie } from '../../shared/uitvoering/actie';
import type { PhotoType, Voortgang } from '../../shared/uitvoering/voortgang';
import type { StoredPhoto } from '../storage/UitvoeringStore';
import type { MemberRow } from '../storage/WorkspaceStore';
import { exportLabels, longDate } from './labels';
import { escapeMd } from './markdown';

/** What the archive's `uitvoering/` folder is made from. */
export interface UitvoeringArchiveInput {
  acties: Actie[];
  /** Every update of the werkgroep (any order). */
  updates: Voortgang[];
  /** The photos of the updates, by photo id. */
  photos: ReadonlyMap<string, StoredPhoto>;
  /** The wijknetwerk's party names, by id (lead party and partners). */
  partyNames: ReadonlyMap<string, string>;
}

export const ACTIES_COLUMNS = [
  'id',
  'titel',
  'omschrijving',
  'ambitie',
  'thema',
  'status',
  'reden',
  'start',
  'eind',
  'mijlpalen',
  'budget',
  'trekker',
  'partners',
  'wat_we_niet_kunnen_beloven',
  'gepubliceerd',
] as const;

const EXTENSION: Record<PhotoType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};
export const photoPath = (p: Pick<StoredPhoto, 'id' | 'type'>) => `fotos/${p.id}.${EXTENSION[p.type]}`;

/** User text in Markdown as typed: escaped, its line breaks kept as hard breaks. */
const mdText = (text: string) => escapeMd(text.trim()).replace(/\r?\n/g, '\\\n');

/**
 * The uitvoeringsplan: `acties.csv` (one row per actie), `voortgang.md` (per actie its updates, newest
 * first) and the updates' photos under `fotos/`. An update's author is named only when they agreed to be
 * named in exports; otherwise by role, as everywhere in the archive.
 */
export function uitvoeringFiles(
  lang: ExportLang,
  werkgroepName: string,
  members: readonly MemberRow[],
  u: UitvoeringArchiveInput,
  sectionTitles: ReadonlyMap<string, string>,
): { path: string; bytes: Uint8Array }[] {
  const encode = (text: string) => new TextEncoder().encode(text);
  const party = (id: string) => u.partyNames.get(id) ?? '';
  const yes = t(lang, 'export.file.yes');
  const no = t(lang, 'export.file.no');
  const rows = u.acties.map((a) => [
    a.id,
    a.title,
    a.description,
    a.sectionId ? (sectionTitles.get(a.sectionId) ?? '') : '',
    a.theme ? t(lang, `network.themes.${a.theme}`) : '',
    t(lang, `uitvoering.statuses.${a.status}`),
    a.statusReason,
    a.start,
    a.end,
    a.milestones.map((m) => `${m.day} ${m.label}`).join('\n'),
    a.budget,
    a.leadPartyId ? party(a.leadPartyId) : '',
    a.partnerPartyIds.map(party).join(', '),
    a.nietBeloven,
    a.published ? yes : no,
  ]);
  const files: { path: string; bytes: Uint8Array }[] = [
    { path: 'uitvoering/acties.csv', bytes: encode(csvFile(ACTIES_COLUMNS, rows)) },
    { path: 'uitvoering/voortgang.md', bytes: encode(voortgangMarkdown(lang, werkgroepName, members, u)) },
  ];
  for (const photo of u.photos.values())
    files.push({ path: `uitvoering/${photoPath(photo)}`, bytes: photo.bytes });
  return files;
}

function voortgangMarkdown(
  lang: ExportLang,
  werkgroepName: string,
  members: readonly MemberRow[],
  u: UitvoeringArchiveInput,
): string {
  const L = exportLabels(lang);
  const w = (key: 'title' | 'noActies' | 'noUpdates' | 'formerMember', params?: Record<string, string>) =>
    t(lang, `export.file.uitvoering.${key}`, params);
  const byId = new Map(members.map((m) => [m.id, m]));
  const author = (memberId: string) => {
    const m = byId.get(memberId);
    if (!m || m.role === 'guest') return w('formerMember');
    return m.namedInExport ? m.displayName : L.aRole[m.role];
  };
  const out = [`# ${w('title', { name: escapeMd(werkgroepName) })}`, ''];
  if (u.acties.length === 0) out.push(w('noActies'), '');
  for (const a of u.acties) {
    out.push(`## ${escapeMd(a.title)}`, '', `${L.status}: ${t(lang, `uitvoering.statuses.${a.status}`)}`, '');
    const updates = u.updates.filter((v) => v.actieId === a.id).sort((x, y) => y.createdAt - x.createdAt);
    if (updates.length === 0) out.push(w('noUpdates'), '');
    for (const v of updates) {
      const when = longDate(new Date(v.createdAt).toISOString(), lang);
      out.push(`### ${escapeMd(when)}, ${escapeMd(author(v.createdBy))}`, '', mdText(v.text), '');
      const stored = v.photo ? u.photos.get(v.photo.id) : undefined;
      if (v.photo && stored) out.push(`![${escapeMd(v.photo.alt)}](${photoPath(stored)})`, '');
      else if (v.photo) out.push(mdText(t(lang, 'export.file.uitvoering.photo', { alt: v.photo.alt })), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
