import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { PARITY_GROUPS, VOTE_LIMITS, VOTE_METHODS } from '../../../shared/schemas/vote';
import { methodOf } from '../../../shared/voting/methods';
import { rulesFor, type VoteFormAction, type VoteFormState } from './voteForm';

/** The parts of the vote form; each shows a piece of the form's state and dispatches its changes. */
interface FieldProps {
  form: VoteFormState;
  dispatch: Dispatch<VoteFormAction>;
  /** The form's id, for labels. */
  id: string;
}

export function QuestionFields({ form, dispatch, id }: FieldProps) {
  const { t } = useTranslation();
  return (
    <>
      <label htmlFor={`${id}-q`}>{t('votes.form.question')}</label>
      <input
        id={`${id}-q`}
        className="utrecht-textbox utrecht-textbox--html-input"
        required
        maxLength={VOTE_LIMITS.questionMax}
        value={form.question}
        onChange={(e) => dispatch({ type: 'set', field: 'question', value: e.target.value })}
      />
      <label htmlFor={`${id}-e`}>{t('votes.form.explanation')}</label>
      <textarea
        id={`${id}-e`}
        className="utrecht-textarea"
        maxLength={VOTE_LIMITS.explanationMax}
        value={form.explanation}
        onChange={(e) => dispatch({ type: 'set', field: 'explanation', value: e.target.value })}
      />
    </>
  );
}

export function MethodField({ form, dispatch, id }: FieldProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="vote-form__fieldset">
      <legend>{t('votes.form.method')}</legend>
      {VOTE_METHODS.map((m) => (
        <label key={m} className="ballot__choice">
          <input
            type="radio"
            name={`${id}-m`}
            checked={form.method === m}
            onChange={() => dispatch({ type: 'method', method: m })}
          />
          <span>
            <strong>{t(`votes.methods.${m}.label`)}</strong>
            <span className="muted ballot__hint">{t(`votes.methods.${m}.explain`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function OptionsField({ form, dispatch, id }: FieldProps) {
  const { t } = useTranslation();
  if (!methodOf(form.method).options) return null;
  return (
    <fieldset className="vote-form__fieldset">
      <legend>{t('votes.form.options')}</legend>
      {form.options.map((o, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the inputs are the list; position is their identity.
        <div key={i} className="vote-form__option">
          <label htmlFor={`${id}-o${i}`} className="visually-hidden">
            {t('votes.form.optionN', { n: i + 1 })}
          </label>
          <input
            id={`${id}-o${i}`}
            className="utrecht-textbox utrecht-textbox--html-input"
            placeholder={t('votes.form.optionN', { n: i + 1 })}
            maxLength={VOTE_LIMITS.optionLabelMax}
            value={o}
            onChange={(e) => dispatch({ type: 'option', index: i, label: e.target.value })}
          />
          {form.options.length > VOTE_LIMITS.optionsMin && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              aria-label={t('votes.form.removeOption', { n: i + 1 })}
              onClick={() => dispatch({ type: 'removeOption', index: i })}
            >
              ✕
            </button>
          )}
        </div>
      ))}
      {form.options.length < VOTE_LIMITS.optionsMax && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => dispatch({ type: 'addOption' })}
        >
          {t('votes.form.addOption')}
        </button>
      )}
    </fieldset>
  );
}

/** The numbers a method takes: how many choices (multiple), how many dots (dots). */
export function MethodNumbers({ form, dispatch, id }: FieldProps) {
  const { t } = useTranslation();
  const method = methodOf(form.method);
  const number = (field: 'maxChoices' | 'dots', max: number) => (
    <>
      <label htmlFor={`${id}-${field === 'dots' ? 'dots' : 'max'}`}>{t(`votes.form.${field}`)}</label>
      <input
        id={`${id}-${field === 'dots' ? 'dots' : 'max'}`}
        type="number"
        className="utrecht-textbox utrecht-textbox--html-input vote-form__number"
        min={1}
        max={max}
        value={form[field]}
        onChange={(e) => dispatch({ type: 'set', field, value: Number(e.target.value) })}
      />
    </>
  );
  return (
    <>
      {method.maxChoices && number('maxChoices', Math.max(1, form.options.length))}
      {method.dots && number('dots', VOTE_LIMITS.dotsMax)}
    </>
  );
}

export function RuleField({ form, dispatch, id }: FieldProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="vote-form__fieldset">
      <legend>{t('votes.form.rule')}</legend>
      {rulesFor(form.method).map((r) => (
        <label key={r} className="ballot__choice">
          <input
            type="radio"
            name={`${id}-r`}
            checked={form.rule === r}
            onChange={() => dispatch({ type: 'set', field: 'rule', value: r })}
          />
          <span>
            <strong>{t(`votes.rules.${r}.name`)}</strong>
            <span className="muted ballot__hint">{t(`votes.rules.${r}.explain`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function QuorumField({ form, dispatch, id }: FieldProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="vote-form__fieldset">
      <legend>{t('votes.form.quorum')}</legend>
      <p className="muted">{t('votes.form.quorumHint')}</p>
      {PARITY_GROUPS.map((g) => (
        <div key={g} className="vote-form__inline">
          <label htmlFor={`${id}-q-${g}`}>{t(`groups.${g}`)}</label>
          <input
            id={`${id}-q-${g}`}
            type="number"
            className="utrecht-textbox utrecht-textbox--html-input vote-form__number"
            min={0}
            max={VOTE_LIMITS.quorumMax}
            value={form.quorum[g]}
            onChange={(e) =>
              dispatch({
                type: 'set',
                field: 'quorum',
                value: { ...form.quorum, [g]: Number(e.target.value) },
              })
            }
          />
        </div>
      ))}
    </fieldset>
  );
}

/** Partners advising, secrecy, and whether results show while the vote is open. */
export function MoreFields({ form, dispatch }: Omit<FieldProps, 'id'>) {
  const { t } = useTranslation();
  return (
    <fieldset className="vote-form__fieldset">
      <legend>{t('votes.form.more')}</legend>
      <label className="ballot__choice">
        <input
          type="checkbox"
          checked={form.partnersAdvise}
          onChange={(e) => dispatch({ type: 'set', field: 'partnersAdvise', value: e.target.checked })}
        />
        <span>{t('votes.form.partners')}</span>
      </label>
      <label className="ballot__choice">
        <input
          type="checkbox"
          checked={form.secret}
          onChange={(e) => dispatch({ type: 'set', field: 'secret', value: e.target.checked })}
        />
        <span>
          {t('votes.form.secret')}
          <span className="muted ballot__hint">{t('votes.form.secretHint')}</span>
        </span>
      </label>
      <label className="ballot__choice">
        <input
          type="checkbox"
          checked={!form.secret && form.results === 'live'}
          disabled={form.secret}
          onChange={(e) =>
            dispatch({ type: 'set', field: 'results', value: e.target.checked ? 'live' : 'after_close' })
          }
        />
        <span>{t('votes.form.live')}</span>
      </label>
    </fieldset>
  );
}
