import { useTranslation } from 'react-i18next';
import { balance } from '../../../shared/schemas/member';
import type { ReactionEntry } from '../../../shared/sync/meetingDoc';
import { useServerNow } from '../../sync/useServerNow';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import {
  ELSEWHERE,
  everyoneConnected,
  type GroupCount,
  type MeetingPeer,
  presenceCounts,
  recentReactions,
} from './model';

/** A reaction stays on the screen this long: long enough to see from the back, short enough to mean now. */
const REACTION_WINDOW_MS = 20_000;

/**
 * Who is here through Wijkatelier: everyone connected to the werkgroep, on the meeting's pages (in
 * the room or at home) or on another page (a document, a board), residents against officials: the
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
  const { present } = useWerkgroep();
  const c = presenceCounts(everyoneConnected(peers, present));
  const state = balance({ bewoners: c.bewoners.total, ambtenaren: c.ambtenaren.total });
  const both = c.bewoners.total + c.ambtenaren.total;
  const wherever = (g: GroupCount) => [
    ...(g.meeting === 0
      ? []
      : [
          g.zaal + g.thuis === 0
            ? t('meetings.presence.atMeeting', { count: g.meeting })
            : t('meetings.presence.atMeetingWhere', { count: g.meeting, zaal: g.zaal, thuis: g.thuis }),
        ]),
    ...ELSEWHERE.filter((e) => g.elsewhere[e] > 0).map((e) =>
      t(`meetings.presence.elsewhere.${e}`, { count: g.elsewhere[e] }),
    ),
  ];
  return (
    <div className={`presence ${className}`}>
      <ul className="presence__groups">
        {(['bewoners', 'ambtenaren'] as const).map((g) => (
          <li key={g} className="presence__group">
            <span className={`presence__swatch presence__swatch--${g}`} aria-hidden="true" />
            <span className="presence__count">{t(`meetings.presence.${g}`, { count: c[g].total })}</span>
            {wherever(c[g]).map((text) => (
              <span key={text} className="presence__where">
                {text}
              </span>
            ))}
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
      {/* Nobody to compare: an empty bar, and words, never a half-and-half that looks like balance. */}
      <div className={`presence__bar${both ? '' : ' presence__bar--empty'}`} aria-hidden="true">
        {both > 0 && (
          <>
            <span
              className="presence__side presence__side--bewoners"
              style={{ inlineSize: `${Math.round((c.bewoners.total / both) * 100)}%` }}
            />
            <span
              className="presence__side presence__side--ambtenaren"
              style={{ inlineSize: `${100 - Math.round((c.bewoners.total / both) * 100)}%` }}
            />
          </>
        )}
      </div>
      {state === 'empty' && <p className="presence__empty">{t('meetings.presence.empty')}</p>}
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
