import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_CHOICES, VOTE_LIMITS, type VoteOption } from '../../../shared/schemas/vote';
import type { BallotOf, MethodBallot, VoteMethod } from '../../../shared/voting/methods';
import type { VoteView } from '../../../shared/voting/voteView';

/**
 * The ballot of each vote method on screen, one entry per method (the compiler lists a missing one):
 * the input (native radios, checkboxes and steppers, so it works by keyboard, on a phone and in a
 * screen reader), where the form starts, what it checks before the server does, and how a cast
 * ballot reads in the list of open ballots. Everything else about a method is in shared/voting/methods.ts.
 */

export interface BallotInputProps<B> {
  vote: Pick<VoteView, 'options' | 'maxChoices' | 'dots'>;
  /** The ballot so far (null: nothing chosen yet). */
  ballot: B | null;
  onChange: (ballot: B | null) => void;
  /** Unique per form, for radio groups and labels. */
  name: string;
}

/** Hooks are methods so that one entry's narrower ballot fits the table's type. */
interface BallotInput<B> {
  /** Where the form starts: the ballot cast before, or nothing chosen. */
  start(current: B | null): B | null;
  Input(props: BallotInputProps<B>): ReactNode;
  /** The ballot as sent (a reason trimmed, say). */
  finish(ballot: B): B;
  /** A catalogue key for what the server would refuse and the form can say better, or null. */
  missing(ballot: B): string | null;
  /** The catalogue key that explains a ballot ballotProblem refuses (default: its own message). */
  invalidKey: string | null;
  /** What a cast ballot said, in words. */
  describe(ballot: B, label: (optionId: string) => string, t: TFunction): string;
}

const same = <B,>(b: B) => b;

function ConsentInput({ ballot, onChange, name }: BallotInputProps<BallotOf<'consent'>>) {
  const { t } = useTranslation();
  return (
    <fieldset className="ballot__fieldset">
      <legend>{t('votes.ballot.consentLegend')}</legend>
      {CONSENT_CHOICES.map((c) => (
        <label key={c} className="ballot__choice">
          <input
            type="radio"
            name={`${name}-consent`}
            checked={ballot?.choice === c}
            onChange={() => onChange({ kind: 'consent', choice: c, reason: ballot?.reason ?? '' })}
          />
          <span>
            <strong>{t(`votes.consent.${c}`)}</strong>
            <span className="muted ballot__hint">{t(`votes.consent.${c}Hint`)}</span>
          </span>
        </label>
      ))}
      {ballot?.choice === 'bezwaar' && (
        <div className="ballot__reason">
          <label htmlFor={`${name}-reason`}>{t('votes.ballot.reason')}</label>
          <textarea
            id={`${name}-reason`}
            className="utrecht-textarea"
            required
            maxLength={VOTE_LIMITS.reasonMax}
            value={ballot.reason ?? ''}
            onChange={(e) => onChange({ ...ballot, reason: e.target.value })}
          />
        </div>
      )}
    </fieldset>
  );
}

