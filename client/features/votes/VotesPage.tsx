import './votes.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../shared/permissions';
import type { VoteView } from '../../../shared/voting/voteView';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { outcomeSentence } from './outcome';
import { useLiveVotes } from './useLive';

/** One vote in the list: its question (a link), rule and turnout, and the outcome once closed. */
function VoteCard({ vote: v }: { vote: VoteView }) {
  const { t } = useTranslation();
  return (
    <li className="card-list__item vote-card">
      <Link to={`/w/${v.werkgroepId}/stemmingen/${v.id}`} className="utrecht-link card-list__link">
        {v.question}
      </Link>
      <span className="muted">
        {t(`votes.rules.${v.rule}.name`)} ·{' '}
        {t('votes.turnout.short', { bewoners: v.turnout.bewoners, ambtenaren: v.turnout.ambtenaren })}
      </span>
      {v.status === 'closed' && v.tally && (
        <span className="vote-card__outcome">{outcomeSentence(t, v.tally, v.options, v.quorum)}</span>
      )}
    </li>
  );
}

/** The werkgroep's votes: open ones first, then drafts (facilitator) and closed ones. */
export function VotesPage() {
  const { t } = useTranslation();
  const { detail, room } = useWerkgroep();
  const werkgroepId = detail.werkgroep.id;
  const manages = can(detail.me.role, 'vote.manage');
  const listed = useResource(`votes:${werkgroepId}`, () => api('listVotes', { params: { werkgroepId } }));
  const live = useLiveVotes(room);
  // Live entries win; the API list adds drafts and covers the moment before the room has synced.
  const byId = new Map<string, VoteView>((listed.data ?? []).map((v) => [v.id, v]));
  for (const v of live) byId.set(v.id, v);
  // A board's dot rounds are shown on their board.
  const votes = [...byId.values()]
    .filter((v) => v.boardId === null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const groups = [
    { key: 'open', votes: votes.filter((v) => v.status === 'open') },
    { key: 'draft', votes: votes.filter((v) => v.status === 'draft') },
    { key: 'closed', votes: votes.filter((v) => v.status === 'closed') },
  ] as const;

  return (
    <div className="page page--narrow">
      <Heading1>{t('votes.title')}</Heading1>
      <Paragraph appearance="lead">{t('votes.intro')}</Paragraph>
      <div className="page-actions">
        {manages && (
          <Link
            to={`/w/${werkgroepId}/stemmingen/nieuw`}
            className="utrecht-button utrecht-button--primary-action link-button"
          >
            {t('votes.new')}
          </Link>
        )}
        <Link to={`/w/${werkgroepId}/besluiten`} className="utrecht-link">
          {t('votes.toDecisions')}
        </Link>
      </div>
      {listed.state === 'loading' && live.length === 0 && <Loading />}
      {listed.state === 'error' && live.length === 0 && (
        <ErrorState error={listed.error} onRetry={listed.reload} />
      )}
      {listed.state === 'ready' && votes.length === 0 && (
        <Paragraph>{t(manages ? 'votes.noneFacilitator' : 'votes.none')}</Paragraph>
      )}
      {groups.map(
        (g) =>
          g.votes.length > 0 && (
            <section key={g.key} aria-labelledby={`votes-${g.key}`}>
              <h2 className="utrecht-heading-2" id={`votes-${g.key}`}>
                {t(`votes.groups.${g.key}`)}
              </h2>
              <ul className="card-list">
                {g.votes.map((v) => (
                  <VoteCard key={v.id} vote={v} />
                ))}
              </ul>
            </section>
          ),
      )}
    </div>
  );
}
