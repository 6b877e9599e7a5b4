import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Board } from '../../../shared/schemas/board';
import type { Frame, Note } from '../../../shared/sync/boardDoc';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useResource } from '../../api/useResource';

/**
 * From board to document: a frame (its notes become a list) or a note goes into a document, as a new
 * section or as a list in an existing section; the text links back to this board.
 */
export function ToDocumentPanel({
  board,
  frames,
  notes,
}: {
  board: Board;
  frames: readonly Frame[];
  notes: readonly Note[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const werkgroepId = board.werkgroepId;
  const documents = useResource(`documents:${werkgroepId}`, () =>
    api('listDocuments', { params: { werkgroepId } }),
  );
  const [source, setSource] = useState('');
  const [documentId, setDocumentId] = useState('');
  const [as, setAs] = useState<'section' | 'list'>('section');
  const [sectionId, setSectionId] = useState('');
  const [done, setDone] = useState<{ documentId: string } | null>(null);
  const [unchosen, setUnchosen] = useState(false);
  const docId = documentId || documents.data?.[0]?.id || '';
  const sections = useResource(docId && as === 'list' ? `document:${docId}` : null, () =>
    api('getDocument', { params: { documentId: docId } }),
  );

  const send = useAction(async (kind: string, sourceId: string) => {
    const target = sectionId || sections.data?.document.sections[0]?.id;
    const made = await api('boardToDocument', {
      params: { werkgroepId, boardId: board.id },
      body: {
        documentId: docId,
        ...(kind === 'frame' ? { frameId: sourceId } : { noteId: sourceId }),
        as,
        ...(as === 'list' && target ? { sectionId: target } : {}),
      },
    });
    setDone({ documentId: made.documentId });
  });
  const error = unchosen ? t('boards.toDocument.chooseFirst') : send.error;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const [kind = '', sourceId] = source.split(':');
    setUnchosen(!sourceId || !docId);
    if (!sourceId || !docId) return send.reset();
    void send.run(kind, sourceId);
  };

  return (
    <section className="panel to-document" aria-labelledby={`${id}-h`}>
      <h2 className="utrecht-heading-2" id={`${id}-h`}>
        {t('boards.toDocument.title')}
      </h2>
      <p className="muted">{t('boards.toDocument.intro')}</p>
      <form className="to-document__form" onSubmit={submit}>
        <label htmlFor={`${id}-src`}>{t('boards.toDocument.what')}</label>
        <select
          id={`${id}-src`}
          className="utrecht-select utrecht-select--html-select"
          value={source}
          onChange={(e) => setSource(e.target.value)}
        >
          <option value="">{t('boards.toDocument.choose')}</option>
          {frames.map((f) => (
            <option key={f.id} value={`frame:${f.id}`}>
              {t('boards.toDocument.frame', { title: f.title })}
            </option>
          ))}
          {notes.map((n) => (
            <option key={n.id} value={`note:${n.id}`}>
              {t('boards.toDocument.note', { text: n.text.slice(0, 60) })}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-doc`}>{t('boards.toDocument.document')}</label>
        <select
          id={`${id}-doc`}
          className="utrecht-select utrecht-select--html-select"
          value={docId}
          onChange={(e) => setDocumentId(e.target.value)}
        >
          {(documents.data ?? []).map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
        <fieldset className="to-document__as">
          <legend>{t('boards.toDocument.as')}</legend>
          <label className="ballot__choice">
            <input
              type="radio"
              name={`${id}-as`}
              checked={as === 'section'}
              onChange={() => setAs('section')}
            />
            <span>{t('boards.toDocument.asSection')}</span>
          </label>
          <label className="ballot__choice">
            <input type="radio" name={`${id}-as`} checked={as === 'list'} onChange={() => setAs('list')} />
            <span>{t('boards.toDocument.asList')}</span>
          </label>
        </fieldset>
        {as === 'list' && (
          <>
            <label htmlFor={`${id}-sec`}>{t('boards.toDocument.section')}</label>
            <select
              id={`${id}-sec`}
              className="utrecht-select utrecht-select--html-select"
              value={sectionId}
              onChange={(e) => setSectionId(e.target.value)}
            >
              {(sections.data?.document.sections ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </>
        )}
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('boards.toDocument.submit')}
        </button>
      </form>
      <div role="status">
        {done && (
          <p className="form-ok">
            {t('boards.toDocument.done')}{' '}
            <Link to={`/w/${werkgroepId}/d/${done.documentId}`} className="utrecht-link">
              {t('boards.toDocument.open')}
            </Link>
          </p>
        )}
      </div>
      <div role="alert">{error && <p className="form-error">{error}</p>}</div>
    </section>
  );
}
