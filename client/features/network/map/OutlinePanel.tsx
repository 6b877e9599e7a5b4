import { FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countOutline, OUTLINE_LIMITS, type WijkOutline } from '../../../../shared/network/outline';
import { can } from '../../../../shared/permissions';
import { api } from '../../../api/client';
import { useAction } from '../../../api/useAction';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useOptionalWerkgroep } from '../../werkgroep/WerkgroepContext';
import { explainOutlineError } from './outlineErrors';

/** A file the browser could not read as JSON, or one over the upload limit: said before sending. */
class LocalRefusal extends Error {}

const MB = Math.round(OUTLINE_LIMITS.uploadBytes / (1024 * 1024));

/**
 * The wijkgrens for the facilitator, without the map (keyboard and table-first users): upload a
 * GeoJSON file (PDOK, the CBS wijk- en buurtkaart; RD coordinates are converted by the server) and
 * remove it after a confirmation. Renders nothing for members who may not manage the network. The
 * new outline reaches every view through the network's room.
 */
export function OutlinePanel({ werkgroepId, outline }: { werkgroepId: string; outline: WijkOutline | null }) {
  const { t } = useTranslation();
  const werkgroep = useOptionalWerkgroep();
  const fileId = useId();
  const headingId = useId();
  const file = useRef<HTMLInputElement>(null);
  const [done, setDone] = useState<'saved' | 'deleted' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const explain = (err: unknown) => (err instanceof LocalRefusal ? err.message : explainOutlineError(t, err));
  const upload = useAction(
    async (chosen: File) => {
      if (chosen.size > OUTLINE_LIMITS.uploadBytes)
        throw new LocalRefusal(t('network.map.outline.tooBig', { mb: MB }));
      let body: unknown;
      try {
        body = JSON.parse(await chosen.text());
      } catch {
        throw new LocalRefusal(t('network.map.outline.notJson'));
      }
      await api('putOutline', { params: { werkgroepId }, body });
      if (file.current) file.current.value = '';
      setDone('saved');
    },
    { explain },
  );
  const remove = useAction(async () => {
    await api('deleteOutline', { params: { werkgroepId } });
    setConfirming(false);
    setDone('deleted');
  });
  if (!werkgroep || !can(werkgroep.detail.me.role, 'network.manage')) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = file.current?.files?.[0];
    setDone(null);
    if (chosen) void upload.run(chosen);
  };
  return (
    <section className="wa-outline-panel" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{t('network.map.outline.title')}</Heading2>
      <Paragraph>{t('network.map.outline.intro')}</Paragraph>
      <Paragraph data-outline-state={outline ? 'set' : 'none'}>
        {outline
          ? t('network.map.outline.has', { count: countOutline(outline).polygons })
          : t('network.map.outline.none')}
      </Paragraph>
      <form onSubmit={submit} className="wa-outline-panel__form">
        <FormLabel htmlFor={fileId}>{t('network.map.outline.file')}</FormLabel>
        <input
          ref={file}
          id={fileId}
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          required
          className="utrecht-textbox"
        />
        <div className="wa-network-map__buttons">
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            disabled={upload.pending}
          >
            {t('network.map.outline.upload')}
          </button>
          {outline && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => {
                setDone(null);
                remove.reset();
                setConfirming(true);
              }}
            >
              {t('network.map.outline.delete')}
            </button>
          )}
        </div>
      </form>
      {upload.error && <Paragraph role="alert">{upload.error}</Paragraph>}
      {remove.error && <Paragraph role="alert">{remove.error}</Paragraph>}
      <Paragraph role="status">{done ? t(`network.map.outline.${done}`) : ''}</Paragraph>
      <ConfirmDialog
        open={confirming}
        title={t('network.map.outline.confirmTitle')}
        text={t('network.map.outline.confirmText')}
        confirm={t('network.map.outline.confirmYes')}
        cancel={t('network.map.outline.confirmNo')}
        closeOnConfirm={false}
        onConfirm={() => void remove.run()}
        onClose={() => setConfirming(false)}
      />
    </section>
  );
}
