import { mayPostUpdate } from '../../../shared/uitvoering/access';
import { UITVOERING_LIMITS } from '../../../shared/uitvoering/actie';
import type { CreateVoortgang, Voortgang } from '../../../shared/uitvoering/voortgang';
import { newId } from '../../auth/tokens';
import type { StoredPhoto } from '../../storage/UitvoeringStore';
import type { MemberRow } from '../../storage/WorkspaceStore';
import type { DomainDeps } from '../deps';
import { DomainError } from '../errors';
import { actorOf, partiesOf } from './acties';
import { cleanPhoto } from './photo';

/** A dated update on an actie by the lead party's member or the facilitator, with a cleaned photo. */
export async function addVoortgang(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  actieId: string,
  input: CreateVoortgang,
): Promise<Voortgang> {
  const actie = await storage.getActie(werkgroepId, actieId);
  if (!actie) throw new DomainError('not_found');
  if (!mayPostUpdate(actorOf(member), actie, await partiesOf(storage, werkgroepId)))
    throw new DomainError('forbidden');
  const count = (await storage.listVoortgang(werkgroepId)).filter((u) => u.actieId === actieId).length;
  if (count >= UITVOERING_LIMITS.updatesPerActie) throw new DomainError('limit_reached');
  let photo: StoredPhoto | null = null;
  let ref: Voortgang['photo'] = null;
  if (input.photo) {
    const clean = await cleanPhoto(input.photo.data);
    photo = { id: newId(), type: clean.type, bytes: clean.bytes };
    ref = { id: photo.id, alt: input.photo.alt, type: clean.type, width: clean.width, height: clean.height };
  }
  const update: Voortgang = {
    id: newId(),
    actieId,
    text: input.text,
    photo: ref,
    createdBy: member.id,
    createdAt: Date.now(),
  };
  await storage.addVoortgang(werkgroepId, update, photo);
  return update;
}
