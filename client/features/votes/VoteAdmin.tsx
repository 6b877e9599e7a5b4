import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Ballot } from '../../../shared/schemas/vote';
import { VOTE_LIMITS } from '../../../shared/schemas/vote';
import { voterGroup } from '../../../shared/voting/voters';
import type { VoteView } from '../../../shared/voting/voteView';
import { ApiRequestError, api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useResource } from '../../api/useResource';
import { BallotForm } from './BallotForm';

type Run = (action: () => Promise<void>) => Promise<void>;
interface Part {
  vote: VoteView;
  run: Run;
  onChanged: (v: VoteView) => void;
}
const paramsOf = (vote: VoteView) => ({ werkgroepId: vote.werkgroepId, voteId: vote.id });

/** A draft: open it, change it (not a dot round: that is changed from its board) or remove it. */
function DraftControls({ vote, run, onChanged }: Part) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = paramsOf(vote);
  const open = () =>
    run(async () => onChanged(await api('changeVoteStatus', { params, body: { status: 'open' } })));
  const remove = () =>
    run(async () => {
      await api('deleteVote', { params });
      void navigate(`/w/${vote.werkgroepId}/stemmingen`);
    });
  return (
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
          to={`/w/${vote.werkgroepId}/stemmingen/${vote.id}/bewerken`}
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
  );
}

/** Closing an open vote, with the decision's wording. */
function CloseForm({ vote, run, onChanged }: Part) {
  const { t } = useTranslation();
  const id = useId();
  const [decisionText, setDecisionText] = useState('');
  const close = (e: FormEvent) => {
    e.preventDefault();
    const body = { status: 'closed' as const, decisionText: decisionText.trim() || undefined };
    void run(async () => onChanged(await api('changeVoteStatus', { params: paramsOf(vote), body })));
  };
  return (
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
  );
}

/** A ballot entered for a member reached by phone or on paper; only for members who vote in this vote. */
function ProxyBallot({ vote }: { vote: VoteView }) {
  const { t } = useTranslation();
  const id = useId();
  const [proxyFor, setProxyFor] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const members = useResource(`members:${vote.werkgroepId}`, () =>
    api('listMembers', { params: { werkgroepId: vote.werkgroepId } }),
  );
  const voters = (members.data ?? []).filter((m) => voterGroup(vote, m.role) !== null);
  const proxy = async (ballot: Ballot) => {
    setDone(null);
    const name = voters.find((m) => m.id === proxyFor)?.displayName ?? '';
    try {
      const body = { memberId: proxyFor, ballot, note: note.trim() };
      await api('castProxyBallot', { params: paramsOf(vote), body });
    } catch (err) {
      // The ballot form shows this next to its button: the member's own vote stands.
      if (err instanceof ApiRequestError && err.code === 'already_voted')
        throw new Error(t('votes.admin.proxyAlreadyVoted', { name }));
      throw err;
    }
    setDone(t('votes.admin.proxyDone', { name }));
  };
  return (
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
        value={note}
        placeholder={t('votes.admin.proxyNotePlaceholder')}
        onChange={(e) => setNote(e.target.value)}
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
      <div role="status">{done && <p>{done}</p>}</div>
    </details>
  );
}

/** Who did what when (fetched once unfolded); never what a secret ballot said. */
function AuditTrail({ vote }: { vote: VoteView }) {
  const { t, i18n } = useTranslation();
  const [unfolded, setUnfolded] = useState(false);
  const audit = useResource(
    unfolded ? `audit:${vote.id}:${vote.turnout.bewoners}:${vote.turnout.ambtenaren}:${vote.status}` : null,
    () => api('voteAudit', { params: paramsOf(vote) }),
  );
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <details className="vote-admin__audit" onToggle={(e) => setUnfolded(e.currentTarget.open)}>
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
  );
}

/** The facilitator's controls for one vote: open, close with the decision's wording, proxy votes, audit trail. */
export function VoteAdmin({ vote, onChanged }: { vote: VoteView; onChanged: (v: VoteView) => void }) {
  const { t } = useTranslation();
  const id = useId();
  // One error line for every control here: whichever call failed last says why.
  const control = useAction((action: () => Promise<void>) => action());
  const run: Run = async (action) => {
    await control.run(action);
  };
  return (
    <section className="panel vote-admin" aria-labelledby={`${id}-h`}>
      <h2 className="utrecht-heading-2" id={`${id}-h`}>
        {t('votes.admin.title')}
      </h2>
      {vote.status === 'draft' && <DraftControls vote={vote} run={run} onChanged={onChanged} />}
      {vote.status === 'open' && (
        <>
          <CloseForm vote={vote} run={run} onChanged={onChanged} />
          <ProxyBallot vote={vote} />
        </>
      )}
      {vote.status !== 'draft' && <AuditTrail vote={vote} />}
      <div role="alert">{control.error && <p className="form-error">{control.error}</p>}</div>
    </section>
  );
}
