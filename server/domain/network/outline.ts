import type { WijkOutline } from '../../../shared/network/outline';
import { parseOutlineUpload } from '../../../shared/network/outlineUpload';
import { can } from '../../../shared/permissions';
import type { MemberRow } from '../../storage/WorkspaceStore';
import type { DomainDeps } from '../deps';
import { DomainError } from '../errors';
import { changeBy, serially } from './state';

/** The log line's label: the outline has no name of its own. */
const LABEL = 'Wijkgrens';

function mayManage(member: MemberRow): void {
  if (!can(member.role, 'network.manage')) throw new DomainError('forbidden');
}

/**
 * Sets the werkgroep's wijkgrens from an upload or a drawing (the facilitator only): GeoJSON polygons
 * in WGS84 or RD New, made into one MultiPolygon; a refusal says why (`params.problem`).
 */
export async function setOutline(
  deps: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  upload: unknown,
): Promise<WijkOutline> {
  mayManage(member);
  const parsed = parseOutlineUpload(upload);
  if (!parsed.ok)
    throw new DomainError(parsed.code, [{ path: parsed.path, message: parsed.problem }], {
      problem: parsed.problem,
    });
  return serially(deps.storage, werkgroepId, async () => {
    const had = (await deps.storage.getNetworkOutline(werkgroepId)) !== null;
    const change = changeBy(member, 'outline', werkgroepId, had ? 'updated' : 'created', LABEL);
    await deps.storage.setNetworkOutline(werkgroepId, parsed.outline, change);
    return parsed.outline;
  });
}

/** Removes the wijkgrens (the facilitator only); not_found when there is none. */
export async function deleteOutline(deps: DomainDeps, werkgroepId: string, member: MemberRow): Promise<void> {
  mayManage(member);
  await serially(deps.storage, werkgroepId, async () => {
    if ((await deps.storage.getNetworkOutline(werkgroepId)) === null) throw new DomainError('not_found');
    const change = changeBy(member, 'outline', werkgroepId, 'deleted', LABEL);
    await deps.storage.setNetworkOutline(werkgroepId, null, change);
  });
}
