import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';
import type { ContentMode } from './LinkedVote';
import { sectionBlocks, type TextBlock } from './sectionText';
import { useRoomReader } from './useRoomReader';

const NO_BLOCKS: TextBlock[] = [];
/** The screen shows the start of a long text; the rest is for reading on one's own device. */
const SCREEN_BLOCKS = 8;

/** A document section of an agenda item: its text, live as people write, to read along. */
export function LinkedSection({
  werkgroepId,
  documentId,
  sectionId,
  mode,
}: {
  werkgroepId: string;
  documentId: string;
  sectionId: string;
  mode: ContentMode;
}) {
  const { t } = useTranslation();
  const doc = useResource(`meeting-doc:${documentId}`, () => api('getDocument', { params: { documentId } }));
  const section = doc.data?.document.sections.find((s) => s.id === sectionId) ?? null;
  const blocks = useRoomReader(section?.room ?? null, sectionBlocks, NO_BLOCKS);
  if (doc.state === 'error' || (doc.state === 'ready' && !section))
    return <p>{t('meetings.content.sectionGone')}</p>;
  if (!doc.data || !section) return null;
  const shown = mode === 'screen' ? blocks.slice(0, SCREEN_BLOCKS) : blocks;
  return (
    <div className={`linked linked--section linked--${mode}`}>
      <div className="linked__head">
        <p className="linked__kind">{t('meetings.content.section', { document: doc.data.document.title })}</p>
        <p className="linked__title">{section.title}</p>
      </div>
      {shown.length === 0 && <p className="muted">{t('meetings.content.emptySection')}</p>}
      <div className="linked__text">
        {shown.map((b, i) =>
          b.kind === 'item' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no id; the list is redrawn whole.
            <p key={i} className="linked__text-item">
              {b.text}
            </p>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above.
            <p key={i} className={b.kind === 'heading' ? 'linked__text-heading' : undefined}>
              {b.text}
            </p>
          ),
        )}
      </div>
      {mode === 'screen' && blocks.length > shown.length && <p>{t('meetings.content.moreText')}</p>}
      {mode !== 'screen' && (
        <p>
          <Link to={`/w/${werkgroepId}/d/${documentId}`} className="utrecht-link">
            {t('meetings.content.openSection')}
          </Link>
        </p>
      )}
    </div>
  );
}
