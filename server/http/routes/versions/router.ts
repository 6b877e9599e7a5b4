import { Router } from 'express';
import * as Y from 'yjs';
import { API } from '../../../../shared/api/routes';
import { VERSION_LIMITS } from '../../../../shared/schemas/version';
import { roomName } from '../../../../shared/sync/rooms';
import { newId } from '../../../auth/tokens';
import type { VersionRow } from '../../../storage/WorkspaceStore';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { publishSections } from '../../roomState';
import { mount } from '../../route';
import { documentFor } from '../documents/router';
import { restoreSectionText, toBase64 } from './restore';

const presentVersion = (v: Omit<VersionRow, 'sections'>) => ({
  id: v.id,
  documentId: v.documentId,
  name: v.name,
  createdBy: v.createdBy,
  createdAt: new Date(v.createdAt).toISOString(),
});

export function versionsRouter({ storage, rooms }: RouteDeps): Router {
  const router = Router();

  mount(router, API.listVersions, async ({ req, params }) => {
    const { document } = await documentFor(storage, req, params.documentId, 'document.read');
    return (await storage.listVersions(document.id)).map(presentVersion);
  });

  mount(router, API.createVersion, async ({ req, params, body }) => {
    const { document, member } = await documentFor(storage, req, params.documentId, 'version.save');
    if ((await storage.listVersions(document.id)).length >= VERSION_LIMITS.perDocument)
      throw new ApiError('limit_reached');
    const sections = await storage.listSections(document.id);
    const states = [];
    for (const s of sections) {
      // The whole state as it is now: a version keeps the section's text when saved, so it can be
      // shown, compared and restored whatever the room collects later ([SYNC13]).
      const state = await rooms.read(roomName('section', s.id), (doc) =>
        toBase64(Y.encodeStateAsUpdateV2(doc)),
      );
      states.push({ id: s.id, title: s.title, status: s.status, position: s.position, state });
    }
    const row: VersionRow = {
      id: newId(),
      documentId: document.id,
      name: body.name,
      createdBy: member.displayName,
      createdAt: Date.now(),
      sections: states,
    };
    await storage.createVersion(row);
    return presentVersion(row);
  });

  mount(router, API.getVersion, async ({ req, params }) => {
    const { document } = await documentFor(storage, req, params.documentId, 'document.read');
    const version = await storage.getVersion(params.versionId);
    if (!version || version.documentId !== document.id) throw new ApiError('not_found');
    return {
      ...presentVersion(version),
      sections: version.sections.map(({ id, title, status, state }) => ({ id, title, status, state })),
    };
  });

  mount(router, API.restoreVersion, async ({ req, params }) => {
    const { document, member } = await documentFor(storage, req, params.documentId, 'version.restore');
    const version = await storage.getVersion(params.versionId);
    if (!version || version.documentId !== document.id) throw new ApiError('not_found');
    let restoredSections = 0;
    let recreatedSections = 0;
    for (const v of version.sections) {
      let section = await storage.getSection(v.id);
      if (!section) {
        // Removed since: it comes back, with the version's text.
        const after = (await storage.listSections(document.id)).filter((s) => s.position < v.position).at(-1);
        section = await storage.insertSection(
          {
            id: v.id,
            documentId: document.id,
            title: v.title,
            prompt: '',
            status: 'concept',
            createdAt: Date.now(),
          },
          after?.id ?? null,
        );
        recreatedSections++;
      } else if (section.title !== v.title) {
        await storage.updateSection(section.id, { title: v.title });
      }
      await rooms.write(roomName('section', v.id), (doc) => restoreSectionText(doc, v.state, member.id));
      restoredSections++;
    }
    await publishSections(storage, rooms, document.id);
    req.log.info({ document: document.id, version: version.id }, 'version restored');
    return { restoredSections, recreatedSections };
  });

  return router;
}
