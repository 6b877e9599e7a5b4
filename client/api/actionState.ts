/**
 * The pure part of useAction (client/api/useAction.ts), kept free of React so it can be tested in
 * node: the state a button's calls are in, and how one call moves it.
 */
export interface ActionState {
  /** Calls under way (a console button may be pressed again before the first answer). */
  running: number;
  /** The words for the latest failure; null while none failed, or once a new call starts. */
  error: string | null;
}

export type ActionEvent =
  | { type: 'start' }
  | { type: 'succeed' }
  | { type: 'fail'; message: string }
  | { type: 'reset' };

export const IDLE: ActionState = { running: 0, error: null };

export function actionReducer(state: ActionState, event: ActionEvent): ActionState {
  const ended = Math.max(0, state.running - 1);
  switch (event.type) {
    case 'start':
      return { running: state.running + 1, error: null };
    case 'succeed':
      return { ...state, running: ended };
    case 'fail':
      return { running: ended, error: event.message };
    case 'reset':
      return IDLE;
  }
}

/**
 * The words for a failed call: what `explain` makes of it (a screen's own wording for errors it
 * knows), else the error's message (an API error's is already in the current language), else `generic`.
 */
export function errorMessage(
  err: unknown,
  generic: string,
  explain?: (err: unknown) => string | null | undefined,
): string {
  const own = explain?.(err);
  if (own) return own;
  return err instanceof Error ? err.message : generic;
}

/**
 * Runs one call and reports it through `dispatch`; resolves true when it succeeded, false when it
 * failed (never rejects). `current` says whether the state was not reset since the call started: the
 * end of a call from before a reset no longer counts.
 */
export async function perform(
  call: () => Promise<unknown>,
  report: {
    dispatch: (e: ActionEvent) => void;
    current: () => boolean;
    explain: (err: unknown) => string;
    onError?: (message: string, err: unknown) => void;
  },
): Promise<boolean> {
  report.dispatch({ type: 'start' });
  try {
    await call();
    if (report.current()) report.dispatch({ type: 'succeed' });
    return true;
  } catch (err) {
    const message = report.explain(err);
    if (report.current()) report.dispatch({ type: 'fail', message });
    report.onError?.(message, err);
    return false;
  }
}
