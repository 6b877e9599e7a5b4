import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type * as Y from 'yjs';
import { type Ballot, VOTE_LIMITS } from '../../../shared/schemas/vote';
import type { VoteView } from '../../../shared/voting/voteView';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useResource } from '../../api/useResource';
import { BallotForm } from '../votes/BallotForm';
import { ResultTable } from '../votes/ResultTable';
import { Turnout } from '../votes/Turnout';
import { useLiveVotes } from '../votes/useLive';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';

export type ContentMode = 'console' | 'participant' | 'screen';

/** Options the room screen shows (the best ones): more do not fit 1080 px at 40 px type. */
const SCREEN_ROWS = 3;

/** A linked vote, live from the werkgroep's room once open; the API's answer while it is a draft. */
function useLinkedVote(werkgroepId: string, voteId: string, room: Y.Doc | null) {
  const live = useLiveVotes(room).find((v) => v.id === voteId) ?? null;
  const [changed, setChanged] = useState<VoteView | null>(null);
  const fetched = useResource(live ? null : `meeting-vote:${voteId}`, () =>
    api('getVote', { params: { werkgroepId, voteId } }),
  );
  return { vote: live ?? changed ?? fetched.data, failed: fetched.state === 'error', setChanged };
}

/** The vote of an agenda item: results for the screen, a ballot on a phone, open and close on the console. */
export function LinkedVote({
  werkgroepId,
  voteId,
  room,
  mode,
}: {
  werkgroepId: string;
  voteId: string;
  room: Y.Doc | null;
  mode: ContentMode;
}) {
  const { t } = useTranslation();
  const { vote, failed, setChanged } = useLinkedVote(werkgroepId, voteId, room);
  if (!vote) return failed ? <p>{t('meetings.content.voteNotOpen')}</p> : null;
  const results =
    vote.status === 'draft' ? null : vote.tally ? (
      <ResultTable
        tally={vote.tally}
        options={vote.options}
        status={vote.status}
        quorum={vote.quorum}
        maxRows={mode === 'screen' ? SCREEN_ROWS : undefined}
      />
    ) : (
      <p>{t('votes.result.afterClose')}</p>
    );
  return (
    <div className={`linked linked--vote linked--${mode}`}>
      <div className="linked__head">
        <p className="linked__kind">{t('meetings.content.vote')}</p>
        <p className="linked__title">{vote.question}</p>
        <p className={`vote-status vote-status--${vote.status}`}>{t(`votes.status.${vote.status}`)}</p>
      </div>
      {mode === 'console' && <VoteSwitch vote={vote} onChanged={setChanged} />}
      {mode === 'participant' && vote.status === 'open' && <MyBallot vote={vote} />}
      {vote.status !== 'draft' && <Turnout vote={vote} />}
      {mode === 'participant' && results ? (
        // On a phone the ballot comes first; the count is on the room's screen and one tap away here.
        <details className="linked__results" open={vote.status === 'closed'}>
          <summary>{t('meetings.content.results')}</summary>
          {results}
        </details>
      ) : (
        results
      )}
      {mode !== 'screen' && (
        <p>
          <Link to={`/w/${werkgroepId}/stemmingen/${vote.id}`} className="utrecht-link">
            {t('meetings.content.openVote')}
          </Link>
        </p>
      )}
    </div>
  );
}

/** The facilitator opens the vote, and closes it with the decision's wording, from the console. */
function VoteSwitch({ vote, onChanged }: { vote: VoteView; onChanged: (v: VoteView) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const params = { werkgroepId: vote.werkgroepId, voteId: vote.id };
  const change = useAction(async (body: { status: 'open' } | { status: 'closed'; decisionText?: string }) => {
    onChanged(await api('changeVoteStatus', { params, body }));
  });
  const close = (e: FormEvent) => {
    e.preventDefault();
    void change.run({ status: 'closed', decisionText: text.trim() || undefined });
  };
  return (
    <div className="linked__controls">
      {vote.status === 'draft' && (
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          onClick={() => void change.run({ status: 'open' })}
        >
          {t('votes.admin.open')}
        </button>
      )}
      {vote.status === 'open' && (
        <form className="stack stack--tight" onSubmit={close}>
          <label htmlFor={`${id}-decision`}>{t('votes.admin.decisionText')}</label>
          <textarea
            id={`${id}-decision`}
            className="utrecht-textarea"
            maxLength={VOTE_LIMITS.decisionTextMax}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t('votes.admin.close')}
            </button>
          </div>
        </form>
      )}
      <div role="status">{change.error && <p className="form-error">{change.error}</p>}</div>
    </div>
  );
}

/** A remote member votes right here, without leaving the meeting. */
function MyBallot({ vote }: { vote: VoteView }) {
  const { t } = useTranslation();
  const params = { werkgroepId: vote.werkgroepId, voteId: vote.id };
  const { detail } = useWerkgroep();
  // Asked again when my role changes (a guest confirmed by the facilitator may vote from then on).
  const mine = useResource(`meeting-ballot:${vote.id}:${detail.me.role}`, () =>
    api('getMyBallot', { params }),
  );
  const [current, setCurrent] = useState<Ballot | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setCurrent(mine.data?.ballot ?? null), [mine.data]);
  if (!mine.data) return null;
  if (!mine.data.eligible)
    return (
      <p className="muted">
        {t(detail.me.role === 'guest' ? 'votes.ballot.waitForConfirmation' : 'votes.ballot.notEligible')}
      </p>
    );
  const cast = async (ballot: Ballot) => {
    setSaved(false);
    const result = await api('castBallot', { params, body: ballot });
    setCurrent(result.ballot);
    setSaved(true);
  };
  return (
    <section
      className="linked__ballot"
      aria-label={current ? t('votes.ballot.changeTitle') : t('votes.ballot.title')}
    >
      {current && <p>{t('votes.ballot.youVoted')}</p>}
      <BallotForm
        key={JSON.stringify(current)}
        vote={vote}
        current={current}
        submitLabel={current ? t('votes.ballot.change') : t('votes.ballot.submit')}
        onSubmit={cast}
      />
      <div role="status">{saved && <p className="form-ok">{t('votes.ballot.saved')}</p>}</div>
    </section>
  );
}
