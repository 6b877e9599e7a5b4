import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayMarkOverlap } from '../../../../shared/network/access';
import { NETWORK_LIMITS } from '../../../../shared/network/common';
import type { OverlapState } from '../../../../shared/network/overlapMark';
import { api } from '../../../api/client';
import { useAction } from '../../../api/useAction';
import { useNetwork } from '../NetworkContext';
import { useWords } from '../useWords';
import type { OverlapItemData } from './overlapState';

/**
 * One flagged pair: why (in plain words), what was agreed (who, when, note), and — for the facilitator
 * or a member of a party involved — marking it afgestemd or bewust naast elkaar, or undoing that.
 */
export function OverlapItem({ item, level = 3 }: { item: OverlapItemData; level?: 3 | 4 }) {
  const { t } = useTranslation();
  const { werkgroepId, actor, view } = useNetwork();
  const w = useWords();
  const [marking, setMarking] = useState<OverlapState | null>(null);
  const [note, setNote] = useState('');
  const noteId = useId();
  const { a, b, mark } = item;
  const may = a !== undefined && b !== undefined && mayMarkOverlap(actor, [a, b], view.parties);
  const params = { werkgroepId, a: item.pair.a, b: item.pair.b };
  const put = useAction(async (state: OverlapState) => {
    await api('putOverlapMark', { params, body: { state, note } });
    setMarking(null);
    setNote('');
  });
  const undo = useAction(() => api('deleteOverlapMark', { params }));
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <li className={`network-overlap${mark ? ' network-overlap--marked' : ''}`}>
      <Heading className="utrecht-heading-3 network-overlap__title">{item.explanation.title}</Heading>
      <p>{item.explanation.text}</p>
      <p className="network-overlap__state">
        {mark ? (
          <>
            <span className={`network-badge network-badge--${mark.state}`}>
              {t(`network.overlaps.state.${mark.state}`)}
            </span>{' '}
            {t('network.overlaps.markedBy', { who: w.member(mark.markedBy), when: w.when(mark.markedAt) })}
          </>
        ) : (
          <span className="network-badge network-badge--open">{t('network.overlaps.state.open')}</span>
        )}
      </p>
      {mark?.note && <p className="network-overlap__note pre-wrap">{mark.note}</p>}
      {may && marking === null && (
        <div className="actions network-overlap__actions">
          {mark?.state !== 'afgestemd' && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => setMarking('afgestemd')}
            >
              {t('network.overlaps.markAfgestemd')}
            </button>
          )}
          {mark?.state !== 'bewust_naast_elkaar' && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => setMarking('bewust_naast_elkaar')}
            >
              {t('network.overlaps.markSideBySide')}
            </button>
          )}
          {mark && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              disabled={undo.pending}
              onClick={() => void undo.run()}
            >
              {t('network.overlaps.undo')}
            </button>
          )}
        </div>
      )}
      {marking !== null && (
        <form
          className="network-overlap__form"
          onSubmit={(e) => {
            e.preventDefault();
            void put.run(marking);
          }}
        >
          <label htmlFor={noteId} className="utrecht-form-label">
            {t(
              marking === 'afgestemd' ? 'network.overlaps.noteAfgestemd' : 'network.overlaps.noteSideBySide',
            )}
          </label>
          <textarea
            id={noteId}
            // biome-ignore lint/a11y/noAutofocus: the form opens on purpose, from the button just pressed.
            autoFocus
            rows={3}
            maxLength={NETWORK_LIMITS.noteLength}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <div className="actions">
            <button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              disabled={put.pending}
            >
              {t(
                marking === 'afgestemd'
                  ? 'network.overlaps.saveAfgestemd'
                  : 'network.overlaps.saveSideBySide',
              )}
            </button>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => setMarking(null)}
            >
              {t('network.form.cancel')}
            </button>
          </div>
        </form>
      )}
      {(put.error || undo.error) && (
        <p className="form-error" role="alert">
          {put.error ?? undo.error}
        </p>
      )}
    </li>
  );
}
