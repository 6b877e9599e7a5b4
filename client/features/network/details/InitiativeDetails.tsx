import { useTranslation } from 'react-i18next';
import { mayDeleteInitiative, mayEditInitiative } from '../../../../shared/network/access';
import type { InitiativeRecord } from '../../../../shared/network/initiative';
import { api } from '../../../api/client';
import { useNetwork } from '../NetworkContext';
import { OverlapItem } from '../overlaps/OverlapItem';
import type { OverlapItemData } from '../overlaps/overlapState';
import { useWords } from '../useWords';
import { DeleteButton } from './DeleteButton';
import { Facts } from './Facts';
import { MapPlaceLine } from './MapPlaceLine';
import { RecordLinks } from './RecordLinks';

/** One initiative: for whom, where, when, who leads and pays, the ambition it serves, and its overlaps. */
export function InitiativeDetails({
  initiative,
  overlaps,
}: {
  initiative: InitiativeRecord;
  overlaps: readonly OverlapItemData[];
}) {
  const { t } = useTranslation();
  const { werkgroepId, actor, view, sections, edit, open } = useNetwork();
  const w = useWords();
  const i = initiative;
  const lead = view.parties.find((p) => p.id === i.leadPartyId);
  const partners = view.parties.filter((p) => i.partnerPartyIds.includes(p.id));
  const section = sections.find((s) => s.id === i.sectionId);
  const mine = overlaps.filter((o) => o.pair.a === i.id || o.pair.b === i.id);
  return (
    <>
      <p className="muted network-details__type">{t('network.initiative.one')}</p>
      <Facts
        facts={[
          [t('network.form.status'), w.status(i.status)],
          [t('network.form.what'), i.description && <span className="pre-wrap">{i.description}</span>],
          [t('network.form.targetGroups'), i.targetGroups.join(', ')],
          [t('network.form.themes'), w.themes(i.themes)],
          [t('network.form.buurten'), i.buurten.join(', ')],
          [t('network.form.period'), w.period(i.period)],
          [t('network.form.lead'), lead && <RecordLinks records={[lead]} onOpen={open} />],
          [
            t('network.form.partners'),
            partners.length > 0 && <RecordLinks records={partners} onOpen={open} />,
          ],
          [
            t('network.form.funding'),
            i.funding.length > 0 && (
              <ul className="network-plain-list">
                {i.funding.map((f) => (
                  <li key={f.source}>{f.amount === null ? f.source : `${f.source}: ${w.money(f.amount)}`}</li>
                ))}
              </ul>
            ),
          ],
          [t('network.form.ambition'), section && `${section.title} (${section.documentTitle})`],
          [
            t('network.changedBy'),
            t('network.madeBy', { who: w.member(i.createdBy), when: w.when(i.updatedAt) }),
          ],
        ]}
      />
      <MapPlaceLine initiative={i} mayEdit={mayEditInitiative(actor, i, view.parties)} />
      <div className="actions">
        {mayEditInitiative(actor, i, view.parties) && (
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => edit({ kind: 'initiative', id: i.id })}
          >
            {t('network.initiative.edit', { name: i.name })}
          </button>
        )}
        {mayDeleteInitiative(actor, i, view.parties) && (
          <DeleteButton
            label={t('network.initiative.delete', { name: i.name })}
            question={t('network.initiative.deleteQuestion', { name: i.name })}
            text={t('network.initiative.deleteText')}
            remove={async () => {
              await api('deleteInitiative', { params: { werkgroepId, initiativeId: i.id } });
              open(null);
            }}
          />
        )}
      </div>
      {mine.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('network.overlaps.title')}</h3>
          <ul className="network-overlaps">
            {mine.map((item) => (
              <OverlapItem key={item.key} item={item} level={4} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
