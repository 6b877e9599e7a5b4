import './votes.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { can } from '../../../shared/permissions';
import {
  COUNTING_RULES,
  type CountingRule,
  createVoteSchema,
  VOTE_LIMITS,
  VOTE_METHODS,
  type VoteMethod,
} from '../../../shared/schemas/vote';
import type { VoteView } from '../../../shared/voting/voteView';
import { api } from '../../api/client';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';

/**
 * The facilitator prepares a vote (saved as a draft, opened from its page), or changes a draft
 * (`draft`): until it opens, nobody has voted on it yet.
 */
export function NewVotePage({ draft }: { draft?: VoteView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const { detail } = useWerkgroep();
  const werkgroepId = detail.werkgroep.id;
  const [question, setQuestion] = useState(draft?.question ?? '');
  const [explanation, setExplanation] = useState(draft?.explanation ?? '');
  const [method, setMethod] = useState<VoteMethod>(draft?.method ?? 'single');
  const [rule, setRule] = useState<CountingRule>(draft?.rule ?? 'gelijk_gewicht');
  const [options, setOptions] = useState<string[]>(
    draft && draft.options.length > 0 ? draft.options.map((o) => o.label) : ['', ''],
  );
  const [maxChoices, setMaxChoices] = useState(draft?.maxChoices ?? 2);
  const [dots, setDots] = useState(draft?.dots ?? 3);
  const [partnersAdvise, setPartnersAdvise] = useState(draft?.partnersAdvise ?? false);
  const [quorum, setQuorum] = useState(draft?.quorum ?? { bewoners: 0, ambtenaren: 0 });
  const [secret, setSecret] = useState(draft?.secret ?? false);
  const [results, setResults] = useState<'live' | 'after_close'>(draft?.results ?? 'live');
  const [errors, setErrors] = useState<string[]>([]);

  if (!can(detail.me.role, 'vote.manage')) {
    return (
      <div className="page page--narrow">
        <Heading1>{t('votes.form.title')}</Heading1>
        <Paragraph>{t('votes.onlyFacilitator')}</Paragraph>
      </div>
    );
  }

  const chooseMethod = (m: VoteMethod) => {
    setMethod(m);
    if (m === 'consent') setRule('consent');
    else if (rule === 'consent') setRule('gelijk_gewicht');
  };
  const body = {
    question,
    explanation,
    options: method === 'consent' ? [] : options.map((o) => o.trim()).filter(Boolean),
    method,
    rule,
    maxChoices: method === 'multiple' ? maxChoices : null,
    dots: method === 'dots' ? dots : null,
    partnersAdvise,
    quorum,
    secret,
    results: secret ? ('after_close' as const) : results,
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = createVoteSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(parsed.error.issues.map((i) => t(`votes.form.problems.${String(i.path[0] ?? 'question')}`)));
      return;
    }
    setErrors([]);
    try {
      const vote = draft
        ? await api('updateVote', { params: { werkgroepId, voteId: draft.id }, body })
        : await api('createVote', { params: { werkgroepId }, body });
      void navigate(`/w/${werkgroepId}/stemmingen/${vote.id}`);
    } catch (err) {
      setErrors([err instanceof Error ? err.message : t('errors.generic')]);
    }
  };
  const rules = COUNTING_RULES.filter((r) => (method === 'consent') === (r === 'consent'));

  return (
    <div className="page page--narrow">
      <p>
        <Link to={`/w/${werkgroepId}/stemmingen`} className="utrecht-link">
          {t('votes.back')}
        </Link>
      </p>
      <Heading1>{t(draft ? 'votes.form.editTitle' : 'votes.form.title')}</Heading1>
      <Paragraph appearance="lead">{t(draft ? 'votes.form.editIntro' : 'votes.form.intro')}</Paragraph>
      <form className="vote-form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={`${id}-q`}>{t('votes.form.question')}</label>
        <input
          id={`${id}-q`}
          className="utrecht-textbox utrecht-textbox--html-input"
          required
          maxLength={VOTE_LIMITS.questionMax}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
        />
        <label htmlFor={`${id}-e`}>{t('votes.form.explanation')}</label>
        <textarea
          id={`${id}-e`}
          className="utrecht-textarea"
          maxLength={VOTE_LIMITS.explanationMax}
          value={explanation}
          onChange={(e) => setExplanation(e.target.value)}
        />
        <fieldset className="vote-form__fieldset">
          <legend>{t('votes.form.method')}</legend>
          {VOTE_METHODS.map((m) => (
            <label key={m} className="ballot__choice">
              <input type="radio" name={`${id}-m`} checked={method === m} onChange={() => chooseMethod(m)} />
              <span>
                <strong>{t(`votes.methods.${m}.label`)}</strong>
                <span className="muted ballot__hint">{t(`votes.methods.${m}.explain`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {method !== 'consent' && (
          <fieldset className="vote-form__fieldset">
            <legend>{t('votes.form.options')}</legend>
            {options.map((o, i) => (
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
                  onChange={(e) => setOptions(options.map((x, j) => (j === i ? e.target.value : x)))}
                />
                {options.length > VOTE_LIMITS.optionsMin && (
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action"
                    aria-label={t('votes.form.removeOption', { n: i + 1 })}
                    onClick={() => setOptions(options.filter((_, j) => j !== i))}
                  >
                    ✕
                  </button>
                )}
              </div>
            ))}
            {options.length < VOTE_LIMITS.optionsMax && (
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => setOptions([...options, ''])}
              >
                {t('votes.form.addOption')}
              </button>
            )}
          </fieldset>
        )}
        {method === 'multiple' && (
          <>
            <label htmlFor={`${id}-max`}>{t('votes.form.maxChoices')}</label>
            <input
              id={`${id}-max`}
              type="number"
              className="utrecht-textbox utrecht-textbox--html-input vote-form__number"
              min={1}
              max={Math.max(1, options.length)}
              value={maxChoices}
              onChange={(e) => setMaxChoices(Number(e.target.value))}
            />
          </>
        )}
        {method === 'dots' && (
          <>
            <label htmlFor={`${id}-dots`}>{t('votes.form.dots')}</label>
            <input
              id={`${id}-dots`}
              type="number"
              className="utrecht-textbox utrecht-textbox--html-input vote-form__number"
              min={1}
              max={VOTE_LIMITS.dotsMax}
              value={dots}
              onChange={(e) => setDots(Number(e.target.value))}
            />
          </>
        )}
        <fieldset className="vote-form__fieldset">
          <legend>{t('votes.form.rule')}</legend>
          {rules.map((r) => (
            <label key={r} className="ballot__choice">
              <input type="radio" name={`${id}-r`} checked={rule === r} onChange={() => setRule(r)} />
              <span>
                <strong>{t(`votes.rules.${r}.name`)}</strong>
                <span className="muted ballot__hint">{t(`votes.rules.${r}.explain`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="vote-form__fieldset">
          <legend>{t('votes.form.quorum')}</legend>
          <p className="muted">{t('votes.form.quorumHint')}</p>
          {(['bewoners', 'ambtenaren'] as const).map((g) => (
            <div key={g} className="vote-form__inline">
              <label htmlFor={`${id}-q-${g}`}>{t(`groups.${g}`)}</label>
              <input
                id={`${id}-q-${g}`}
                type="number"
                className="utrecht-textbox utrecht-textbox--html-input vote-form__number"
                min={0}
                max={VOTE_LIMITS.quorumMax}
                value={quorum[g]}
                onChange={(e) => setQuorum({ ...quorum, [g]: Number(e.target.value) })}
              />
            </div>
          ))}
        </fieldset>
        <fieldset className="vote-form__fieldset">
          <legend>{t('votes.form.more')}</legend>
          <label className="ballot__choice">
            <input
              type="checkbox"
              checked={partnersAdvise}
              onChange={(e) => setPartnersAdvise(e.target.checked)}
            />
            <span>{t('votes.form.partners')}</span>
          </label>
          <label className="ballot__choice">
            <input type="checkbox" checked={secret} onChange={(e) => setSecret(e.target.checked)} />
            <span>
              {t('votes.form.secret')}
              <span className="muted ballot__hint">{t('votes.form.secretHint')}</span>
            </span>
          </label>
          <label className="ballot__choice">
            <input
              type="checkbox"
              checked={!secret && results === 'live'}
              disabled={secret}
              onChange={(e) => setResults(e.target.checked ? 'live' : 'after_close')}
            />
            <span>{t('votes.form.live')}</span>
          </label>
        </fieldset>
        <div role="alert">
          {errors.length > 0 && (
            <ul className="form-error">
              {[...new Set(errors)].map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t(draft ? 'votes.form.saveChanges' : 'votes.form.submit')}
        </button>
      </form>
    </div>
  );
}
