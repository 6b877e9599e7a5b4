import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayEditAkkoord } from '../../../shared/akkoord/access';
import type { Afspraak, CreateAfspraak } from '../../../shared/akkoord/afspraak';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { AfspraakFacts } from './AfspraakFacts';
import { AfspraakForm } from './AfspraakForm';
import type { AkkoordScreen } from './akkoordScreen';
import { ProgressPanel } from './ProgressPanel';

/** One afspraak: its facts, its progress, and (for contributors) change, move and remove. */
export function AfspraakItem({
  screen,
  afspraak,
  number,
  first,
  last,
  frozenNoteId,
  focusMove,
  onMove,
}: {
  screen: AkkoordScreen;
  afspraak: Afspraak;
  number: number;
  first: boolean;
  last: boolean;
  /** Set while frozen for someone who may otherwise change it: the note that says why not now. */
  frozenNoteId?: string;
  /** This afspraak was just moved this way: focus that button again (the list was reordered). */
  focusMove: -1 | 1 | null;
  onMove: (delta: -1 | 1) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `number` is the list arriving in its new order.
  useEffect(() => {
    if (focusMove === null) return;
    (focusMove === -1 ? upRef : downRef).current?.focus();
  }, [focusMove, number]);
  const params = { werkgroepId: screen.werkgroepId, afspraakId: afspraak.id };
  const remove = useAction(async () => {
    await api('deleteAfspraak', { params });
    setRemoving(false);
    screen.reload();
  });
  const update = async (body: CreateAfspraak) => {
    await api('updateAfspraak', { params, body });
    setEditing(false);
    screen.reload();
  };
  const showTools = screen.mayEdit || (frozenNoteId !== undefined && mayEditAkkoord(screen.actor));
  const off = !screen.mayEdit;
  return (
    <li className="afspraak">
      <h3 className="utrecht-heading-3 afspraak__title">
        <span className="afspraak__number">{number}.</span> {afspraak.what}
      </h3>
      {editing ? (
        <AfspraakForm
          screen={screen}
          afspraak={afspraak}
          onSubmit={update}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <AfspraakFacts screen={screen} afspraak={afspraak} />
      )}
      {showTools && !editing && (
        <div className="afspraak__tools">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            disabled={off}
            aria-describedby={frozenNoteId}
            onClick={() => setEditing(true)}
          >
            {t('akkoord.afspraak.edit')}
          </button>
          <button
            ref={upRef}
            type="button"
            className="utrecht-button utrecht-button--subtle"
            aria-disabled={off || first}
            aria-describedby={frozenNoteId}
            aria-label={t('akkoord.afspraak.up', { number })}
            onClick={() => !off && !first && onMove(-1)}
          >
            <span aria-hidden="true">↑</span> {t('akkoord.afspraak.upShort')}
          </button>
          <button
            ref={downRef}
            type="button"
            className="utrecht-button utrecht-button--subtle"
            aria-disabled={off || last}
            aria-describedby={frozenNoteId}
            aria-label={t('akkoord.afspraak.down', { number })}
            onClick={() => !off && !last && onMove(1)}
          >
            <span aria-hidden="true">↓</span> {t('akkoord.afspraak.downShort')}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action afspraak__remove"
            disabled={off}
            aria-describedby={frozenNoteId}
            onClick={() => setRemoving(true)}
          >
            {t('akkoord.afspraak.remove')}
          </button>
        </div>
      )}
      {remove.error && (
        <p role="alert" className="form-error">
          {remove.error}
        </p>
      )}
      <ProgressPanel screen={screen} afspraak={afspraak} number={number} />
      <ConfirmDialog
        open={removing}
        title={t('akkoord.afspraak.removeTitle', { number })}
        text={t('akkoord.afspraak.removeText')}
        confirm={t('akkoord.afspraak.removeYes')}
        cancel={t('akkoord.afspraak.removeNo')}
        onConfirm={() => void remove.run()}
        onClose={() => setRemoving(false)}
      />
    </li>
  );
}
