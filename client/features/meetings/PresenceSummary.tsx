import { useTranslation } from 'react-i18next';
import { balance } from '../../../shared/schemas/member';
import type { ReactionEntry } from '../../../shared/sync/meetingDoc';
import { type MeetingPeer, peopleOf, presenceCounts, recentReactions } from './model';
import { useServerNow } from './useServerNow';

/** A reaction stays on the screen this long: long enough to see from the back, short enough to mean now. */
const REACTION_WINDOW_MS = 20_000;

/**
 * Who is here through Wijkatelier, residents against officials, in the room and at home: the
 * werkgroep's parity at a glance, with a plain warning when one group is much smaller.
 */
export function PresenceSummary({
  peers,
  className = '',
}: {
  peers: readonly MeetingPeer[];
  className?: string;
}) {
  const { t } = useTranslation();
  const c = presenceCounts(peopleOf(peers));
  const state = balance({ bewoners: c.bewoners.total, ambtenaren: c.ambtenaren.total });
  const both = c.bewoners.total + c.ambtenaren.total;
  const share = both ? Math.round((c.bewoners.total / both) * 100) : 50;
  return (
    <div className={`presence ${className}`}>
      <ul className="presence__groups">
        {(['bewoners', 'ambtenaren'] as const).map((g) => (
          <li key={g} className="presence__group">
            <span className={`presence__swatch presence__swatch--${g}`} aria-hidden="true" />
            <span className="presence__count">{t(`meetings.presence.${g}`, { count: c[g].total })}</span>
            <span className="presence__where">
              {t('meetings.presence.where', { zaal: c[g].zaal, thuis: c[g].thuis })}
            </span>
          </li>
        ))}
        {c.others > 0 && (
          <li className="presence__group presence__group--others">
            {t('meetings.presence.others', { count: c.others })}
          </li>
        )}
        {c.guests > 0 && (
          <li className="presence__group presence__group--guests">
            {t('meetings.presence.guests', { count: c.guests })}
          </li>
        )}
      </ul>
      <div className="presence__bar" aria-hidden="true">
        <span className="presence__side presence__side--bewoners" style={{ inlineSize: `${share}%` }} />
        <span
          className="presence__side presence__side--ambtenaren"
          style={{ inlineSize: `${100 - share}%` }}
        />
      </div>
      {state !== 'balanced' && state !== 'empty' && (
        <p className="presence__warning">{t(`meetings.presence.${state}`)}</p>
      )}
    </div>
  );
}

/** The quick reactions of the last moments, counted (by group on the server, never by name). */
export function ReactionsNow({
  reactions,
  className = '',
}: {
  reactions: readonly ReactionEntry[];
  className?: string;
}) {
  const { t } = useTranslation();
  const now = useServerNow(reactions.length > 0);
  const recent = recentReactions(reactions, now, REACTION_WINDOW_MS);
  if (recent.length === 0) return null;
  return (
    <ul className={`reactions-now ${className}`} aria-label={t('meetings.reactions.recent')}>
      {recent.map((r) => (
        <li key={r.reaction} className={`reactions-now__item reactions-now__item--${r.reaction}`}>
          {t(`meetings.reactions.${r.reaction}`)}
          {r.count > 1 && <span className="reactions-now__count"> ×{r.count}</span>}
        </li>
      ))}
    </ul>
  );
}
