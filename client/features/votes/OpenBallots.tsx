import { useTranslation } from 'react-i18next';
import type { Ballot, VoteOption } from '../../../shared/schemas/vote';
import type { VoteView } from '../../../shared/voting/voteView';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';

/** What one ballot said, in words. */
function ballotText(
  t: (k: string, o?: Record<string, unknown>) => string,
  ballot: Ballot,
  options: readonly VoteOption[],
) {
  const label = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  switch (ballot.kind) {
    case 'abstain':
      return t('votes.open.abstained');
    case 'consent':
      return ballot.reason
        ? `${t(`votes.consent.${ballot.choice}`)}: ${ballot.reason}`
        : t(`votes.consent.${ballot.choice}`);
    case 'single':
      return label(ballot.optionId);
    case 'multiple':
      return ballot.optionIds.map(label).join(', ');
    case 'score':
      return Object.entries(ballot.scores)
        .map(([id, n]) => `${label(id)}: ${n}`)
        .join(' · ');
    case 'dots':
      return Object.entries(ballot.dots)
        .filter(([, n]) => n > 0)
        .map(([id, n]) => `${label(id)}: ${n}`)
        .join(' · ');
  }
}

/** In an open (not secret) vote, once results show: who voted what. Proxy ballots are marked. */
export function OpenBallots({ vote }: { vote: VoteView }) {
  const { t } = useTranslation();
  const turnout = (vote.turnout.bewoners ?? 0) + vote.turnout.ambtenaren + (vote.turnout.partners ?? 0);
  const ballots = useResource(
    `open-ballots:${vote.id}:${turnout}:${vote.status}:${JSON.stringify(vote.tally?.ranking)}`,
    () => api('listOpenBallots', { params: { werkgroepId: vote.werkgroepId, voteId: vote.id } }),
  );
  if (!ballots.data || ballots.data.length === 0) return null;
  return (
    <details className="open-ballots">
      <summary>{t('votes.open.title', { count: ballots.data.length })}</summary>
      <ul className="member-list">
        {ballots.data.map((b) => (
          <li key={b.memberId} className="member-list__item">
            <span>
              <strong>{b.name}</strong>{' '}
              <span className={`chip chip--${b.group}`}>{t(`groups.${b.group}`)}</span>
              {b.proxy && <span className="muted"> {t('votes.open.proxy')}</span>}
            </span>
            <span>{ballotText(t, b.ballot, vote.options)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
