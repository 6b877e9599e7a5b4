import type { ProgressEntry } from '../../shared/akkoord/progress';
import { EXPORT_FORMATS, type ExportLang, exportFileName } from '../../shared/schemas/export';
import { snapshotNow } from '../domain/akkoord/snapshot';
import { loadAkkoord } from '../domain/akkoord/state';
import type { DomainDeps } from '../domain/deps';
import type { WerkgroepRow } from '../storage/WorkspaceStore';
import type { AkkoordExportInput } from './akkoordModel';
import type { ExportJob } from './worker';

/** The newest report per afspraak (by its date, then by when it was made). */
function latestProgress(entries: readonly ProgressEntry[]): AkkoordExportInput['progress'] {
  const latest = new Map<string, ProgressEntry>();
  for (const e of entries) {
    const seen = latest.get(e.afspraakId);
    if (!seen || e.date > seen.date || (e.date === seen.date && e.createdAt >= seen.createdAt))
      latest.set(e.afspraakId, e);
  }
  return [...latest.values()].map((e) => ({
    afspraakId: e.afspraakId,
    status: e.status,
    date: e.date,
    text: e.text,
  }));
}

/**
 * Everything the akkoord's export needs: the frozen version while it is frozen (what is signed), the
 * text as it is now in concept; the valid signatures on that version, named only with consent ([AKK9]).
 */
export async function gatherAkkoord(
  deps: DomainDeps,
  werkgroep: WerkgroepRow,
  o: { lang: ExportLang; now: number },
): Promise<AkkoordExportInput> {
  const { storage } = deps;
  const record = await loadAkkoord(storage, werkgroep.id);
  const version = record.currentVersionId
    ? await storage.getAkkoordVersion(werkgroep.id, record.currentVersionId)
    : null;
  const text =
    version?.snapshot ?? (await snapshotNow(deps, record, await storage.listAfspraken(werkgroep.id)));
  const signatures = version
    ? (await storage.listSignatures(werkgroep.id))
        .filter((s) => s.versionId === version.id && s.voidedAt === null)
        .map((s) => ({
          partyId: s.partyId,
          name: s.consentToBeNamed ? s.signerName : null,
          function: s.function,
          signedAt: s.signedAt,
        }))
    : [];
  return {
    lang: o.lang,
    now: o.now,
    werkgroep: { name: werkgroep.name, wijk: werkgroep.wijk, gemeente: werkgroep.gemeente },
    status: record.status,
    version: version ? { name: version.name, frozenAt: version.frozenAt } : null,
    text,
    signatures,
    progress: latestProgress(await storage.listProgress(werkgroep.id)),
  };
}

/** The akkoord's file name: its title, the wijk and the day of its version (or today). */
export const akkoordFileName = (input: AkkoordExportInput, format: string): string =>
  exportFileName(
    input.text.title,
    input.werkgroep.wijk,
    new Date(input.version?.frozenAt ?? input.now).toISOString().slice(0, 10),
    format,
  );

/** For the werkgroep's archive: the akkoord in every format (put under `akkoord/`), when there is one. */
export async function gatherAkkoordArchiveFiles(
  deps: DomainDeps,
  werkgroep: WerkgroepRow,
  o: { lang: ExportLang; now: number },
): Promise<ExportJob['files']> {
  const stored = await deps.storage.getAkkoord(werkgroep.id);
  const afspraken = await deps.storage.listAfspraken(werkgroep.id);
  if (!stored && afspraken.length === 0) return [];
  const akkoord = await gatherAkkoord(deps, werkgroep, o);
  return EXPORT_FORMATS.map((format) => ({
    name: akkoordFileName(akkoord, format),
    format,
    akkoord,
  }));
}