function SingleInput({ vote, ballot, onChange, name }: BallotInputProps<BallotOf<'single'>>) {
  const { t } = useTranslation();
  return (
    <fieldset className="ballot__fieldset">
      <legend>{t('votes.ballot.singleLegend')}</legend>
      {vote.options.map((o) => (
        <label key={o.id} className="ballot__choice">
          <input
            type="radio"
            name={`${name}-single`}
            checked={ballot?.optionId === o.id}
            onChange={() => onChange({ kind: 'single', optionId: o.id })}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function MultipleInput({ vote, ballot, onChange }: BallotInputProps<BallotOf<'multiple'>>) {
  const { t } = useTranslation();
  const chosen = ballot?.optionIds ?? [];
  const max = vote.maxChoices ?? 1;
  const toggle = (id: string) => {
    const next = chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id];
    onChange(next.length > 0 ? { kind: 'multiple', optionIds: next } : null);
  };
  return (
    <fieldset className="ballot__fieldset">
      <legend>{t('votes.ballot.multipleLegend', { count: max })}</legend>
      {vote.options.map((o) => (
        <label key={o.id} className="ballot__choice">
          <input
            type="checkbox"
            checked={chosen.includes(o.id)}
            disabled={!chosen.includes(o.id) && chosen.length >= max}
            onChange={() => toggle(o.id)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

const SCORES = Array.from({ length: VOTE_LIMITS.scoreMax + 1 }, (_, n) => n);

function ScoreInput({ vote, ballot, onChange, name }: BallotInputProps<BallotOf<'score'>>) {
  const { t } = useTranslation();
  const scores = ballot?.scores ?? {};
  return vote.options.map((o) => (
    <fieldset key={o.id} className="ballot__fieldset ballot__score">
      <legend>{t('votes.ballot.scoreLegend', { option: o.label })}</legend>
      <div className="ballot__scale">
        {SCORES.map((n) => (
          <label key={n} className="ballot__step">
            <input
              type="radio"
              name={`${name}-score-${o.id}`}
              checked={scores[o.id] === n}
              onChange={() => onChange({ kind: 'score', scores: { ...scores, [o.id]: n } })}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
    </fieldset>
  ));
}

function DotsInput({ vote, ballot, onChange, name }: BallotInputProps<BallotOf<'dots'>>) {
  const { t } = useTranslation();
  const dots = ballot?.dots ?? {};
  const left = (vote.dots ?? 0) - Object.values(dots).reduce((a, b) => a + b, 0);
  const stepper = (o: VoteOption, n: number, step: 1 | -1) => (
    <button
      type="button"
      className="utrecht-button utrecht-button--secondary-action ballot__stepper"
      aria-label={t(step > 0 ? 'votes.ballot.dotMore' : 'votes.ballot.dotLess', { option: o.label })}
      disabled={step > 0 ? left <= 0 : n === 0}
      onClick={() => onChange({ kind: 'dots', dots: { ...dots, [o.id]: n + step } })}
    >
      {step > 0 ? '+' : '−'}
    </button>
  );
  return (
    <fieldset className="ballot__fieldset">
      <legend>{t('votes.ballot.dotsLegend', { count: vote.dots ?? 0 })}</legend>
      <p className="ballot__left" aria-live="polite">
        {t('votes.ballot.dotsLeft', { count: left })}
      </p>
      {vote.options.map((o) => {
        const n = dots[o.id] ?? 0;
        return (
          <div key={o.id} className="ballot__dots">
            <span className="ballot__dots-label" id={`${name}-dl-${o.id}`}>
              {o.label}
            </span>
            {stepper(o, n, -1)}
            <output className="ballot__dots-count" aria-labelledby={`${name}-dl-${o.id}`}>
              {n}
            </output>
            {stepper(o, n, 1)}
          </div>
        );
      })}
    </fieldset>
  );
}

/** "label: n · label: n" for the options a ballot gave something. */
const perOption = (values: Record<string, number>, label: (id: string) => string) =>
  Object.entries(values)
    .map(([id, n]) => `${label(id)}: ${n}`)
    .join(' · ');

export const BALLOT_INPUTS = {
  consent: {
    start: same,
    Input: ConsentInput,
    finish: ({ reason, ...b }) => ({ ...b, ...(reason?.trim() ? { reason: reason.trim() } : {}) }),
    missing: (b) => (b.choice === 'bezwaar' && !b.reason ? 'votes.ballot.reasonNeeded' : null),
    invalidKey: null,
    describe: (b, _label, t) =>
      b.reason ? `${t(`votes.consent.${b.choice}`)}: ${b.reason}` : t(`votes.consent.${b.choice}`),
  },
  single: {
    start: same,
    Input: SingleInput,
    finish: same,
    missing: () => null,
    invalidKey: null,
    describe: (b, label) => label(b.optionId),
  },
  multiple: {
    start: same,
    Input: MultipleInput,
    finish: same,
    missing: () => null,
    invalidKey: null,
    describe: (b, label) => b.optionIds.map(label).join(', '),
  },
  score: {
    // Every option needs a score, so there is always a ballot to fill in.
    start: (current) => current ?? { kind: 'score', scores: {} },
    Input: ScoreInput,
    finish: same,
    missing: () => null,
    invalidKey: 'votes.ballot.scoreAll',
    describe: (b, label) => perOption(b.scores, label),
  },
  dots: {
    start: (current) => current ?? { kind: 'dots', dots: {} },
    Input: DotsInput,
    finish: same,
    missing: () => null,
    invalidKey: 'votes.ballot.placeDots',
    describe: (b, label) =>
      perOption(Object.fromEntries(Object.entries(b.dots).filter(([, n]) => n > 0)), label),
  },
} satisfies { [M in VoteMethod]: BallotInput<BallotOf<M>> };

/**
 * The entry for a method. TypeScript cannot relate a method to its entry's ballot (see specOfBallot in
 * shared/voting/methods.ts), so callers pass it only ballots of that method.
 */
export const ballotInput = (method: VoteMethod): BallotInput<MethodBallot> =>
  BALLOT_INPUTS[method] as BallotInput<MethodBallot>;
