import './boards.css';
import { FormLabel, Heading1, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { can } from '../../../shared/permissions';
import { BOARD_LIMITS, BOARD_TEMPLATES, type Board, type BoardTemplate } from '../../../shared/schemas/board';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useResource } from '../../api/useResource';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { BoardIcon } from './icons';
import { useLiveBoards } from './useLiveBoards';

/** The werkgroep's boards (live: a new board, lock or silent round shows up without reloading). */
export function BoardsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { detail, room } = useWerkgroep();
  const werkgroepId = detail.werkgroep.id;
  const listed = useResource(`boards:${werkgroepId}`, () => api('listBoards', { params: { werkgroepId } }));
  const live = useLiveBoards(room);
  // Live entries win; the API list covers the moment before the room has synced.
  const byId = new Map<string, Board>((listed.data ?? []).map((b) => [b.id, b]));
  for (const b of live) byId.set(b.id, b);
  const boards = [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });

  const ids = { title: useId(), template: useId() };
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<BoardTemplate>('blank');
  const make = useAction(async () => {
    const board = await api('createBoard', { params: { werkgroepId }, body: { title, template } });
    void navigate(`/w/${werkgroepId}/borden/${board.id}`);
  });
  const create = (e: FormEvent) => {
    e.preventDefault();
    void make.run();
  };

  return (
    <div className="page page--narrow">
      <Heading1>{t('boards.title')}</Heading1>
      <Paragraph appearance="lead">{t('boards.intro')}</Paragraph>
      {listed.state === 'loading' && live.length === 0 && <Loading />}
      {listed.state === 'error' && live.length === 0 && (
        <ErrorState error={listed.error} onRetry={listed.reload} />
      )}
      {listed.state === 'ready' && boards.length === 0 && <Paragraph>{t('boards.none')}</Paragraph>}
      {boards.length > 0 && (
        <ul className="card-list">
          {boards.map((b) => (
            <li key={b.id} className="card-list__item">
              <Link to={`/w/${werkgroepId}/borden/${b.id}`} className="utrecht-link card-list__link">
                {b.title}
              </Link>
              <span className="muted">
                {t(`boards.templates.${b.template}`)} ·{' '}
                {t('boards.created', { date: date.format(new Date(b.createdAt)) })}
              </span>
              {(b.locked || b.silent) && (
                <span className="board-flags">
                  {b.locked && (
                    <span className="board-flag">
                      <BoardIcon name="lock" size={16} /> {t('boards.flags.locked')}
                    </span>
                  )}
                  {b.silent && (
                    <span className="board-flag">
                      <BoardIcon name="eyeOff" size={16} /> {t('boards.flags.silent')}
                    </span>
                  )}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {can(detail.me.role, 'board.create') && (
        <section aria-labelledby={`${ids.title}-h`}>
          <h2 className="utrecht-heading-2" id={`${ids.title}-h`}>
            {t('boards.newHeading')}
          </h2>
          <form className="form-row" onSubmit={create}>
            <div className="form-row__field">
              <FormLabel htmlFor={ids.title}>{t('boards.newTitle')}</FormLabel>
              <Textbox
                id={ids.title}
                value={title}
                required
                maxLength={BOARD_LIMITS.titleMax}
                onChange={(e) => setTitle(e.target.value)}
              />
            </div>
            <div className="form-row__field">
              <FormLabel htmlFor={ids.template}>{t('boards.template')}</FormLabel>
              <select
                id={ids.template}
                className="utrecht-select utrecht-select--html-select"
                value={template}
                onChange={(e) => setTemplate(e.target.value as BoardTemplate)}
              >
                {BOARD_TEMPLATES.map((k) => (
                  <option key={k} value={k}>
                    {t(`boards.templates.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t('boards.create')}
            </button>
          </form>
          <div role="status">{make.error && <Paragraph className="form-error">{make.error}</Paragraph>}</div>
        </section>
      )}
    </div>
  );
}
