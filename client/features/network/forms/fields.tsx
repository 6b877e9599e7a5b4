import { FormFieldDescription, FormLabel, Textbox } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_THEMES, type NetworkTheme } from '../../../../shared/network/common';
import type { FieldError } from './formModel';

/** The error of one field, or nothing; its id ties it to the input (aria-describedby). */
function ErrorText({ id, error }: { id: string; error: FieldError | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p id={id} className="form-error network-form__error">
      {t(`network.form.errors.${error.key}`, error.params ?? {})}
    </p>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** A labelled one-line (or multi-line) text field with its hint and error. */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  multiline = false,
  type = 'text',
  maxLength,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: FieldError;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  maxLength?: number;
}) {
  const ids = { input: useId(), hint: useId(), error: useId() };
  const common = {
    id: ids.input,
    value,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint && ids.hint, error && ids.error),
  };
  return (
    <div className="form-row__field network-form__field">
      <FormLabel htmlFor={ids.input}>{label}</FormLabel>
      {hint && <FormFieldDescription id={ids.hint}>{hint}</FormFieldDescription>}
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        // Textbox sets aria-invalid from `invalid` (it replaces one passed as an attribute).
        <Textbox
          {...common}
          invalid={Boolean(error)}
          type={type}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <ErrorText id={ids.error} error={error} />
    </div>
  );
}

/** A labelled <select>. */
export function SelectField({
  label,
  value,
  onChange,
  options,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string; group?: string }[];
  error?: FieldError;
}) {
  const ids = { input: useId(), error: useId() };
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  const render = (group: string) =>
    options
      .filter((o) => (o.group ?? '') === group)
      .map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ));
  return (
    <div className="form-row__field network-form__field">
      <FormLabel htmlFor={ids.input}>{label}</FormLabel>
      <select
        id={ids.input}
        className="utrecht-select utrecht-select--html-select"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? ids.error : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {groups.map((g) =>
          g === '' ? (
            render(g)
          ) : (
            <optgroup key={g} label={g}>
              {render(g)}
            </optgroup>
          ),
        )}
      </select>
      <ErrorText id={ids.error} error={error} />
    </div>
  );
}

/** A group of checkboxes (themes, partners, members) as a fieldset with a legend. */
export function CheckList<T extends string>({
  legend,
  options,
  checked,
  onChange,
  error,
  hint,
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  checked: readonly T[];
  onChange: (values: T[]) => void;
  error?: FieldError;
  hint?: ReactNode;
}) {
  const errorId = useId();
  return (
    <fieldset className="network-form__checks" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {hint}
      <ul className="network-form__check-list">
        {options.map((o) => (
          <li key={o.value}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={checked.includes(o.value)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...checked, o.value] : checked.filter((v) => v !== o.value))
                }
              />
              <span>{o.label}</span>
            </label>
          </li>
        ))}
      </ul>
      <ErrorText id={errorId} error={error} />
    </fieldset>
  );
}

/** The five themes as checkboxes. */
export function ThemeChecks({
  checked,
  onChange,
  error,
}: {
  checked: readonly NetworkTheme[];
  onChange: (themes: NetworkTheme[]) => void;
  error?: FieldError;
}) {
  const { t } = useTranslation();
  return (
    <CheckList
      legend={t('network.form.themes')}
      options={NETWORK_THEMES.map((theme) => ({ value: theme, label: t(`network.themes.${theme}`) }))}
      checked={checked}
      onChange={onChange}
      error={error}
    />
  );
}

/** Save and cancel, and the form's general error (from the server) or "check the fields". */
export function FormActions({
  saveLabel,
  pending,
  error,
  onCancel,
}: {
  saveLabel: string;
  pending: boolean;
  error: string | null;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div role="alert">{error && <p className="form-error">{error}</p>}</div>
      <div className="actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending}>
          {saveLabel}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>
          {t('network.form.cancel')}
        </button>
      </div>
    </>
  );
}
