import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/permissions';
import type { Board } from '../../../shared/schemas/board';
import type { MemberRole } from '../../../shared/schemas/member';
import { type Ballot, VOTE_LIMITS } from '../../../shared/schemas/vote';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { BallotForm } from '../votes/BallotForm';
import { ResultTable } from '../votes/ResultTable';
import { Turnout } from '../votes/Turnout';
import { useLiveVotes } from '../votes/useLive';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';

/**
 * Dot voting on the board's notes. A round is a vote of the werkgroep's voting engine (one option per
 * note, k dots per member, counted per group on the server), so dots cannot be forged; the ballot and
 * the result are the same components as on the votes pages.
 */
export function DotRoundPanel({ board, role }: { board: Board; role: MemberRole }) {
  const { t } = useTranslation();
  const id = useId();
  const { room } = useWerkgroep();
  const vote = useLiveVotes(room).find((v) => v.id === board.dotRound?.voteId) ?? null;
  const [dots, setDots] = useState(3);
  const [mine, setMine] = useState<Ballot | null>(null);
  const [eligible, setEligible] = useState(false);
  const [saved, setSaved] = useState(false);
  const manage = can(role, 'board.manage');
  const voteId = vote?.id ?? null;
  const params = voteId ? { werkgroepId: board.werkgroepId, voteId } : null;

  // My ballot in this round (once per round).
  useEffect(() => {
    if (!voteId) return;
    let live = true;
    api('getMyBallot', { params: { werkgroepId: board.werkgroepId, voteId } }).then(
      (b) => {
        if (!live) return;
        setMine(b.ballot);
        setEligible(b.eligible);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [board.werkgroepId, voteId]);

  const control = useAction((body: { action: 'start'; dots: number } | { action: 'close' }) =>
    api('updateBoard', {
      params: { werkgroepId: board.werkgroepId, boardId: board.id },
      body: { dotRound: body },
    }),
  );
  const start = (e: FormEvent) => {
    e.preventDefault();
    void control.run({ action: 'start', dots });
  };
  const cast = async (ballot: Ballot) => {
    if (!params) return;
    setSaved(false);
    const result = await api('castBallot', { params, body: ballot });
    setMine(result.ballot);
    setSaved(true);
  };

  return (
    <section className="panel dot-round" aria-labelledby={`${id}-h`}>
      <h2 className="utrecht-heading-2" id={`${id}-h`}>
        {t('boards.dots.title')}
      </h2>
      {!vote && <p>{t(manage ? 'boards.dots.noneFacilitator' : 'boards.dots.none')}</p>}
      {vote?.status === 'open' && eligible && (
        <>
          <p>{t('boards.dots.howTo', { count: vote.dots ?? 0 })}</p>
          <BallotForm
            key={`${vote.id}-${JSON.stringify(mine)}`}
            vote={vote}
            current={mine}
            submitLabel={mine ? t('votes.ballot.change') : t('boards.dots.submit')}
            onSubmit={cast}
          />
          <div role="status">{saved && <p className="form-ok">{t('votes.ballot.saved')}</p>}</div>
        </>
      )}
      {vote && (
        <>
          <Turnout vote={vote} />
          {vote.tally && (
            <ResultTable
              tally={vote.tally}
              options={vote.options}
              status={vote.status}
              quorum={vote.quorum}
            />
          )}
        </>
      )}
      {manage && (
        <div className="dot-round__controls">
          {vote?.status === 'open' ? (
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              onClick={() => void control.run({ action: 'close' })}
            >
              {t('boards.dots.close')}
            </button>
          ) : (
            <form onSubmit={start} className="dot-round__start">
              <label htmlFor={`${id}-k`}>{t('boards.dots.perMember')}</label>
              <input
                id={`${id}-k`}
                type="number"
                min={1}
                max={VOTE_LIMITS.dotsMax}
                className="utrecht-textbox utrecht-textbox--html-input dot-round__number"
                value={dots}
                onChange={(e) => setDots(Number(e.target.value))}
              />
              <button type="submit" className="utrecht-button utrecht-button--primary-action">
                {t('boards.dots.start')}
              </button>
            </form>
          )}
        </div>
      )}
      <div role="alert">{control.error && <p className="form-error">{control.error}</p>}</div>
    </section>
  );
}
