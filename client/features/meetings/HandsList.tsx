import { useTranslation } from 'react-i18next';
import type { RaisedHand } from '../../../shared/sync/meetingDoc';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';

/**
 * "Ik wil iets zeggen": who asked to speak, in the order they asked, on the console (with a button to
 * take them off the list once they have spoken) and on the screen.
 */
export function HandsList({
  hands,
  lower,
  className = '',
}: {
  hands: readonly RaisedHand[];
  /** Console only: the facilitator lowers a hand. */
  lower?: { werkgroepId: string; meetingId: string };
  className?: string;
}) {
  const { t } = useTranslation();
  const take = useAction(async (to: NonNullable<typeof lower>, memberId: string) => {
    await api('controlMeeting', {
      params: { werkgroepId: to.werkgroepId, meetingId: to.meetingId },
      body: { action: 'lowerHand', memberId },
    });
  });
  const { error } = take;
  if (hands.length === 0)
    return <p className={`hands hands--empty ${className}`}>{t('meetings.hands.none')}</p>;
  return (
    <>
      <ol className={`hands ${className}`}>
        {hands.map((h, i) => (
          <li key={h.memberId} className="hands__item">
            {/* The list's own numbers reach screen readers; this one is for the eye, in every layout. */}
            <span className="hands__place" aria-hidden="true">
              {i + 1}.
            </span>
            <span className="hands__name">{h.name}</span>
            <span className={`chip chip--${h.group}`}>
              {t(`groups.${h.group}`, { defaultValue: h.group })}
            </span>
            {lower && (
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle hands__lower"
                onClick={() => void take.run(lower, h.memberId)}
              >
                {t('meetings.hands.lower', { name: h.name })}
              </button>
            )}
          </li>
        ))}
      </ol>
      {lower && <div role="status">{error && <p className="form-error">{error}</p>}</div>}
    </>
  );
}
