import { useTranslation } from 'react-i18next';
import type { InitiativeRecord } from '../../../../shared/network/initiative';
import { useWords } from '../useWords';
import { OpenButton } from './OpenButton';

/** The initiatives the filters show, each with a badge when it may overlap with another. */
export function InitiativesTable({
  initiatives,
  overlaps,
  selectedId,
  onSelect,
}: {
  initiatives: readonly InitiativeRecord[];
  overlaps: ReadonlyMap<string, { open: number; all: number }>;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const w = useWords();
  return (
    <section aria-labelledby="network-initiatives" className="network-section">
      <h2 id="network-initiatives" className="utrecht-heading-2">
        {t('network.table.initiativesTitle', { n: initiatives.length })}
      </h2>
      {initiatives.length === 0 ? (
        <p className="muted">{t('network.table.noInitiatives')}</p>
      ) : (
        <div className="network-table-wrap">
          <table className="network-table">
            <thead>
              <tr>
                <th scope="col">{t('network.form.name')}</th>
                <th scope="col">{t('network.form.status')}</th>
                <th scope="col" className="network-table__wide">
                  {t('network.form.lead')}
                </th>
                <th scope="col" className="network-table__wide network-table__extra">
                  {t('network.form.targetGroups')}
                </th>
                <th scope="col" className="network-table__wide network-table__extra">
                  {t('network.form.buurten')}
                </th>
                <th scope="col" className="network-table__wide">
                  {t('network.form.period')}
                </th>
              </tr>
            </thead>
            <tbody>
              {initiatives.map((i) => {
                const o = overlaps.get(i.id);
                return (
                  <tr key={i.id} className={i.id === selectedId ? 'network-table__row--open' : undefined}>
                    <th scope="row">
                      <OpenButton id={i.id} name={i.name} selectedId={selectedId} onSelect={onSelect} />
                      {o && (
                        <span className={`network-badge network-badge--${o.open > 0 ? 'open' : 'afgestemd'}`}>
                          {o.open > 0
                            ? t('network.table.overlapOpen', { count: o.open })
                            : t('network.table.overlapDone', { count: o.all })}
                        </span>
                      )}
                    </th>
                    <td>{w.status(i.status)}</td>
                    <td className="network-table__wide">{w.party(i.leadPartyId)}</td>
                    <td className="network-table__wide network-table__extra">{i.targetGroups.join(', ')}</td>
                    <td className="network-table__wide network-table__extra">{i.buurten.join(', ')}</td>
                    <td className="network-table__wide">{w.period(i.period)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
