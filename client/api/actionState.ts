/**
 * The pure part of useAction (client/api/useAction.ts), kept free of React so it can be tested in
 * node: the state a button's call is in, and how one call moves it.
 */
export interface ActionState {
  /** A call is under way (show it, and keep the button from being pressed twice). */
  pending: boolean;
  /** The words for the last call's failure; null while none failed or after a new call starts. */
  error: string | null;
}

export type ActionEvent =
  | { type: 'start' }
  | { type: 'succeed' }
  | { type: 'fail'; message: string }
  | { type: 'reset' };

export const IDLE: ActionState = { pending: false, error: null };

export function actionReducer(_state: ActionState, event: ActionEvent): ActionState {
  switch (event.type) {
    case 'start':
      return { pending: true, error: null };
    case 'succeed':
    case 'reset':
      return IDLE;
    case 'fail':
      return { pending: false, error: event.message };
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
 * failed (never rejects). `isLatest` says whether no newer call started meanwhile: only the newest
 * call may change the state, so a slow first answer cannot hide a second call's error.
 */
export async function perform(
  call: () => Promise<unknown>,
  report: {
    dispatch: (e: ActionEvent) => void;
    isLatest: () => boolean;
    explain: (err: unknown) => string;
    onError?: (message: string, err: unknown) => void;
  },
): Promise<boolean> {
  report.dispatch({ type: 'start' });
  try {
    await call();
    if (report.isLatest()) report.dispatch({ type: 'succeed' });
    return true;
  } catch (err) {
    const message = report.explain(err);
    if (report.isLatest()) report.dispatch({ type: 'fail', message });
    report.onError?.(message, err);
    return false;
  }
}
