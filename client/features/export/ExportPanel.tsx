import { Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, languageOf } from '../../../shared/i18n/translate';
import { EXPORT_FORMATS, type ExportFormat, exportFileName } from '../../../shared/schemas/export';
import { api, apiUrl } from '../../api/client';
import { useResource } from '../../api/useResource';
import { DownloadProgress } from './DownloadProgress';
import { useDownload } from './useDownload';
import './export.css';

/**
 * Download the document as a file: the facilitator (or whoever the policy allows) picks a format,
 * a version and what to include. The file is made on our own server; nothing goes to a third party.
 */
export function ExportPanel({
  documentId,
  title,
  wijk,
}: {
  documentId: string;
  title: string;
  wijk: string;
}) {
  const { t, i18n } = useTranslation();
  const ids = { version: useId(), lang: useId(), comments: useId(), questions: useId(), boards: useId() };
  const [format, setFormat] = useState<ExportFormat>('odt');
  const [version, setVersion] = useState('');
  const [comments, setComments] = useState(false);
  const [questions, setQuestions] = useState(true);
  const [boards, setBoards] = useState(false);
  const [lang, setLang] = useState<Language>(languageOf(i18n.language));
  const [opened, setOpened] = useState(0);
  const versions = useResource(`export-versions:${documentId}:${opened}`, () =>
    opened > 0 ? api('listVersions', { params: { documentId } }) : Promise.resolve([]),
  );
  const download = useDownload();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const query: Record<string, string> = {
      format,
      comments: String(comments),
      questions: String(questions),
      boards: String(boards),
      lang,
    };
    if (version) query.version = version;
    const fallback = exportFileName(title, wijk, new Date().toISOString().slice(0, 10), format);
    void download.start(apiUrl('exportDocument', { documentId }, query), fallback);
  };

  return (
    <details className="export panel" onToggle={(e) => e.currentTarget.open && setOpened((n) => n + 1)}>
      <summary className="export__summary">{t('export.title')}</summary>
      <Paragraph className="muted">{t('export.intro')}</Paragraph>
      <form onSubmit={submit} className="export__form">
        <fieldset className="export__fieldset">
          <legend>{t('export.format')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className="export__choice">
              <input
                type="radio"
                name={`format-${documentId}`}
                className="utrecht-radio-button utrecht-radio-button--html-input"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />
              <span>
                <strong>{t(`export.formats.${f}.name`)}</strong>
                <span className="export__hint muted">{t(`export.formats.${f}.hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="export__fieldset">
          <legend>{t('export.contents')}</legend>
          <SelectField id={ids.version} label={t('export.version')} value={version} onChange={setVersion}>
            <option value="">{t('export.currentText')}</option>
            {(versions.state === 'ready' ? versions.data : []).map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </SelectField>
          {(
            [
              [ids.questions, 'questions', questions, setQuestions],
              [ids.comments, 'comments', comments, setComments],
              [ids.boards, 'boards', boards, setBoards],
            ] as const
          ).map(([id, key, value, set]) => (
            <div key={key} className="checkbox">
              <input
                id={id}
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                checked={value}
                onChange={(e) => set(e.target.checked)}
              />
              <label htmlFor={id}>{t(`export.include.${key}`)}</label>
            </div>
          ))}
          <SelectField
            id={ids.lang}
            label={t('export.lang')}
            value={lang}
            onChange={(l) => setLang(languageOf(l))}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {i18n.getFixedT(l)('language.name')}
              </option>
            ))}
          </SelectField>
        </fieldset>
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={download.busy}
          aria-disabled={download.busy}
        >
          {t('export.download', { format: t(`export.formats.${format}.short`) })}
        </button>
      </form>
      <DownloadProgress state={download.state} onCancel={download.cancel} />
    </details>
  );
}

function SelectField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <div className="export__field">
      <label htmlFor={props.id} className="utrecht-form-label">
        {props.label}
      </label>
      <select
        id={props.id}
        className="utrecht-select utrecht-select--html-select"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.children}
      </select>
    </div>
  );
}
