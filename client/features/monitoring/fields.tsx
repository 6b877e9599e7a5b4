import { FormFieldDescription, FormLabel } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';

/**
 * One labelled field of the monitoring forms: the label, an optional hint and error tied to the
 * control (aria-describedby), and the control itself, given its id and description.
 */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string | null;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const described = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  return (
    <div className="monitoring-form__field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {hint && <FormFieldDescription id={hintId}>{hint}</FormFieldDescription>}
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {error && (
        <p id={errorId} className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Options of a <select> from a list of values and their words. */
export const options = (values: readonly string[], words: (v: string) => string) =>
  values.map((v) => (
    <option key={v} value={v}>
      {words(v)}
    </option>
  ));
