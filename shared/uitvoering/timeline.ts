import { NETWORK_THEMES, type NetworkTheme } from '../network/common';
import type { Actie } from './actie';
import type { Voortgang } from './voortgang';

/** A theme's acties in the timeline; `theme` null holds the acties without one. */
export interface ThemeGroup {
  theme: NetworkTheme | null;
  acties: Actie[];
}

/** Start first (undated last), then end, then title: the order the list is read in. */
export function byStart(a: Actie, b: Actie): number {
  const sa = a.start ?? '9999-99-99';
  const sb = b.start ?? '9999-99-99';
  if (sa !== sb) return sa < sb ? -1 : 1;
  const ea = a.end ?? '9999-99-99';
  const eb = b.end ?? '9999-99-99';
  if (ea !== eb) return ea < eb ? -1 : 1;
  return a.title.localeCompare(b.title, 'nl');
}

/**
 * The timeline per theme: the themes in their fixed order (the five of the ambitiedocument), then the
 * acties without a theme; empty groups are left out; within a group by start date.
 */
export function timelineByTheme(acties: readonly Actie[]): ThemeGroup[] {
  const themes: (NetworkTheme | null)[] = [...NETWORK_THEMES, null];
  return themes
    .map((theme) => ({ theme, acties: acties.filter((a) => a.theme === theme).sort(byStart) }))
    .filter((g) => g.acties.length > 0);
}

/** The first and last day the bars span (all starts, ends and milestones), or null without dates. */
export function timelineRange(acties: readonly Actie[]): { from: string; to: string } | null {
  const days = acties
    .flatMap((a) => [a.start, a.end, ...a.milestones.map((m) => m.day)])
    .filter((d): d is string => d !== null);
  if (days.length === 0) return null;
  days.sort();
  return { from: days[0] as string, to: days[days.length - 1] as string };
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Where a day lies in the range, from 0 to 1. */
export function positionIn(range: { from: string; to: string }, day: string): number {
  const span = dayNumber(range.to) - dayNumber(range.from);
  if (span <= 0) return 0;
  return Math.min(1, Math.max(0, (dayNumber(day) - dayNumber(range.from)) / span));
}

/** What changed since a member's last visit: new or changed acties, and new updates (by others too). */
export interface SinceLastVisit {
  newActies: Actie[];
  changedActies: Actie[];
  updates: Voortgang[];
}

/** Null the first time (nothing to compare with); otherwise what is newer than `lastVisit`. */
export function changedSince(
  acties: readonly Actie[],
  updates: readonly Voortgang[],
  lastVisit: number | null,
): SinceLastVisit | null {
  if (lastVisit === null) return null;
  return {
    newActies: acties.filter((a) => a.createdAt > lastVisit),
    changedActies: acties.filter((a) => a.createdAt <= lastVisit && a.updatedAt > lastVisit),
    updates: updates.filter((u) => u.createdAt > lastVisit).sort((a, b) => b.createdAt - a.createdAt),
  };
}
