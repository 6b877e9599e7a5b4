/**
 * Periods of initiatives as closed intervals of whole days: an initiative that ends on 31 May and one that
 * starts on 31 May share that day. `null` is open-ended on that side (no start: "has been running";
 * no end: "until further notice"). Dates are ISO 'YYYY-MM-DD' strings, so comparing the strings compares
 * the days.
 */
export interface DayPeriod {
  start: string | null;
  end: string | null;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day written 'YYYY-MM-DD' (not '2027-02-30'). */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The period detection works with. Input the schema should have refused — a date that is not a real day,
 * or an end before the start — counts as unknown (open on both sides) rather than throwing or being
 * dropped: the pair then still shows up, and a facilitator would rather check a possible overlap than
 * miss one. `periodProblem` says which initiatives this applies to.
 */
export function usablePeriod(period: DayPeriod): DayPeriod {
  return periodProblem(period) === null ? period : { start: null, end: null };
}

/** Why a period cannot be used as written, or null when it can. */
export function periodProblem(period: DayPeriod): 'invalid_date' | 'end_before_start' | null {
  if ((period.start !== null && !isIsoDay(period.start)) || (period.end !== null && !isIsoDay(period.end)))
    return 'invalid_date';
  if (period.start !== null && period.end !== null && period.end < period.start) return 'end_before_start';
  return null;
}

/** The later of two starts; null (open) only when both are open. */
function laterStart(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return b > a ? b : a;
}

/** The earlier of two ends; null (open) only when both are open. */
function earlierEnd(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return b < a ? b : a;
}

/** The days two usable periods share, or null when they share none. */
export function intersectPeriods(a: DayPeriod, b: DayPeriod): DayPeriod | null {
  const start = laterStart(a.start, b.start);
  const end = earlierEnd(a.end, b.end);
  if (start !== null && end !== null && end < start) return null;
  return { start, end };
}
