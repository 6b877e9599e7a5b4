import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Ballot } from '../../../shared/schemas/vote';
import { VOTE_LIMITS } from '../../../shared/schemas/vote';
import type { VoteView } from '../../../shared/voting/voteView';
import { ApiRequestError, api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { BallotForm } from './BallotForm';

const VOTER_ROLES = new Set(['bewoner', 'ambtenaar']);

/** The facilitator's controls for one vote: open, close with the decision's wording, proxy votes, audit trail. */
export function VoteAdmin({ vote, onChanged }: { vote: VoteView; onChanged: (v: VoteView) => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const params = { werkgroepId: vote.werkgroepId, voteId: vote.id };
  const [decisionText, setDecisionText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [proxyFor, setProxyFor] = useState('');
  const [proxyNote, setProxyNote] = useState('');
  const [proxyDone, setProxyDone] = useState<string | null>(null);
  const [auditOpen, setAuditOpen] = useState(false);
  const members = useResource(vote.status === 'open' ? `members:${vote.werkgroepId}` : null, () =>
    api('listMembers', { params: { werkgroepId: vote.werkgroepId } }),
  );
  const audit = useResource(
    auditOpen ? `audit:${vote.id}:${vote.turnout.bewoners}:${vote.turnout.ambtenaren}:${vote.status}` : null,
    () => api('voteAudit', { params }),
  );
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err instanceof Error ? err.message : t('errors.generic'));
    }
  };
  const open = () =>
    run(async () => onChanged(await api('changeVoteStatus', { params, body: { status: 'open' } })));
  const close = (e: FormEvent) => {
    e.preventDefault();
    void run(async () =>
      onChanged(
        await api('changeVoteStatus', {
          params,
          body: { status: 'closed', decisionText: decisionText.trim() || undefined },
        }),
      ),
    );
  };
  const remove = () =>
    run(async () => {
      await api('deleteVote', { params });
      void navigate(`/w/${vote.werkgroepId}/stemmingen`);
    });
  const proxy = async (ballot: Ballot) => {
    setProxyDone(null);
    const name = members.data?.find((m) => m.id === proxyFor)?.displayName ?? '';
    try {
      await api('castProxyBallot', { params, body: { memberId: proxyFor, ballot, note: proxyNote.trim() } });
    } catch (err) {
      // The ballot form shows this next to its button: the member's own vote stands.
      if (err instanceof ApiRequestError && err.code === 'already_voted')
        throw new Error(t('votes.admin.proxyAlreadyVoted', { name }));
      throw err;
    }
    setProxyDone(t('votes.admin.proxyDone', { name }));
  };
  const voters = (members.data ?? []).filter(
    (m) => VOTER_ROLES.has(m.role) || (m.role === 'partner' && vote.partnersAdvise),
  );

  return (
    <section className="panel vote-admin" aria-labelledby={`${id}-h`}>
      <h2 className="utrecht-heading-2" id={`${id}-h`}>
        {t('votes.admin.title')}
      </h2>
      {vote.status === 'draft' && (
        <div className="vote-admin__row">
          <p>{t('votes.admin.draftHint')}</p>
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => void open()}
          >
            {t('votes.admin.open')}
          </button>
          {vote.boardId === null && (
            <Link
              to={`/w/${params.werkgroepId}/stemmingen/${vote.id}/bewerken`}
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            >
              {t('votes.admin.edit')}
            </Link>
          )}
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => void remove()}
          >
            {t('votes.admin.delete')}
          </button>
        </div>
      )}
      {vote.status === 'open' && (
        <>
          <form className="vote-admin__close" onSubmit={close}>
            <label htmlFor={`${id}-decision`}>{t('votes.admin.decisionText')}</label>
            <p className="muted">{t('votes.admin.decisionHint')}</p>
            <textarea
              id={`${id}-decision`}
              className="utrecht-textarea"
              maxLength={VOTE_LIMITS.decisionTextMax}
              value={decisionText}
              onChange={(e) => setDecisionText(e.target.value)}
            />
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t('votes.admin.close')}
            </button>
          </form>
          <details className="vote-admin__proxy">
            <summary>{t('votes.admin.proxyTitle')}</summary>
            <p className="muted">{t('votes.admin.proxyHint')}</p>
            <label htmlFor={`${id}-who`}>{t('votes.admin.proxyFor')}</label>
            <select
              id={`${id}-who`}
              className="utrecht-select utrecht-select--html-select"
              value={proxyFor}
              onChange={(e) => setProxyFor(e.target.value)}
            >
              <option value="">{t('votes.admin.proxyChoose')}</option>
              {voters.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.displayName} ({t(`roles.${m.role}`)})
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-note`}>{t('votes.admin.proxyNote')}</label>
            <input
              id={`${id}-note`}
              className="utrecht-textbox utrecht-textbox--html-input"
              maxLength={VOTE_LIMITS.proxyNoteMax}
              value={proxyNote}
              placeholder={t('votes.admin.proxyNotePlaceholder')}
              onChange={(e) => setProxyNote(e.target.value)}
            />
            {proxyFor && (
              <BallotForm
                key={proxyFor}
                vote={vote}
                current={null}
                submitLabel={t('votes.admin.proxySubmit')}
                onSubmit={proxy}
              />
            )}
            <div role="status">{proxyDone && <p>{proxyDone}</p>}</div>
          </details>
        </>
      )}
      {vote.status !== 'draft' && (
        <details className="vote-admin__audit" onToggle={(e) => setAuditOpen(e.currentTarget.open)}>
          <summary>{t('votes.admin.audit')}</summary>
          <p className="muted">{vote.secret ? t('votes.admin.auditSecret') : t('votes.admin.auditOpen')}</p>
          <ol className="audit">
            {(audit.data ?? []).map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the trail only grows at the end.
              <li key={i}>
                {/* A closed secret vote keeps who took part, not when. */}
                {!e.kind.startsWith('took_part') && (
                  <>
                    <time dateTime={e.at}>{time.format(new Date(e.at))}</time>{' '}
                  </>
                )}
                {t(`votes.audit.${e.kind}`, { actor: e.actor, subject: e.subject ?? '' })}
                {e.note && <span className="muted"> ({e.note})</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
      <div role="alert">{error && <p className="form-error">{error}</p>}</div>
    </section>
  );
}
