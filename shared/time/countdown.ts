import { z } from 'zod';
import { isoDateSchema } from '../schemas/common';

/**
 * One countdown for boards and meetings: running until a moment, or standing still with some seconds
 * left. Boards and meetings store and send it under different field names (a board's timer since
 * wave 1 as `pausedSeconds`, null while no timer is set; a meeting's as `remainingSeconds`, the current
 * item's time). Both shapes stay as they are, so stored rows and rooms keep reading; `countdownOf`
 * turns either into the one model the rest works with.
 */
export const boardTimerSchema = z.object({
  /** Running: when it reaches zero (ISO). */
  endsAt: isoDateSchema.nullable(),
  /** Paused: seconds left; null (with `endsAt` null) while the board has no timer. */
  pausedSeconds: z.number().int().nullable(),
});
export type BoardTimer = z.infer<typeof boardTimerSchema>;

export const meetingTimerSchema = z.object({
  /** Running: when it reaches zero (ISO). */
  endsAt: isoDateSchema.nullable(),
  /** Paused (or not started): seconds left. */
  remainingSeconds: z.number().int(),
});
export type MeetingTimer = z.infer<typeof meetingTimerSchema>;

/** A countdown as screens and the server reason about it. */
export interface Countdown {
  /** Running: when it reaches zero (ms since the epoch, by the server's clock); null while it stands still. */
  endsAt: number | null;
  /** Standing still: seconds left; null when no countdown is set at all. */
  seconds: number | null;
}

/** The one model, from either stored shape. */
export function countdownOf(timer: BoardTimer | MeetingTimer): Countdown {
  return {
    endsAt: timer.endsAt === null ? null : Date.parse(timer.endsAt),
    seconds: 'remainingSeconds' in timer ? timer.remainingSeconds : timer.pausedSeconds,
  };
}

/**
 * Seconds left at `now` (ms, by the server's clock), never below zero; null when no countdown is set.
 * Rounded up, so "0:00" shows only once the time is really up.
 */
export function secondsLeft(countdown: Countdown, now: number): number | null {
  if (countdown.endsAt === null) return countdown.seconds;
  return Math.max(0, Math.ceil((countdown.endsAt - now) / 1000));
}

/** Minutes and seconds, as on a kitchen timer: 4:05 (an hour and a half is 90:00). */
export function formatSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * How far this device's clock is behind the server's, from one request: `before` and `after` are
 * Date.now() around it, `serverNow` its answer. Screens add it to Date.now() when counting down, so a
 * phone with a wrong clock shows the same time as the room screen.
 */
export function clockOffset(before: number, serverNow: number, after: number): number {
  return Math.round(serverNow - (before + after) / 2);
}
