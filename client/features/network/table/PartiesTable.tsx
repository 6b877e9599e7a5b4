import { useTranslation } from 'react-i18next';
import type { InitiativeRecord } from '../../../../shared/network/initiative';
import type { Party } from '../../../../shared/network/party';
import { useWords } from '../useWords';
import { OpenButton } from './OpenButton';

/** The parties the filters show: name (opens the card), kind, themes, buurten, initiatives. */
export function PartiesTable({
  parties,
  initiatives,
  selectedId,
  onSelect,
}: {
  parties: readonly Party[];
  initiatives: readonly InitiativeRecord[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const w = useWords();
  const involved = (id: string) =>
    initiatives.filter((i) => i.leadPartyId === id || i.partnerPartyIds.includes(id)).length;
  return (
    <section aria-labelledby="network-parties" className="network-section">
      <h2 id="network-parties" className="utrecht-heading-2" tabIndex={-1}>
        {t('network.table.parties', { n: parties.length })}
      </h2>
      {parties.length === 0 ? (
        <p className="muted">{t('network.table.noParties')}</p>
      ) : (
        <div className="network-table-wrap">
          <table className="network-table">
            <thead>
              <tr>
                <th scope="col">{t('network.form.name')}</th>
                <th scope="col">{t('network.form.kind')}</th>
                <th scope="col" className="network-table__wide">
                  {t('network.form.themes')}
                </th>
                <th scope="col" className="network-table__wide network-table__extra">
                  {t('network.form.buurten')}
                </th>
                <th scope="col" className="network-table__wide network-table__extra">
                  {t('network.table.initiatives')}
                </th>
              </tr>
            </thead>
            <tbody>
              {parties.map((p) => (
                <tr key={p.id} className={p.id === selectedId ? 'network-table__row--open' : undefined}>
                  <th scope="row">
                    <OpenButton id={p.id} name={p.name} selectedId={selectedId} onSelect={onSelect} />
                  </th>
                  <td>{w.kind(p.kind)}</td>
                  <td className="network-table__wide">{w.themes(p.themes)}</td>
                  <td className="network-table__wide network-table__extra">{p.buurten.join(', ')}</td>
                  <td className="network-table__wide network-table__extra">{involved(p.id)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
