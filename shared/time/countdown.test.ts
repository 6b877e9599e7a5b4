import { describe, expect, it } from 'vitest';
import {
  boardTimerSchema,
  clockOffset,
  countdownOf,
  formatSeconds,
  meetingTimerSchema,
  secondsLeft,
} from './countdown';

const at = (iso: string) => Date.parse(iso);

describe('countdownOf reads both stored shapes', () => {
  it("a board's timer: running, paused, or none", () => {
    expect(countdownOf({ endsAt: '2026-05-01T10:05:00.000Z', pausedSeconds: null })).toEqual({
      endsAt: at('2026-05-01T10:05:00.000Z'),
      seconds: null,
    });
    expect(countdownOf({ endsAt: null, pausedSeconds: 90 })).toEqual({ endsAt: null, seconds: 90 });
    expect(countdownOf({ endsAt: null, pausedSeconds: null })).toEqual({ endsAt: null, seconds: null });
  });

  it("a meeting's timer: running or standing still", () => {
    expect(countdownOf({ endsAt: '2026-05-01T10:05:00.000Z', remainingSeconds: 300 })).toEqual({
      endsAt: at('2026-05-01T10:05:00.000Z'),
      seconds: 300,
    });
    expect(countdownOf({ endsAt: null, remainingSeconds: 0 })).toEqual({ endsAt: null, seconds: 0 });
  });

  it('the schemas accept what boards and meetings already store, and nothing else', () => {
    expect(boardTimerSchema.safeParse({ endsAt: null, pausedSeconds: null }).success).toBe(true);
    expect(meetingTimerSchema.safeParse({ endsAt: null, remainingSeconds: 600 }).success).toBe(true);
    expect(meetingTimerSchema.safeParse({ endsAt: null, pausedSeconds: 600 }).success).toBe(false);
    expect(boardTimerSchema.safeParse({ endsAt: 'morgen', pausedSeconds: null }).success).toBe(false);
  });
});

describe('secondsLeft', () => {
  const endsAt = at('2026-05-01T10:05:00.000Z');
  it('counts down to the end, rounded up, never below zero', () => {
    expect(secondsLeft({ endsAt, seconds: null }, endsAt - 60_000)).toBe(60);
    expect(secondsLeft({ endsAt, seconds: null }, endsAt - 59_001)).toBe(60);
    expect(secondsLeft({ endsAt, seconds: null }, endsAt - 1)).toBe(1);
    expect(secondsLeft({ endsAt, seconds: null }, endsAt)).toBe(0);
    expect(secondsLeft({ endsAt, seconds: null }, endsAt + 5_000)).toBe(0);
  });
  it('standing still it says what is left, whatever the time; null when none is set', () => {
    expect(secondsLeft({ endsAt: null, seconds: 42 }, endsAt)).toBe(42);
    expect(secondsLeft({ endsAt: null, seconds: null }, endsAt)).toBeNull();
  });
  it('a running timer ignores the seconds stored with it (a meeting keeps them for pausing)', () => {
    expect(secondsLeft({ endsAt, seconds: 999 }, endsAt - 10_000)).toBe(10);
  });
});

describe('formatSeconds', () => {
  it('shows minutes and two-digit seconds, minutes past the hour included', () => {
    expect(formatSeconds(0)).toBe('0:00');
    expect(formatSeconds(5)).toBe('0:05');
    expect(formatSeconds(245)).toBe('4:05');
    expect(formatSeconds(90 * 60)).toBe('90:00');
  });
});

describe('clockOffset', () => {
  it('is the server time minus the middle of the request', () => {
    expect(clockOffset(1_000, 5_600, 1_200)).toBe(4_500);
    expect(clockOffset(10_000, 9_000, 10_000)).toBe(-1_000);
  });
});
