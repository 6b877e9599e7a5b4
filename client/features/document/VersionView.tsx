import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { allRemoved, compareSections } from '../../../shared/editor/versionDiff';
import type { VersionDetail } from '../../../shared/schemas/version';
import type { CollabRoom } from '../../sync/useCollabRoom';
import { SnapshotEditor } from './SnapshotEditor';

const EMPTY = Y.encodeStateAsUpdateV2(new Y.Doc());
const decode = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/**
 * A saved version, read-only: as it was, or compared with the text now (changes marked). The comparison has
 * every section of then and now: one added since shows all its text as added, one removed since as removed.
 */
export function VersionView({
  version,
  mode,
  rooms,
  current,
  onClose,
}: {
  version: VersionDetail;
  mode: 'view' | 'compare';
  rooms: Record<string, CollabRoom>;
  /** The document's sections now, in order. */
  current: readonly { id: string; title: string }[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(version.createdAt),
  );
  const sections = useMemo(() => {
    const nowOf = (id: string) => {
      const room = rooms[id];
      return room ? Y.encodeStateAsUpdateV2(room.doc) : EMPTY;
    };
    // View: the text then (no marks).
    if (mode === 'view') {
      return version.sections.map((s) => {
        const then = decode(s.state);
        return { id: s.id, title: s.title, change: 'kept' as const, state: then, previous: then };
      });
    }
    // Compare: from then to now, changes marked.
    return compareSections(version.sections, current).map(({ id, change, saved, current: now }) => {
      const previous = saved ? decode(saved.state) : EMPTY;
      const state = now ? nowOf(id) : allRemoved(previous);
      return { id, title: now?.title ?? saved?.title ?? '', change, state, previous };
    });
  }, [version, mode, rooms, current]);
  return (
    <div className="version-view">
      <Alert type="info">
        <Paragraph>
          {mode === 'view'
            ? t('versions.viewing', { name: version.name, date, by: version.createdBy })
            : t('versions.comparing', { name: version.name, date })}
        </Paragraph>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onClose}>
          {t('versions.back')}
        </button>
      </Alert>
      {mode === 'compare' && (
        <p className="version-legend">
          <span className="ychange ychange--added version-legend__added">{t('versions.added')}</span>{' '}
          <span className="ychange ychange--removed version-legend__removed">{t('versions.removed')}</span>
        </p>
      )}
      <div className="editor">
        {sections.map((s) => (
          <section key={s.id} className="doc-section" aria-label={s.title}>
            <div className="doc-section__head">
              <Heading2 className="doc-section__title">
                {s.title}
                {s.change !== 'kept' && (
                  <span className={`version-change version-change--${s.change}`}>
                    {' '}
                    ({t(`versions.${s.change}`)})
                  </span>
                )}
              </Heading2>
            </div>
            <SnapshotEditor
              state={s.state}
              previous={s.previous}
              label={t('sections.textOf', { title: s.title })}
            />
          </section>
        ))}
      </div>
    </div>
  );
}
