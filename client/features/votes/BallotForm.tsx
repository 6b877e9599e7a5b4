import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Ballot,
  ballotProblem,
  CONSENT_CHOICES,
  type ConsentChoice,
  VOTE_LIMITS,
} from '../../../shared/schemas/vote';
import type { VoteView } from '../../../shared/voting/voteView';

const SCORES = Array.from({ length: VOTE_LIMITS.scoreMax + 1 }, (_, n) => n);

interface Props {
  vote: VoteView;
  /** The ballot already cast (to change it). */
  current: Ballot | null;
  submitLabel: string;
  onSubmit: (ballot: Ballot) => Promise<void>;
}

/**
 * A ballot for any method, with native radios, checkboxes and number fields, so it works by keyboard,
 * on a phone and in a screen reader. The same checks as the server (ballotProblem) run before sending.
 */
export function BallotForm({ vote, current, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState<ConsentChoice | null>(
    current?.kind === 'consent' ? current.choice : null,
  );
  const [reason, setReason] = useState(current?.kind === 'consent' ? (current.reason ?? '') : '');
  const [single, setSingle] = useState<string | null>(current?.kind === 'single' ? current.optionId : null);
  const [multiple, setMultiple] = useState<string[]>(current?.kind === 'multiple' ? current.optionIds : []);
  const [scores, setScores] = useState<Record<string, number>>(
    current?.kind === 'score' ? current.scores : {},
  );
  const [dots, setDots] = useState<Record<string, number>>(current?.kind === 'dots' ? current.dots : {});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const spent = Object.values(dots).reduce((a, b) => a + b, 0);
  const dotsLeft = (vote.dots ?? 0) - spent;

  const build = (): Ballot | null => {
    switch (vote.method) {
      case 'consent':
        return choice
          ? { kind: 'consent', choice, ...(reason.trim() ? { reason: reason.trim() } : {}) }
          : null;
      case 'single':
        return single ? { kind: 'single', optionId: single } : null;
      case 'multiple':
        return multiple.length ? { kind: 'multiple', optionIds: multiple } : null;
      case 'score':
        return { kind: 'score', scores };
      case 'dots':
        return { kind: 'dots', dots };
    }
  };

  const send = async (ballot: Ballot | null) => {
    setProblem(null);
    if (!ballot) return setProblem(t('votes.ballot.chooseFirst'));
    if (ballot.kind === 'consent' && ballot.choice === 'bezwaar' && !ballot.reason) {
      return setProblem(t('votes.ballot.reasonNeeded'));
    }
    const wrong = ballotProblem(ballot, vote);
    if (wrong) {
      if (ballot.kind === 'score') return setProblem(t('votes.ballot.scoreAll'));
      if (ballot.kind === 'dots') return setProblem(t('votes.ballot.placeDots'));
      return setProblem(wrong);
    }
    setBusy(true);
    try {
      await onSubmit(ballot);
    } catch (err) {
      setProblem(err instanceof Error ? err.message : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(build());
  };

  return (
    <form className="ballot" onSubmit={submit} noValidate>
      {vote.method === 'consent' && (
        <fieldset className="ballot__fieldset">
          <legend>{t('votes.ballot.consentLegend')}</legend>
          {CONSENT_CHOICES.map((c) => (
            <label key={c} className="ballot__choice">
              <input
                type="radio"
                name={`${id}-consent`}
                checked={choice === c}
                onChange={() => setChoice(c)}
              />
              <span>
                <strong>{t(`votes.consent.${c}`)}</strong>
                <span className="muted ballot__hint">{t(`votes.consent.${c}Hint`)}</span>
              </span>
            </label>
          ))}
          {choice === 'bezwaar' && (
            <div className="ballot__reason">
              <label htmlFor={`${id}-reason`}>{t('votes.ballot.reason')}</label>
              <textarea
                id={`${id}-reason`}
                className="utrecht-textarea"
                required
                maxLength={VOTE_LIMITS.reasonMax}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
          )}
        </fieldset>
      )}
      {vote.method === 'single' && (
        <fieldset className="ballot__fieldset">
          <legend>{t('votes.ballot.singleLegend')}</legend>
          {vote.options.map((o) => (
            <label key={o.id} className="ballot__choice">
              <input
                type="radio"
                name={`${id}-single`}
                checked={single === o.id}
                onChange={() => setSingle(o.id)}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </fieldset>
      )}
      {vote.method === 'multiple' && (
        <fieldset className="ballot__fieldset">
          <legend>{t('votes.ballot.multipleLegend', { count: vote.maxChoices ?? 1 })}</legend>
          {vote.options.map((o) => {
            const checked = multiple.includes(o.id);
            return (
              <label key={o.id} className="ballot__choice">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && multiple.length >= (vote.maxChoices ?? 1)}
                  onChange={() =>
                    setMultiple(checked ? multiple.filter((x) => x !== o.id) : [...multiple, o.id])
                  }
                />
                <span>{o.label}</span>
              </label>
            );
          })}
        </fieldset>
      )}
      {vote.method === 'score' &&
        vote.options.map((o) => (
          <fieldset key={o.id} className="ballot__fieldset ballot__score">
            <legend>{t('votes.ballot.scoreLegend', { option: o.label })}</legend>
            <div className="ballot__scale">
              {SCORES.map((n) => (
                <label key={n} className="ballot__step">
                  <input
                    type="radio"
                    name={`${id}-score-${o.id}`}
                    checked={scores[o.id] === n}
                    onChange={() => setScores({ ...scores, [o.id]: n })}
                  />
                  <span>{n}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      {vote.method === 'dots' && (
        <fieldset className="ballot__fieldset">
          <legend>{t('votes.ballot.dotsLegend', { count: vote.dots ?? 0 })}</legend>
          <p className="ballot__left" aria-live="polite">
            {t('votes.ballot.dotsLeft', { count: dotsLeft })}
          </p>
          {vote.options.map((o) => {
            const n = dots[o.id] ?? 0;
            return (
              <div key={o.id} className="ballot__dots">
                <span className="ballot__dots-label" id={`${id}-dl-${o.id}`}>
                  {o.label}
                </span>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action ballot__stepper"
                  aria-label={t('votes.ballot.dotLess', { option: o.label })}
                  disabled={n === 0}
                  onClick={() => setDots({ ...dots, [o.id]: n - 1 })}
                >
                  −
                </button>
                <output className="ballot__dots-count" aria-labelledby={`${id}-dl-${o.id}`}>
                  {n}
                </output>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action ballot__stepper"
                  aria-label={t('votes.ballot.dotMore', { option: o.label })}
                  disabled={dotsLeft <= 0}
                  onClick={() => setDots({ ...dots, [o.id]: n + 1 })}
                >
                  +
                </button>
              </div>
            );
          })}
        </fieldset>
      )}
      <div className="ballot__actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          {submitLabel}
        </button>
        {vote.method !== 'consent' && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            disabled={busy}
            onClick={() => void send({ kind: 'abstain' })}
          >
            {t('votes.ballot.abstain')}
          </button>
        )}
      </div>
      <div role="alert">{problem && <p className="form-error">{problem}</p>}</div>
    </form>
  );
}
