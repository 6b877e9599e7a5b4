import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayDeleteActie, mayEditActie, mayPostUpdate } from '../../../shared/uitvoering/access';
import type { Actie } from '../../../shared/uitvoering/actie';
import { needsReason } from '../../../shared/uitvoering/rules';
import type { Voortgang } from '../../../shared/uitvoering/voortgang';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { StatusTag } from './StatusTag';
import { useUitvoering } from './UitvoeringContext';
import { VoortgangForm } from './VoortgangForm';
import { VoortgangItem, VoortgangList } from './VoortgangList';
import { useDateWords } from './words';

const nameOf = (choices: readonly { id: string; label: string }[], id: string) =>
  choices.find((c) => c.id === id)?.label;

/** Why, who, when and what we cannot promise, as a description list. */
function ActieFacts({ actie }: { actie: Actie }) {
  const { t } = useTranslation();
  const { parties, sections, decisions, afspraken } = useUitvoering();
  const { day, period, euro } = useDateWords();
  const party = (id: string) => parties.find((p) => p.id === id)?.name ?? t('uitvoering.details.unknown');
  const none = t('uitvoering.details.nothing');
  const rows: [string, string][] = [
    [t('uitvoering.details.ambition'), actie.sectionId ? (nameOf(sections, actie.sectionId) ?? none) : none],
    [
      t('uitvoering.details.decisions'),
      actie.decisionIds.map((id) => nameOf(decisions, id) ?? id).join('; ') || none,
    ],
    [
      t('uitvoering.details.afspraken'),
      actie.afspraakIds.map((id) => nameOf(afspraken, id) ?? id).join('; ') || none,
    ],
    [t('uitvoering.details.lead'), actie.leadPartyId ? party(actie.leadPartyId) : none],
    [t('uitvoering.details.partners'), actie.partnerPartyIds.map(party).join(', ') || none],
    [t('uitvoering.details.when'), period(actie)],
    [
      t('uitvoering.details.milestones'),
      actie.milestones.map((m) => `${day(m.day)}: ${m.label}`).join('; ') || none,
    ],
    [t('uitvoering.details.budget'), actie.budget === null ? none : euro(actie.budget)],
  ];
  return (
    <dl className="actie__facts">
      {rows.map(([term, value]) => (
        <div key={term} className="actie__fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * One actie in the list: title, status badge and period always; the facts, "wat we niet kunnen
 * beloven", the updates and (for who may) the forms behind a disclosure, so the list stays short.
 */
export function ActieItem({
  actie,
  updates,
  onEdit,
}: {
  actie: Actie;
  updates: readonly Voortgang[];
  onEdit: (actie: Actie) => void;
}) {
  const { t } = useTranslation();
  const { werkgroepId, actor, parties } = useUitvoering();
  const { period } = useDateWords();
  const [confirming, setConfirming] = useState(false);
  const remove = useAction(() => api('deleteActie', { params: { werkgroepId, actieId: actie.id } }));
  const latest = updates.at(-1);
  return (
    <article className="actie" data-actie-id={actie.id} aria-labelledby={`actie-${actie.id}`}>
      <div className="actie__head">
        <h3 id={`actie-${actie.id}`} className="utrecht-heading-3 actie__title">
          {actie.title}
        </h3>
        <StatusTag status={actie.status} />
      </div>
      <p className="actie__period">
        {period(actie)}
        {' · '}
        {actie.published ? t('uitvoering.published') : t('uitvoering.notPublished')}
      </p>
      {needsReason(actie.status) && actie.statusReason && (
        <p className="actie__reason">
          <strong>{t('uitvoering.details.reason')}: </strong>
          {actie.statusReason}
        </p>
      )}
      {latest && (
        <div className="actie__latest">
          <h4 className="utrecht-heading-4">{t('uitvoering.updates.latest')}</h4>
          <VoortgangItem update={latest} />
        </div>
      )}
      <details className="actie__more">
        <summary>{t('uitvoering.details.show', { title: actie.title })}</summary>
        {actie.description && <p className="actie__description">{actie.description}</p>}
        <ActieFacts actie={actie} />
        <h4 className="utrecht-heading-4">{t('uitvoering.details.nietBeloven')}</h4>
        <p className="actie__niet-beloven">{actie.nietBeloven || t('uitvoering.details.nothing')}</p>
        {updates.length === 0 && <p>{t('uitvoering.updates.none')}</p>}
        {updates.length > 1 && (
          <>
            <h4 className="utrecht-heading-4">{t('uitvoering.updates.earlier')}</h4>
            <VoortgangList updates={updates.slice(0, -1)} />
          </>
        )}
        {mayPostUpdate(actor, actie, parties) && <VoortgangForm actieId={actie.id} title={actie.title} />}
        <div className="actions actie__actions">
          {mayEditActie(actor, actie, parties) && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => onEdit(actie)}
            >
              {t('uitvoering.details.edit')}
            </button>
          )}
          {mayDeleteActie(actor) && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => setConfirming(true)}
            >
              {t('uitvoering.details.delete')}
            </button>
          )}
        </div>
        <div role="alert">{remove.error && <p className="form-error">{remove.error}</p>}</div>
      </details>
      <ConfirmDialog
        open={confirming}
        title={t('uitvoering.details.delete')}
        text={t('uitvoering.details.deleteConfirm', { title: actie.title })}
        confirm={t('uitvoering.details.delete')}
        cancel={t('network.form.cancel')}
        onConfirm={() => void remove.run()}
        onClose={() => setConfirming(false)}
      />
    </article>
  );
}
