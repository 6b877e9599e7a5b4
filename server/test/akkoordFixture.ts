import { akkoordViewSchema } from '../../shared/akkoord/view';
import { partySchema } from '../../shared/network/party';
import { type Person, setupWerkgroep, werkgroepCall } from './fixtures';
import { TEST_ADMIN_TOKEN } from './startTestServer';

/**
 * A werkgroep for the wijkakkoord's API tests, made through the real API: a facilitator, a bewoner
 * linked to the bewoners' organisation, an ambtenaar linked to the gemeente's afdeling, a partner
 * linked to nothing, an observer; and three parties (the corporation signs from outside, by link).
 */
export async function setupAkkoord(url: string) {
  const w = await setupWerkgroep(url, TEST_ADMIN_TOKEN, ['bewoner', 'ambtenaar', 'partner', 'observer']);
  const [bewoner, ambtenaar, partner, observer] = w.people as [Person, Person, Person, Person];
  const fac = w.facilitator;
  const call = (method: string, path: string, who: Person | null, body?: unknown) =>
    werkgroepCall(url, w.werkgroep.id, method, path, who, body);
  const party = async (name: string, kind: string, memberIds: string[]) => {
    const res = await call('POST', '/netwerk/parties', fac, { name, kind, memberIds });
    if (res.status !== 201) throw new Error(res.text);
    return partySchema.parse(res.body);
  };
  const bewoners = await party('Bewonersoverleg Overvecht', 'bewonersinitiatief', [bewoner.member.id]);
  const gemeente = await party('Gemeente Utrecht, wijkbureau', 'gemeente_afdeling', [ambtenaar.member.id]);
  const portaal = await party('Portaal', 'woningcorporatie', []);
  const view = async (who: Person) => {
    const res = await call('GET', '/akkoord', who);
    if (res.status !== 200) throw new Error(res.text);
    return akkoordViewSchema.parse(res.body);
  };
  const signatories = [
    { partyId: bewoners.id, representative: { kind: 'member', memberId: null } },
    { partyId: gemeente.id, representative: { kind: 'member', memberId: ambtenaar.member.id } },
    { partyId: portaal.id, representative: { kind: 'outside' } },
  ];
  return {
    w,
    fac,
    bewoner,
    ambtenaar,
    partner,
    observer,
    bewoners,
    gemeente,
    portaal,
    call,
    view,
    signatories,
  };
}
export type AkkoordSetup = Awaited<ReturnType<typeof setupAkkoord>>;
