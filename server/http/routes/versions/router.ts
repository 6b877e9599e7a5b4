import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { documentFor } from '../../../domain/loaders';
import { restoreVersion, saveVersion, versionOf } from '../../../domain/versions';
import { actorOf } from '../../context';
import type { RouteDeps } from '../../deps';
import { presentVersion, presentVersionWithSections } from '../../presenters/version';
import { publishSections } from '../../roomState';
import { mount } from '../../route';

export function versionsRouter(deps: RouteDeps): Router {
  const { storage, rooms } = deps;
  const router = Router();

  mount(router, API.listVersions, async ({ req, params }) => {
    const { document } = await documentFor(storage, params.documentId, actorOf(req), 'document.read');
    return (await storage.listVersions(document.id)).map(presentVersion);
  });

  mount(router, API.createVersion, async ({ req, params, body }) => {
    const { document, member } = await documentFor(storage, params.documentId, actorOf(req), 'version.save');
    return presentVersion(await saveVersion(deps, document, member, body.name));
  });

  mount(router, API.getVersion, async ({ req, params }) => {
    const { document } = await documentFor(storage, params.documentId, actorOf(req), 'document.read');
    return presentVersionWithSections(await versionOf(deps, document.id, params.versionId));
  });

  mount(router, API.restoreVersion, async ({ req, params }) => {
    const { document, member } = await documentFor(
      storage,
      params.documentId,
      actorOf(req),
      'version.restore',
    );
    const version = await versionOf(deps, document.id, params.versionId);
    const restored = await restoreVersion(deps, document, version, member);
    await publishSections(storage, rooms, document.id);
    req.log.info({ document: document.id, version: version.id }, 'version restored');
    return restored;
  });

  return router;
}
