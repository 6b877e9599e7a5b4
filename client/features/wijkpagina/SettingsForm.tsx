import { FormLabel, Heading2, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PAGE_SECTIONS,
  PUBLICATION_LIMITS,
  type PublicationSettings,
  type PublicationView,
} from '../../../shared/wijkpagina/publication';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useDocumentSections } from './useDocumentSections';

/** The facilitator's choice: online or not, the address, the intro, the parts and which ambitions. */
export function SettingsForm({
  werkgroepId,
  view,
  onSaved,
}: {
  werkgroepId: string;
  view: PublicationView;
  onSaved: (v: PublicationView) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [s, setS] = useState<PublicationSettings>(view.settings);
  const [saved, setSaved] = useState(false);
  const docs = useDocumentSections(werkgroepId);
  const save = useAction(async () => {
    const stored = await api('putWijkpagina', { params: { werkgroepId }, body: s });
    // The form shows what the server stored (it may have tidied the address), and says so.
    setS(stored.settings);
    setSaved(true);
    onSaved(stored);
  });
  const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
    on ? [...list, item] : list.filter((x) => x !== item);
  const change = (next: Partial<PublicationSettings>) => {
    setSaved(false);
    setS({ ...s, ...next });
  };
  return (
    <form
      className="panel wijkpagina-settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save.run();
      }}
    >
      <p className="wijkpagina-check">
        <input
          id={`${id}-published`}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={s.published}
          onChange={(e) => change({ published: e.target.checked })}
        />
        <FormLabel htmlFor={`${id}-published`} type="checkbox">
          {t('wijkpagina.settings.published')}
        </FormLabel>
      </p>
      <div className="wijkpagina-field">
        <FormLabel htmlFor={`${id}-slug`}>{t('wijkpagina.settings.slug')}</FormLabel>
        <p className="muted" id={`${id}-slug-hint`}>
          {t('wijkpagina.settings.slugHint')}
        </p>
        <span className="wijkpagina-slug">
          <span aria-hidden="true">/wijk/</span>
          <Textbox
            id={`${id}-slug`}
            aria-describedby={`${id}-slug-hint`}
            value={s.slug}
            maxLength={PUBLICATION_LIMITS.slugMax}
            onChange={(e) => change({ slug: e.target.value.toLowerCase() })}
          />
        </span>
      </div>
      <div className="wijkpagina-field">
        <FormLabel htmlFor={`${id}-intro`}>{t('wijkpagina.settings.pageIntro')}</FormLabel>
        <Textarea
          id={`${id}-intro`}
          value={s.intro}
          maxLength={PUBLICATION_LIMITS.introMax}
          rows={3}
          onChange={(e) => change({ intro: e.target.value })}
        />
      </div>
      <fieldset className="wijkpagina-fieldset">
        <legend>{t('wijkpagina.settings.sections')}</legend>
        {PAGE_SECTIONS.map((section) => (
          <p key={section} className="wijkpagina-check">
            <input
              id={`${id}-${section}`}
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={s.sections.includes(section)}
              onChange={(e) => change({ sections: toggle(s.sections, section, e.target.checked) })}
            />
            <FormLabel htmlFor={`${id}-${section}`} type="checkbox">
              {t(`wijkpagina.sections.${section}`)}
            </FormLabel>
          </p>
        ))}
      </fieldset>
      {s.sections.includes('ambities') && (
        <fieldset className="wijkpagina-fieldset">
          <legend>{t('wijkpagina.settings.documentSections')}</legend>
          {docs.state === 'ready' && docs.data.length === 0 && (
            <Paragraph>{t('wijkpagina.settings.noDocuments')}</Paragraph>
          )}
          {docs.data?.map((d) => (
            <div key={d.id}>
              <Heading2 className="wijkpagina-doc">{d.title}</Heading2>
              {d.sections.map((sec) => (
                <p key={sec.id} className="wijkpagina-check">
                  <input
                    id={`${id}-s-${sec.id}`}
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={s.documentSectionIds.includes(sec.id)}
                    onChange={(e) =>
                      change({ documentSectionIds: toggle(s.documentSectionIds, sec.id, e.target.checked) })
                    }
                  />
                  <FormLabel htmlFor={`${id}-s-${sec.id}`} type="checkbox">
                    {sec.title}
                  </FormLabel>
                </p>
              ))}
            </div>
          ))}
        </fieldset>
      )}
      <p>
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={save.pending}
        >
          {t('wijkpagina.settings.save')}
        </button>
      </p>
      <p role="status">{saved ? t('wijkpagina.settings.saved') : ''}</p>
      {save.error && <p role="alert">{save.error}</p>}
    </form>
  );
}
