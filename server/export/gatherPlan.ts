import type { DomainDeps } from '../domain/deps';
import { partyNames } from '../domain/network/state';
import type { StoredPhoto } from '../storage/UitvoeringStore';
import type { ArchiveInput } from './archive';

/**
 * What the archive holds of the werkgroep's monitoring and uitvoeringsplan: indicators with their
 * measurements, acties with their updates and the updates' photos, and the names these refer to by id
 * (sections as ambitions, wijknetwerk parties).
 */
export async function gatherPlan(
  { storage }: DomainDeps,
  werkgroepId: string,
): Promise<Pick<ArchiveInput, 'sectionTitles' | 'indicators' | 'uitvoering'>> {
  const sectionTitles = new Map<string, string>();
  for (const document of await storage.listDocuments(werkgroepId))
    for (const s of await storage.listSections(document.id)) sectionTitles.set(s.id, s.title);
  const updates = await storage.listVoortgang(werkgroepId);
  const photos = new Map<string, StoredPhoto>();
  for (const u of updates) {
    const photo = u.photo && (await storage.getPhoto(werkgroepId, u.photo.id));
    if (photo) photos.set(photo.id, photo);
  }
  return {
    sectionTitles,
    indicators: await storage.listMonitoring(werkgroepId),
    uitvoering: {
      acties: await storage.listActies(werkgroepId),
      updates,
      photos,
      partyNames: await partyNames(storage, werkgroepId),
    },
  };
}
