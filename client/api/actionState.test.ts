import { describe, expect, it } from 'vitest';
import { type ActionEvent, actionReducer, errorMessage, IDLE, perform } from './actionState';

describe('actionReducer', () => {
  it('a call under way is pending and forgets the last error', () => {
    expect(actionReducer({ pending: false, error: 'oud' }, { type: 'start' })).toEqual({
      pending: true,
      error: null,
    });
  });
  it('a success ends pending without an error; a failure keeps its words', () => {
    expect(actionReducer({ pending: true, error: null }, { type: 'succeed' })).toEqual(IDLE);
    expect(actionReducer({ pending: true, error: null }, { type: 'fail', message: 'Mis' })).toEqual({
      pending: false,
      error: 'Mis',
    });
  });
  it('reset forgets everything', () => {
    expect(actionReducer({ pending: true, error: 'Mis' }, { type: 'reset' })).toEqual(IDLE);
  });
});

describe('errorMessage', () => {
  it("uses a screen's own words first, then the error's message, then the generic words", () => {
    const explainKnown = (err: unknown) => (err === 'bekend' ? 'Eigen woorden' : undefined);
    expect(errorMessage('bekend', 'Algemeen', explainKnown)).toBe('Eigen woorden');
    expect(errorMessage(new Error('Van de server'), 'Algemeen', explainKnown)).toBe('Van de server');
    expect(errorMessage('geen Error', 'Algemeen')).toBe('Algemeen');
  });
});

describe('perform', () => {
  const recorder = (latest = () => true) => {
    const events: ActionEvent[] = [];
    const errors: string[] = [];
    return {
      events,
      errors,
      report: {
        dispatch: (e: ActionEvent) => events.push(e),
        isLatest: latest,
        explain: (err: unknown) => (err instanceof Error ? err.message : 'Algemeen'),
        onError: (message: string) => errors.push(message),
      },
    };
  };

  it('reports start and success, and resolves true', async () => {
    const r = recorder();
    await expect(perform(async () => 42, r.report)).resolves.toBe(true);
    expect(r.events).toEqual([{ type: 'start' }, { type: 'succeed' }]);
    expect(r.errors).toEqual([]);
  });

  it('reports a failure with its words, tells onError, and resolves false instead of rejecting', async () => {
    const r = recorder();
    await expect(perform(() => Promise.reject(new Error('Bestaat niet')), r.report)).resolves.toBe(false);
    expect(r.events).toEqual([{ type: 'start' }, { type: 'fail', message: 'Bestaat niet' }]);
    expect(r.errors).toEqual(['Bestaat niet']);
  });

  it('a call overtaken by a newer one does not change the state when it ends', async () => {
    const r = recorder(() => false);
    await perform(() => Promise.reject(new Error('Te laat')), r.report);
    await perform(async () => undefined, r.report);
    expect(r.events).toEqual([{ type: 'start' }, { type: 'start' }]);
    // A failure is still told to onError (the status line), even when it no longer shows beside the button.
    expect(r.errors).toEqual(['Te laat']);
  });
});
