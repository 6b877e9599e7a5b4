import { FormFieldDescription, FormLabel } from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UITVOERING_LIMITS } from '../../../shared/uitvoering/actie';
import { PHOTO_TYPES } from '../../../shared/uitvoering/voortgang';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { TextField } from '../network/forms/fields';
import { useUitvoering } from './UitvoeringContext';

/** The file's bytes as base64 (what the API takes). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

type Problem = 'text' | 'alt' | 'type' | 'size';

/** Posts an update on an actie: a short text and, if wanted, one photo with its description. */
export function VoortgangForm({ actieId, title }: { actieId: string; title: string }) {
  const { t } = useTranslation();
  const { werkgroepId } = useUitvoering();
  const ids = { file: useId(), hint: useId(), error: useId(), heading: useId() };
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [posted, setPosted] = useState(false);
  const post = useAction(async () => {
    const photo = file ? { data: await base64Of(file), alt } : null;
    await api('addVoortgang', { params: { werkgroepId, actieId }, body: { text, photo } });
    setText('');
    setAlt('');
    setFile(null);
    if (fileInput.current) fileInput.current.value = '';
    setPosted(true);
  });
  const check = (): Problem | null => {
    if (text.trim() === '') return 'text';
    if (file && !(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'type';
    if (file && file.size > UITVOERING_LIMITS.photoBytes) return 'size';
    if (file && alt.trim() === '') return 'alt';
    return null;
  };
  const fileProblem =
    problem === 'type'
      ? t('uitvoering.updates.photoType')
      : problem === 'size'
        ? t('uitvoering.updates.photoSize')
        : null;

  return (
    <form
      className="voortgang-form"
      aria-labelledby={ids.heading}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const found = check();
        setProblem(found);
        setPosted(false);
        if (!found) void post.run();
      }}
    >
      <h4 id={ids.heading} className="utrecht-heading-4">
        <span className="visually-hidden">{title}: </span>
        {t('uitvoering.updates.add')}
      </h4>
      <TextField
        label={t('uitvoering.updates.text')}
        value={text}
        onChange={setText}
        multiline
        maxLength={UITVOERING_LIMITS.updateLength}
        error={problem === 'text' ? { key: 'required' } : undefined}
      />
      <div className="form-row__field network-form__field">
        <FormLabel htmlFor={ids.file}>{t('uitvoering.updates.photo')}</FormLabel>
        <FormFieldDescription id={ids.hint}>{t('uitvoering.updates.photoHint')}</FormFieldDescription>
        <input
          ref={fileInput}
          id={ids.file}
          type="file"
          accept={PHOTO_TYPES.join(',')}
          className="voortgang-form__file"
          aria-describedby={fileProblem ? `${ids.hint} ${ids.error}` : ids.hint}
          aria-invalid={fileProblem ? true : undefined}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {fileProblem && (
          <p id={ids.error} className="form-error">
            {fileProblem}
          </p>
        )}
      </div>
      {file && (
        <div className="voortgang-form__alt">
          <TextField
            label={t('uitvoering.updates.alt')}
            hint={t('uitvoering.updates.altHint')}
            value={alt}
            onChange={setAlt}
            maxLength={UITVOERING_LIMITS.altLength}
            error={problem === 'alt' ? { key: 'required' } : undefined}
          />
        </div>
      )}
      <div role="status">
        {posted && <p className="voortgang-form__posted">{t('uitvoering.updates.posted')}</p>}
      </div>
      <div role="alert">{post.error && <p className="form-error">{post.error}</p>}</div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={post.pending}>
        {t('uitvoering.updates.add')}
      </button>
    </form>
  );
}
