import { useCallback, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { actionReducer, errorMessage, IDLE, perform } from './actionState';

export interface ActionOptions {
  /** A screen's own words for errors it knows (by code, say); return nothing to use the default. */
  explain?: (err: unknown) => string | null | undefined;
  /** Also told of every failure, e.g. to say it in the page's status line instead of beside a button. */
  onError?: (message: string, err: unknown) => void;
}

export interface Action<A extends unknown[]> {
  /** Runs the call; resolves true when it succeeded, false when it failed (never rejects). */
  run: (...args: A) => Promise<boolean>;
  /** A call is under way. */
  pending: boolean;
  /** The words for the last failure (in the current language), or null. */
  error: string | null;
  /** Runs the last call again, with the same arguments (nothing when there was none). */
  retry: () => Promise<boolean>;
  /** Forgets the error (and any call still under way: its end then changes nothing here). */
  reset: () => void;
}

/**
 * Busy, error and retry for a button or form that calls the API, instead of a try/catch with its own
 * state in every component:
 *
 * ```tsx
 * const save = useAction(async (title: string) => {
 *   await api('createSection', { params: { documentId }, body: { title } });
 *   setTitle('');
 * });
 * <form onSubmit={(e) => { e.preventDefault(); void save.run(title); }}>
 *   <button disabled={save.pending}>…</button>
 *   {save.error && <p role="alert">{save.error}</p>}
 * ```
 *
 * What happens on success goes inside the function (or after `if (await save.run(…))`). A failure's
 * words come from the error (an ApiRequestError is already in the current language), from
 * `options.explain` for errors a screen words itself, or are the generic "something went wrong".
 * The function and options may change every render: the latest are used.
 */
export function useAction<A extends unknown[]>(
  fn: (...args: A) => Promise<unknown>,
  options: ActionOptions = {},
): Action<A> {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(actionReducer, IDLE);
  // The latest function, options and language, read when a call starts (so `run` can stay stable).
  const latest = useRef({ fn, options, t });
  latest.current = { fn, options, t };
  // Bumped by reset: calls started before it no longer change the state when they end.
  const generation = useRef(0);
  const lastArgs = useRef<A | null>(null);

  const run = useCallback((...args: A) => {
    lastArgs.current = args;
    const started = generation.current;
    const { fn: call, options: opts, t: translate } = latest.current;
    return perform(() => call(...args), {
      dispatch,
      current: () => started === generation.current,
      explain: (err) => errorMessage(err, translate('errors.generic'), opts.explain),
      onError: opts.onError,
    });
  }, []);
  const retry = useCallback(
    () => (lastArgs.current ? run(...lastArgs.current) : Promise.resolve(false)),
    [run],
  );
  const reset = useCallback(() => {
    generation.current++;
    dispatch({ type: 'reset' });
  }, []);
  return { run, retry, reset, pending: state.running > 0, error: state.error };
}
