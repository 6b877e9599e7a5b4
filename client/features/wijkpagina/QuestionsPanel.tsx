import { FormLabel, Heading2, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/wijkpagina/question';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useResource } from '../../api/useResource';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';

function QuestionItem({
  werkgroepId,
  q,
  onChange,
}: {
  werkgroepId: string;
  q: Question;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [answer, setAnswer] = useState(q.answer ?? '');
  const [published, setPublished] = useState(q.published);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  const save = useAction(async () => {
    await api('answerWijkQuestion', {
      params: { werkgroepId, questionId: q.id },
      body: { answer, published },
    });
    onChange();
  });
  const remove = useAction(async () => {
    await api('deleteWijkQuestion', { params: { werkgroepId, questionId: q.id } });
    onChange();
  });
  return (
    <li className="panel wijkpagina-question">
      <p className="muted">
        {t('wijkpagina.settings.askedOn', { date: date.format(new Date(q.askedAt)) })} ·{' '}
        {q.name ? t('wijkpagina.settings.from', { name: q.name }) : t('wijkpagina.settings.anonymous')} ·{' '}
        {q.published ? t('wijkpagina.settings.onPage') : t('wijkpagina.settings.notOnPage')}
      </p>
      <p className="wijkpagina-question__text">{q.text}</p>
      {q.contact && <p>{t('wijkpagina.settings.contact', { contact: q.contact })}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save.run();
        }}
      >
        <div className="wijkpagina-answer">
          <FormLabel htmlFor={`${id}-answer`}>{t('wijkpagina.settings.answer')}</FormLabel>
          <Textarea id={`${id}-answer`} value={answer} rows={3} onChange={(e) => setAnswer(e.target.value)} />
        </div>
        <p className="wijkpagina-check">
          <input
            id={`${id}-publish`}
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={published}
            onChange={(e) => setPublished(e.target.checked)}
          />
          <FormLabel htmlFor={`${id}-publish`} type="checkbox">
            {t('wijkpagina.settings.publish')}
          </FormLabel>
        </p>
        <p className="wijkpagina-actions">
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            disabled={save.pending || answer.trim() === ''}
          >
            {t('wijkpagina.settings.sendAnswer')}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            disabled={remove.pending}
            onClick={() => void remove.run()}
          >
            {t('wijkpagina.settings.delete')}
          </button>
        </p>
        {(save.error ?? remove.error) && <p role="alert">{save.error ?? remove.error}</p>}
      </form>
    </li>
  );
}

/** The "vragen aan de werkgroep": newest first; answer, publish, or remove. */
export function QuestionsPanel({ werkgroepId }: { werkgroepId: string }) {
  const { t } = useTranslation();
  const questions = useResource(`wijkpagina-vragen:${werkgroepId}`, () =>
    api('listWijkQuestions', { params: { werkgroepId } }),
  );
  return (
    <section aria-labelledby="wijkpagina-vragen">
      <Heading2 id="wijkpagina-vragen">{t('wijkpagina.settings.questions')}</Heading2>
      {questions.state === 'loading' && <Loading />}
      {questions.state === 'error' && <ErrorState error={questions.error} onRetry={questions.reload} />}
      {questions.state === 'ready' && questions.data.length === 0 && (
        <Paragraph>{t('wijkpagina.settings.noQuestions')}</Paragraph>
      )}
      <ul className="wijkpagina-questions">
        {questions.data?.map((q) => (
          <QuestionItem
            key={`${q.id}:${q.answeredAt ?? 0}`}
            werkgroepId={werkgroepId}
            q={q}
            onChange={questions.reload}
          />
        ))}
      </ul>
    </section>
  );
}
