import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Meeting, REACTIONS } from '../../../shared/schemas/meeting';
import type { RaisedHand } from '../../../shared/sync/meetingDoc';
import { ApiRequestError, api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { WHERE, type Where } from './model';

const whereKey = (meetingId: string) => `wijkatelier.meetingWhere:${meetingId}`;

/** Where I follow this meeting from, remembered on this device (the screen counts room and home). */
export function useWhere(meetingId: string): [Where | null, (w: Where) => void] {
  const [where, setWhere] = useState<Where | null>(() => {
    try {
      const stored = window.localStorage.getItem(whereKey(meetingId));
      return stored === 'zaal' || stored === 'thuis' ? stored : null;
    } catch {
      return null;
    }
  });
  const choose = (w: Where) => {
    setWhere(w);
    try {
      window.localStorage.setItem(whereKey(meetingId), w);
    } catch {
      // Not remembered on this device (storage off or full): asked again next time, nothing more.
    }
  };
  return [where, choose];
}

/** "Waar ben je?": two large options, a radio group underneath so it works with every aid. */
export function WhereChoice({ where, onChange }: { where: Where | null; onChange: (w: Where) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="where-choice">
      <legend className="where-choice__legend">{t('meetings.where.question')}</legend>
      <div className="where-choice__options">
        {WHERE.map((w) => (
          <label key={w} className="where-choice__option">
            <input type="radio" name={name} value={w} checked={where === w} onChange={() => onChange(w)} />
            {t(`meetings.where.${w}Choice`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** "Ik wil iets zeggen": my place in the queue while my hand is up; one tap to lower it again. */
export function HandButton({
  meeting,
  hands,
  memberId,
}: {
  meeting: Meeting;
  hands: readonly RaisedHand[];
  memberId: string;
}) {
  const { t } = useTranslation();
  const place = hands.findIndex((h) => h.memberId === memberId) + 1;
  const up = place > 0;
  const toggle = useAction(() =>
    api('raiseHand', {
      params: { werkgroepId: meeting.werkgroepId, meetingId: meeting.id },
      body: { up: !up },
    }),
  );
  return (
    <div className="hand">
      <button
        type="button"
        className={`utrecht-button hand__button ${up ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action'}`}
        aria-pressed={up}
        disabled={toggle.pending}
        onClick={() => void toggle.run()}
      >
        {t('meetings.hands.raise')}
      </button>
      <p role="status" className="hand__state">
        {up && t('meetings.hands.yourPlace', { place })}
      </p>
      {up && <p className="muted hand__hint">{t('meetings.hands.lowerHint')}</p>}
      {toggle.error && <p className="form-error">{toggle.error}</p>}
    </div>
  );
}

/** Quick reactions, shown on the screen for a moment by group, never by name. */
export function ReactionBar({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<string | null>(null);
  useEffect(() => {
    if (!sent) return;
    const timer = setTimeout(() => setSent(null), 4000);
    return () => clearTimeout(timer);
  }, [sent]);
  const react = useAction(
    async (reaction: (typeof REACTIONS)[number]) => {
      await api('react', {
        params: { werkgroepId: meeting.werkgroepId, meetingId: meeting.id },
        body: { reaction },
      });
      setSent(t('meetings.reactions.sent', { reaction: t(`meetings.reactions.${reaction}`) }));
    },
    {
      explain: (err) =>
        err instanceof ApiRequestError && err.code === 'rate_limited' ? t('meetings.reactions.wait') : null,
      onError: setSent,
    },
  );
  return (
    <div className="reaction-bar">
      <fieldset className="reaction-bar__buttons">
        <legend className="visually-hidden">{t('meetings.reactions.title')}</legend>
        {REACTIONS.map((r) => (
          <button
            key={r}
            type="button"
            className="utrecht-button utrecht-button--secondary-action reaction-bar__button"
            onClick={() => void react.run(r)}
          >
            {t(`meetings.reactions.${r}`)}
          </button>
        ))}
      </fieldset>
      <p role="status" className="reaction-bar__sent">
        {sent}
      </p>
    </div>
  );
}
