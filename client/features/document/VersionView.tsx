import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import type { VersionDetail } from '../../../shared/schemas/version';
import type { CollabRoom } from '../../sync/useCollabRoom';
import { SnapshotEditor } from './SnapshotEditor';

const EMPTY = Y.encodeStateAsUpdateV2(new Y.Doc());
const decode = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/** A saved version, read-only: as it was, or compared with the text now (changes marked). */
export function VersionView({
  version,
  mode,
  rooms,
  onClose,
}: {
  version: VersionDetail;
  mode: 'view' | 'compare';
  rooms: Record<string, CollabRoom>;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(version.createdAt),
  );
  const sections = useMemo(
    () =>
      version.sections.map((s) => {
        const then = decode(s.state);
        const room = rooms[s.id];
        const now = room ? Y.encodeStateAsUpdateV2(room.doc) : EMPTY;
        // View: the text then (no marks). Compare: from then to now, changes marked.
        return { ...s, state: mode === 'view' ? then : now, previous: then };
      }),
    [version, mode, rooms],
  );
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
              <Heading2 className="doc-section__title">{s.title}</Heading2>
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
