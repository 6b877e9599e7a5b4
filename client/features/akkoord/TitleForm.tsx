import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateAkkoordSchema } from '../../../shared/akkoord/akkoord';
import { AKKOORD_LIMITS } from '../../../shared/akkoord/common';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import type { AkkoordScreen } from './akkoordScreen';

/** Renaming the akkoord (while it is a concept), folded away: it is seldom needed. */
export function TitleForm({ screen }: { screen: AkkoordScreen }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(screen.view.akkoord.title);
  const save = useAction(async (value: string) => {
    const body = updateAkkoordSchema.parse({ title: value });
    await api('updateAkkoord', { params: { werkgroepId: screen.werkgroepId }, body });
    screen.reload();
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.run(title);
  };
  return (
    <details className="disclosure akkoord__rename">
      <summary className="disclosure__summary">{t('akkoord.rename')}</summary>
      <form className="form-row" onSubmit={submit}>
        <div className="form-row__field">
          <label htmlFor={id}>{t('akkoord.titleField')}</label>
          <input
            id={id}
            className="utrecht-textbox utrecht-textbox--html-input"
            required
            maxLength={AKKOORD_LIMITS.titleLength}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <button
          type="submit"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={save.pending}
        >
          {t('akkoord.saveTitle')}
        </button>
      </form>
      {save.error && (
        <p role="alert" className="form-error">
          {save.error}
        </p>
      )}
    </details>
  );
}
