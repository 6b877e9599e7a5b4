import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useAction } from '../../../api/useAction';
import { changedFields, type FieldError, fieldErrors } from './formModel';

/** A form's body checked with a shared schema: its issues, or the call that sends what the schema made of it. */
export type Checked<R> = { issues: readonly z.core.$ZodIssue[] } | { send: () => Promise<R> };

/** Checks `body` with `schema`; `send` gets the schema's output (defaults filled in, text trimmed). */
export function checked<S extends z.ZodType, R>(
  schema: S,
  body: unknown,
  send: (data: z.output<S>) => Promise<R>,
): Checked<R> {
  const parsed = schema.safeParse(body);
  return parsed.success ? { send: () => send(parsed.data) } : { issues: parsed.error.issues };
}

/**
 * A new record (checked whole with `create`'s schema), or only the fields of an existing one that
 * changed (checked with `update`'s schema); nothing to send when nothing changed (and no line in the
 * network's log). Resolves to the record's id.
 */
export function createOrUpdate<C extends z.ZodType, U extends z.ZodType>(
  existingId: string | null,
  body: { before: Record<string, unknown> | null; after: Record<string, unknown> },
  create: { schema: C; send: (data: z.output<C>) => Promise<string> },
  update: { schema: U; send: (id: string, changes: z.output<U>) => Promise<void> },
): Checked<string> {
  if (existingId === null || body.before === null) return checked(create.schema, body.after, create.send);
  const changes = changedFields(body.before, body.after);
  if (Object.keys(changes).length === 0) return { send: async () => existingId };
  return checked(update.schema, changes, async (data) => {
    await update.send(existingId, data);
    return existingId;
  });
}

/**
 * A form that is checked with the shared schema before anything is sent: field errors in the catalogue's
 * words beside their fields, focus on the first field with an error; then it is sent (busy and server
 * error from useAction) and `onDone` gets what the call returned once it was stored.
 */
export function useValidatedSave<R>(onDone: (result: R) => void) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [invalid, setInvalid] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  // A save that ends after the form closed (another form opened meanwhile) must not close that one.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const save = useAction(async (send: () => Promise<R>) => {
    const result = await send();
    if (mounted.current) onDone(result);
  });
  // After a refused check, the first field with an error gets focus (its error is read with it).
  useEffect(() => {
    if (invalid === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [invalid]);
  const submit = (e: FormEvent, result: Checked<R>) => {
    e.preventDefault();
    if ('issues' in result) {
      setErrors(fieldErrors(result.issues));
      setInvalid((n) => n + 1);
      return;
    }
    setErrors({});
    setInvalid(0);
    void save.run(result.send);
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
