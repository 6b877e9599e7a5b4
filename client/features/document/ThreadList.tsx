import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/permissions';
import { COMMENT_LIMITS, type Thread, todayInNetherlands } from '../../../shared/schemas/comment';
import { type MemberRole, roleGroup } from '../../../shared/schemas/member';
import { api } from '../../api/client';

const today = () => todayInNetherlands();

/** The comment threads of one section: open ones first, each with replies and a way to resolve. */
export function ThreadList({
  threads,
  documentId,
  role,
}: {
  threads: Thread[];
  documentId: string;
  role: MemberRole;
}) {
  const { t } = useTranslation();
  const [showResolved, setShowResolved] = useState(false);
  const open = threads.filter((th) => !th.resolved);
  const resolved = threads.filter((th) => th.resolved);
  if (threads.length === 0) return null;
  return (
    <div className="threads">
      <h3 className="threads__title">{t('comments.title', { count: open.length })}</h3>
      <ul className="threads__list">
        {open.map((th) => (
          <ThreadItem key={th.id} thread={th} documentId={documentId} role={role} />
        ))}
      </ul>
      {resolved.length > 0 && (
        <>
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            aria-expanded={showResolved}
            onClick={() => setShowResolved(!showResolved)}
          >
            {t('comments.resolvedToggle', { count: resolved.length })}
          </button>
          {showResolved && (
            <ul className="threads__list">
              {resolved.map((th) => (
                <ThreadItem key={th.id} thread={th} documentId={documentId} role={role} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function ThreadItem({ thread, documentId, role }: { thread: Thread; documentId: string; role: MemberRole }) {
  const { t, i18n } = useTranslation();
  const [reply, setReply] = useState('');
  const replyId = useId();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const overdue = thread.questionDue !== null && !thread.resolved && thread.questionDue < today();
  const params = { documentId, threadId: thread.id };
  const send = async (e: FormEvent) => {
    e.preventDefault();
    await api('replyToThread', { params, body: { body: reply } });
    setReply('');
  };
  return (
    <li className={`thread${thread.resolved ? ' thread--resolved' : ''}`} data-thread={thread.id}>
      {thread.questionDue && (
        <p className={`thread__question${overdue ? ' thread__question--overdue' : ''}`}>
          {t('comments.question', { date: date.format(new Date(thread.questionDue)) })}
          {overdue && <strong> · {t('comments.overdue')}</strong>}
        </p>
      )}
      {thread.anchor?.quote && <blockquote className="comment-quote">“{thread.anchor.quote}”</blockquote>}
      <ol className="thread__comments">
        {thread.comments.map((c) => (
          <li key={c.id} className="thread__comment">
            <span className={`chip chip--${c.author.role ? roleGroup(c.author.role) : 'observers'}`}>
              {c.author.name}
              {c.author.role && ` · ${t(`roles.${c.author.role}`)}`}
            </span>{' '}
            <span className="muted">{date.format(new Date(c.createdAt))}</span>
            <p className="thread__body">{c.body}</p>
          </li>
        ))}
      </ol>
      {can(role, 'comment.create') && !thread.resolved && (
        <form className="form-row" onSubmit={(e) => void send(e)}>
          <div className="form-row__field">
            <label htmlFor={replyId} className="utrecht-form-label">
              {t('comments.reply')}
            </label>
            <input
              id={replyId}
              className="utrecht-textbox utrecht-textbox--html-input"
              required
              maxLength={COMMENT_LIMITS.bodyMax}
              value={reply}
              onChange={(e) => setReply(e.target.value)}
            />
          </div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t('comments.send')}
          </button>
        </form>
      )}
      {can(role, 'comment.resolve') && (
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle"
          onClick={() => void api('updateThread', { params, body: { resolved: !thread.resolved } })}
        >
          {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
        </button>
      )}
    </li>
  );
}
