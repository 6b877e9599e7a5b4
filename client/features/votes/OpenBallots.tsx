import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Ballot, VoteOption } from '../../../shared/schemas/vote';
import type { VoteView } from '../../../shared/voting/voteView';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ballotInput } from './ballotInputs';

/** What one ballot said, in words. */
function ballotText(t: TFunction, ballot: Ballot, options: readonly VoteOption[]) {
  const label = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  if (ballot.kind === 'abstain') return t('votes.open.abstained');
  return ballotInput(ballot.kind).describe(ballot, label, t);
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
