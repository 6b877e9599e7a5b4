import { useTranslation } from 'react-i18next';
import { mayAdd, mayDeleteParty, mayEditParty } from '../../../../shared/network/access';
import type { Party } from '../../../../shared/network/party';
import { api } from '../../../api/client';
import { useNetwork } from '../NetworkContext';
import { useWords } from '../useWords';
import { DeleteButton } from './DeleteButton';
import { Facts } from './Facts';
import { RecordLinks } from './RecordLinks';

/** One party's card: everything the graph or map shows of it, and what one may do with it. */
export function PartyDetails({ party }: { party: Party }) {
  const { t } = useTranslation();
  const { werkgroepId, actor, view, edit, open } = useNetwork();
  const w = useWords();
  const led = view.initiatives.filter((i) => i.leadPartyId === party.id);
  const partnered = view.initiatives.filter((i) => i.partnerPartyIds.includes(party.id));
  const relations = view.relations.filter((r) => r.fromPartyId === party.id || r.toPartyId === party.id);
  const contact = party.contact;
  return (
    <>
      <p className="muted network-details__type">{t('network.party.one')}</p>
      <Facts
        facts={[
          [t('network.form.kind'), w.kind(party.kind)],
          [
            t('network.form.description'),
            party.description && <span className="pre-wrap">{party.description}</span>,
          ],
          [t('network.form.themes'), w.themes(party.themes)],
          [t('network.form.buurten'), party.buurten.join(', ')],
          [
            t('network.form.website'),
            party.website && (
              <a className="utrecht-link" href={party.website} rel="noopener noreferrer" target="_blank">
                {party.website}
              </a>
            ),
          ],
          [
            t('network.form.contact'),
            contact && (
              <>
                {contact.name}
                {contact.email && (
                  <>
                    <br />
                    <a className="utrecht-link" href={`mailto:${contact.email}`}>
                      {contact.email}
                    </a>
                  </>
                )}
                {contact.phone && (
                  <>
                    <br />
                    <a className="utrecht-link" href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>
                      {contact.phone}
                    </a>
                  </>
                )}
              </>
            ),
          ],
          [t('network.party.members'), party.memberIds.map(w.member).join(', ')],
          [t('network.party.leads'), led.length > 0 && <RecordLinks records={led} onOpen={open} />],
          [
            t('network.party.partnerIn'),
            partnered.length > 0 && <RecordLinks records={partnered} onOpen={open} />,
          ],
          [
            t('network.party.relations'),
            relations.length > 0 && (
              <ul className="network-plain-list">
                {relations.map((r) => (
                  <li key={r.id}>
                    {t('network.relation.line', {
                      from: w.party(r.fromPartyId),
                      kind: w.relation(r.kind),
                      to: w.party(r.toPartyId),
                    })}
                  </li>
                ))}
              </ul>
            ),
          ],
          [
            t('network.changedBy'),
            t('network.madeBy', { who: w.member(party.createdBy), when: w.when(party.updatedAt) }),
          ],
        ]}
      />
      <div className="actions">
        {mayEditParty(actor, party) && (
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => edit({ kind: 'party', id: party.id })}
          >
            {t('network.party.edit', { name: party.name })}
          </button>
        )}
        {mayAdd(actor) && view.parties.length > 1 && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => edit({ kind: 'relation', id: null, fromPartyId: party.id })}
          >
            {t('network.relation.addFrom', { name: party.name })}
          </button>
        )}
        {mayDeleteParty(actor, party) && (
          <DeleteButton
            label={t('network.party.delete', { name: party.name })}
            question={t('network.party.deleteQuestion', { name: party.name })}
            text={t('network.party.deleteText')}
            remove={async () => {
              await api('deleteParty', { params: { werkgroepId, partyId: party.id } });
              open(null);
            }}
          />
        )}
      </div>
    </>
  );
}
