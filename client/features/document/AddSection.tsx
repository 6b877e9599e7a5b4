import { FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_LIMITS } from '../../../shared/schemas/section';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';

/** Adds a section at the end; everyone sees it appear through the structure room. */
export function AddSection({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const add = useAction(async () => {
    await api('createSection', { params: { documentId }, body: { title } });
    setTitle('');
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void add.run();
  };
  return (
    <form className="form-row" onSubmit={submit}>
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
      <div role="status">{add.error && <Paragraph className="form-error">{add.error}</Paragraph>}</div>
    </form>
  );
}
