import { describe, expect, it } from 'vitest';
import {
  type ActionEvent,
  type ActionState,
  actionReducer,
  errorMessage,
  IDLE,
  perform,
} from './actionState';

const run = (events: ActionEvent[], from: ActionState = IDLE) => events.reduce(actionReducer, from);

describe('actionReducer', () => {
  it('a call under way is running and forgets the last error', () => {
    expect(run([{ type: 'start' }], { running: 0, error: 'oud' })).toEqual({ running: 1, error: null });
  });
  it('a success ends it without an error; a failure keeps its words', () => {
    expect(run([{ type: 'start' }, { type: 'succeed' }])).toEqual(IDLE);
    expect(run([{ type: 'start' }, { type: 'fail', message: 'Mis' }])).toEqual({ running: 0, error: 'Mis' });
  });
  it('overlapping calls: still running until both ended; a failure of either is shown', () => {
    const both = run([{ type: 'start' }, { type: 'start' }, { type: 'fail', message: 'Eerste mis' }]);
    expect(both).toEqual({ running: 1, error: 'Eerste mis' });
    expect(run([{ type: 'succeed' }], both)).toEqual({ running: 0, error: 'Eerste mis' });
  });
  it('reset forgets everything, and an end after it cannot go below zero', () => {
    expect(run([{ type: 'start' }, { type: 'reset' }, { type: 'succeed' }])).toEqual(IDLE);
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
  const recorder = (current = () => true) => {
    const events: ActionEvent[] = [];
    const errors: string[] = [];
    return {
      events,
      errors,
      report: {
        dispatch: (e: ActionEvent) => events.push(e),
        current,
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

  it('a call from before a reset changes nothing when it ends (onError still hears of a failure)', async () => {
    const r = recorder(() => false);
    await perform(() => Promise.reject(new Error('Te laat')), r.report);
    await perform(async () => undefined, r.report);
    expect(r.events).toEqual([{ type: 'start' }, { type: 'start' }]);
    expect(r.errors).toEqual(['Te laat']);
  });
});
