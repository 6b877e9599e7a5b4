import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { openLink, signWithLink } from '../../../domain/akkoord/links';
import { publishAkkoord } from '../../akkoordRoom';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { mount } from '../../route';

const partyOf = (parties: readonly { id: string; name: string; kind: string }[], id: string) =>
  parties.find((p) => p.id === id) ?? { id, name: '', kind: '' };

/**
 * [AKK8] Signing through a one-time link, without an account. The token is a secret like an invite
 * code: guarded like one (misses counted per address, requests per minute limited), redacted in logs
 * (its parameter's name does not end in Id: server/net/redact.ts), only its hash stored. The page shows
 * the frozen text, the party and the werkgroep's name; no one's signature.
 */
export function signingRouter(deps: RouteDeps): Router {
  const { storage, rooms, guard, limits } = deps;
  const router = Router();

  router.get(API.previewSigning.path, guard.gate, limits.preview);
  mount(router, API.previewSigning, async ({ req, params }) => {
    const open = await openLink(storage, params.token);
    if (!open) {
      guard.miss(req, 'invite');
      throw new ApiError('not_found');
    }
    const { werkgroep, version, link } = open;
    return {
      werkgroep: { name: werkgroep.name, wijk: werkgroep.wijk, gemeente: werkgroep.gemeente },
      party: partyOf(version.snapshot.signatories, link.partyId),
      version: {
        id: version.id,
        name: version.name,
        frozenAt: version.frozenAt,
        textHash: version.textHash,
        snapshot: version.snapshot,
      },
    };
  });

  router.post(API.signWithLink.path, guard.gate, limits.join);
  mount(router, API.signWithLink, async ({ req, params, body }) => {
    const signed = await signWithLink(deps, params.token, body);
    if (!signed) {
      guard.miss(req, 'invite');
      throw new ApiError('not_found');
    }
    const werkgroepId = signed.open.link.werkgroepId;
    await publishAkkoord(storage, rooms, werkgroepId);
    req.log.info(
      { werkgroep: werkgroepId, party: signed.signature.partyId },
      'akkoord signed through a link',
    );
    return {
      party: partyOf(signed.open.version.snapshot.signatories, signed.signature.partyId),
      signedAt: signed.signature.signedAt,
      status: signed.status,
    };
  });
  return router;
}
