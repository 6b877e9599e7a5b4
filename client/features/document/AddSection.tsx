import { FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_LIMITS } from '../../../shared/schemas/section';
import { api } from '../../api/client';

/** Adds a section at the end; everyone sees it appear through the structure room. */
export function AddSection({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api('createSection', { params: { documentId }, body: { title } });
      setTitle('');
    } catch (err) {
      setError(err instanceof Error ? err.message : t('errors.generic'));
    }
  };
  return (
    <form className="form-row" onSubmit={(e) => void submit(e)}>
      <div className="form-row__field">
        <FormLabel htmlFor={id}>{t('sections.newTitle')}</FormLabel>
        <Textbox
          id={id}
          required
          maxLength={SECTION_LIMITS.titleMax}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {t('sections.add')}
      </button>
      <div role="status">{error && <Paragraph className="form-error">{error}</Paragraph>}</div>
    </form>
  );
}
