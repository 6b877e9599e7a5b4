import './votes.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../../shared/permissions';
import type { Ballot } from '../../../shared/schemas/vote';
import type { VoteView } from '../../../shared/voting/voteView';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { Disclosure } from '../../ui/Disclosure';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { BallotForm } from './BallotForm';
import { OpenBallots } from './OpenBallots';
import { ResultTable } from './ResultTable';
import { Turnout } from './Turnout';
import { useLiveVotes } from './useLive';
import { VoteAdmin } from './VoteAdmin';
import { VoteFacts } from './VoteFacts';

/** My ballot while the vote is open, or why I do not vote in it. */
function MyBallotPanel({ vote }: { vote: VoteView }) {
  const { t } = useTranslation();
  const { detail } = useWerkgroep();
  const params = { werkgroepId: vote.werkgroepId, voteId: vote.id };
  // Asked again when my role changes (a guest confirmed by the facilitator may vote from then on).
  const mine = useResource(vote.status !== 'draft' ? `ballot:${vote.id}:${detail.me.role}` : null, () =>
    api('getMyBallot', { params }),
  );
  const [saved, setSaved] = useState<string | null>(null);
  const [myBallot, setMyBallot] = useState<Ballot | null>(null);
  useEffect(() => setMyBallot(mine.data?.ballot ?? null), [mine.data]);

  const cast = async (ballot: Ballot) => {
    setSaved(null);
    const result = await api('castBallot', { params, body: ballot });
    setMyBallot(result.ballot);
    setSaved(t('votes.ballot.saved'));
  };
  if (vote.status !== 'open' || !mine.data) return null;
  if (!mine.data.eligible)
    return (
      <p className="muted">
        {t(
          can(detail.me.role, 'vote.manage')
            ? 'votes.ballot.facilitatorNeutral'
            : detail.me.role === 'guest'
              ? 'votes.ballot.waitForConfirmation'
              : 'votes.ballot.notEligible',
        )}
      </p>
    );
  return (
    <section className="panel" aria-labelledby="ballot-h">
      <h2 className="utrecht-heading-2" id="ballot-h">
        {myBallot ? t('votes.ballot.changeTitle') : t('votes.ballot.title')}
      </h2>
      {mine.data.proxy && <p className="muted">{t('votes.ballot.byProxy')}</p>}
      {myBallot && <p>{t('votes.ballot.youVoted')}</p>}
      <BallotForm
        key={JSON.stringify(myBallot)}
        vote={vote}
        current={myBallot}
        submitLabel={myBallot ? t('votes.ballot.change') : t('votes.ballot.submit')}
        onSubmit={cast}
      />
      <div role="status">{saved && <p className="form-ok">{saved}</p>}</div>
    </section>
  );
}

/** Turnout and, once results show, the count (details folded) with a link to the decision. */
function ResultPanel({ vote }: { vote: VoteView }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="result-h">
      <h2 className="utrecht-heading-2" id="result-h">
        {t('votes.result.title')}
      </h2>
      <Turnout vote={vote} />
      {vote.tally ? (
        <Disclosure summary={t('votes.result.details')}>
          <ResultTable tally={vote.tally} options={vote.options} status={vote.status} quorum={vote.quorum} />
          {!vote.secret && <OpenBallots vote={vote} />}
        </Disclosure>
      ) : (
        <p>{t('votes.result.afterClose')}</p>
      )}
      {vote.decisionId && (
        <p>
          <Link to={`/w/${vote.werkgroepId}/besluiten`} className="utrecht-link">
            {t('votes.toDecisions')}
          </Link>
        </p>
      )}
    </section>
  );
}

/**
 * One vote: the question, my ballot, who has voted, and the result (live where the vote allows). The
 * ballot comes right after the question; the result per group and how the vote works are details that
 * a phone shows folded.
 */
export function VotePage() {
  const { t, i18n } = useTranslation();
  const { voteId = '' } = useParams();
  const { detail, room } = useWerkgroep();
  const werkgroepId = detail.werkgroep.id;
  const fetched = useResource(`vote:${voteId}`, () => api('getVote', { params: { werkgroepId, voteId } }));
  const [changed, setChanged] = useState<VoteView | null>(null);
  const live = useLiveVotes(room).find((v) => v.id === voteId) ?? null;
  // The room is the live source once the vote is open; until then (a draft) the API answer is.
  const vote = live ?? (changed?.id === voteId ? changed : null) ?? fetched.data;

  if (fetched.state === 'loading' && !vote) return <Loading />;
  if (!vote)
    return fetched.state === 'error' ? (
      <ErrorState error={fetched.error} onRetry={fetched.reload} />
    ) : (
      <Loading />
    );

  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <div className="page page--narrow vote-page">
      <p>
        <Link to={`/w/${werkgroepId}/stemmingen`} className="utrecht-link">
          {t('votes.back')}
        </Link>
      </p>
      <Heading1>{vote.question}</Heading1>
      <p className={`vote-status vote-status--${vote.status}`}>
        {t(`votes.status.${vote.status}`)}
        {vote.closedAt && ` · ${time.format(new Date(vote.closedAt))}`}
      </p>
      {vote.explanation && <Paragraph className="vote-page__explanation">{vote.explanation}</Paragraph>}
      <MyBallotPanel vote={vote} />
      {vote.status === 'draft' && vote.options.length > 0 && (
        <section aria-labelledby="draft-options-h">
          <h2 className="utrecht-heading-2" id="draft-options-h">
            {t('votes.form.options')}
          </h2>
          <ol className="vote-draft__options">
            {vote.options.map((o) => (
              <li key={o.id}>{o.label}</li>
            ))}
          </ol>
        </section>
      )}
      {vote.status !== 'draft' && <ResultPanel vote={vote} />}
      <Disclosure summary={t('votes.factsSummary')} className="vote-page__facts">
        <VoteFacts vote={vote} />
      </Disclosure>
      {can(detail.me.role, 'vote.manage') && <VoteAdmin vote={vote} onChanged={setChanged} />}
    </div>
  );
}
