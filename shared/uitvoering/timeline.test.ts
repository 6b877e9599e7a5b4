import { describe, expect, it } from 'vitest';
import type { Actie } from './actie';
import { changedSince, positionIn, timelineByTheme, timelineRange } from './timeline';

const actie = (id: string, over: Partial<Actie> = {}): Actie => ({
  id,
  title: id,
  description: '',
  sectionId: null,
  theme: null,
  decisionIds: [],
  afspraakIds: [],
  leadPartyId: null,
  partnerPartyIds: [],
  start: null,
  end: null,
  milestones: [],
  budget: null,
  status: 'gepland',
  statusReason: '',
  nietBeloven: '',
  published: false,
  createdBy: 'm1',
  createdAt: 100,
  updatedAt: 100,
  ...over,
});

describe('timeline', () => {
  it('groups by theme in the fixed order, no-theme last, each by start date (undated last)', () => {
    const groups = timelineByTheme([
      actie('a', { theme: 'groen', start: '2027-05-01' }),
      actie('b', { theme: 'leefbaar' }),
      actie('c', { theme: 'groen', start: '2027-01-01' }),
      actie('d'),
      actie('e', { theme: 'leefbaar', start: '2026-01-01' }),
    ]);
    expect(groups.map((g) => [g.theme, g.acties.map((a) => a.id)])).toEqual([
      ['leefbaar', ['e', 'b']],
      ['groen', ['c', 'a']],
      [null, ['d']],
    ]);
  });

  it('spans every start, end and milestone; positions lie between 0 and 1', () => {
    const range = timelineRange([
      actie('a', { start: '2027-01-01', end: '2027-03-01' }),
      actie('b', { milestones: [{ day: '2027-12-31', label: 'Klaar' }] }),
    ]);
    expect(range).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(timelineRange([actie('x')])).toBeNull();
    if (!range) return;
    expect(positionIn(range, '2027-01-01')).toBe(0);
    expect(positionIn(range, '2027-12-31')).toBe(1);
    expect(positionIn(range, '2027-07-02')).toBeCloseTo(0.5, 2);
  });

  it('what changed since the last visit: new acties, changed ones and new updates, newest first', () => {
    const acties = [
      actie('old'),
      actie('changed', { updatedAt: 300 }),
      actie('new', { createdAt: 250, updatedAt: 250 }),
    ];
    const u = (id: string, createdAt: number) => ({
      id,
      actieId: 'old',
      text: id,
      photo: null,
      createdBy: 'm2',
      createdAt,
    });
    expect(changedSince(acties, [u('u1', 150), u('u2', 400), u('u3', 260)], null)).toBeNull();
    const since = changedSince(acties, [u('u1', 150), u('u2', 400), u('u3', 260)], 200);
    expect(since?.newActies.map((a) => a.id)).toEqual(['new']);
    expect(since?.changedActies.map((a) => a.id)).toEqual(['changed']);
    expect(since?.updates.map((x) => x.id)).toEqual(['u2', 'u3']);
  });
});
