import { useTranslation } from 'react-i18next';
import { mayChangeRelation } from '../../../../shared/network/access';
import type { Relation } from '../../../../shared/network/relation';
import { api } from '../../../api/client';
import { DeleteButton } from '../details/DeleteButton';
import { useNetwork } from '../NetworkContext';
import { useWords } from '../useWords';

/** Relations between the parties the filters show; change or remove them from their row. */
export function RelationsTable({ relations }: { relations: readonly Relation[] }) {
  const { t } = useTranslation();
  const { werkgroepId, actor, view, edit } = useNetwork();
  const w = useWords();
  return (
    <section aria-labelledby="network-relations" className="network-section">
      <h2 id="network-relations" className="utrecht-heading-2">
        {t('network.table.relations', { n: relations.length })}
      </h2>
      {relations.length === 0 ? (
        <p className="muted">{t('network.table.noRelations')}</p>
      ) : (
        <ul className="network-relations">
          {relations.map((r) => {
            const line = t('network.relation.line', {
              from: w.party(r.fromPartyId),
              kind: w.relation(r.kind),
              to: w.party(r.toPartyId),
            });
            return (
              <li key={r.id} className="network-relations__item">
                <p className="network-relations__line">
                  {line}
                  {r.note && <span className="muted pre-wrap"> — {r.note}</span>}
                </p>
                {mayChangeRelation(actor, r, view.parties) && (
                  <div className="network-relations__actions">
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--secondary-action"
                      aria-label={t('network.relation.editNamed', { line })}
                      onClick={() => edit({ kind: 'relation', id: r.id })}
                    >
                      {t('network.relation.edit')}
                    </button>
                    <DeleteButton
                      label={t('network.relation.delete')}
                      fullLabel={t('network.relation.deleteNamed', { line })}
                      question={t('network.relation.deleteQuestion')}
                      text={line}
                      remove={() => api('deleteRelation', { params: { werkgroepId, relationId: r.id } })}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
