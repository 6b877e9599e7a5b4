import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useAction } from '../../../api/useAction';
import { type FieldError, fieldErrors } from './formModel';

/**
 * Checks a form's body with the shared schema before anything is sent: field errors in the catalogue's
 * words beside their fields, focus on the first field with an error; then sends it (busy and server error
 * from useAction) and calls `onDone` with what `send` returned once it was stored.
 */
export function useValidatedSave<S extends z.ZodType, R>(
  schema: S,
  send: (data: z.output<S>) => Promise<R>,
  onDone: (result: R) => void,
) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [invalid, setInvalid] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const save = useAction(async (data: z.output<S>) => {
    onDone(await send(data));
  });
  // After a refused check, the first field with an error gets focus (its error is read with it).
  useEffect(() => {
    if (invalid === 0) return;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }, [invalid]);
  const submit = (e: FormEvent, body: unknown) => {
    e.preventDefault();
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues));
      setInvalid((n) => n + 1);
      return;
    }
    setErrors({});
    setInvalid(0);
    void save.run(parsed.data);
  };
  const hasErrors = Object.keys(errors).length > 0;
  return {
    form,
    errors,
    submit,
    pending: save.pending,
    error: hasErrors ? t('network.form.checkFields') : save.error,
  };
}
