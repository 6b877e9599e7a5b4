import './votes.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useId, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { can } from '../../../shared/permissions';
import type { VoteView } from '../../../shared/voting/voteView';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import {
  MethodField,
  MethodNumbers,
  MoreFields,
  OptionsField,
  QuestionFields,
  QuorumField,
  RuleField,
} from './VoteFormFields';
import { formProblems, initialVoteForm, voteBody, voteFormReducer } from './voteForm';

/**
 * The facilitator prepares a vote (saved as a draft, opened from its page), or changes a draft
 * (`draft`): until it opens, nobody has voted on it yet.
 */
export function NewVotePage({ draft }: { draft?: VoteView }) {
  const { t } = useTranslation();
  const { detail } = useWerkgroep();
  if (!can(detail.me.role, 'vote.manage')) {
    return (
      <div className="page page--narrow">
        <Heading1>{t('votes.form.title')}</Heading1>
        <Paragraph>{t('votes.onlyFacilitator')}</Paragraph>
      </div>
    );
  }
  return <VoteForm werkgroepId={detail.werkgroep.id} draft={draft} />;
}

function VoteForm({ werkgroepId, draft }: { werkgroepId: string; draft: VoteView | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [form, dispatch] = useReducer(voteFormReducer, draft, initialVoteForm);
  // Problems found in the form before sending; the server's refusal is save's error.
  const [problems, setProblems] = useState<string[]>([]);
  const fields = { form, dispatch, id };
  const save = useAction(async (body: ReturnType<typeof voteBody>) => {
    const vote = draft
      ? await api('updateVote', { params: { werkgroepId, voteId: draft.id }, body })
      : await api('createVote', { params: { werkgroepId }, body });
    void navigate(`/w/${werkgroepId}/stemmingen/${vote.id}`);
  });
  const errors = save.error ? [...problems, save.error] : problems;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = voteBody(form);
    const found = formProblems(body);
    setProblems(found.map((p) => t(`votes.form.problems.${p}`)));
    save.reset();
    if (found.length === 0) await save.run(body);
  };

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
        <QuestionFields {...fields} />
        <MethodField {...fields} />
        <OptionsField {...fields} />
        <MethodNumbers {...fields} />
        <RuleField {...fields} />
        <QuorumField {...fields} />
        <MoreFields {...fields} />
        <div role="alert">
          {errors.length > 0 && (
            <ul className="form-error">
              {[...new Set(errors)].map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
        </div>
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={save.pending}
        >
          {t(draft ? 'votes.form.saveChanges' : 'votes.form.submit')}
        </button>
      </form>
    </div>
  );
}
