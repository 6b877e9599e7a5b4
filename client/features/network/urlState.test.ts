import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../shared/network/filters';
import { filtersFromSearch, toggled, URL_KEYS, withFilters, withMapPlace, withParam } from './urlState';

describe('network filters in the address', () => {
  it('read known themes and statuses, valid labels, each once', () => {
    const search = new URLSearchParams(
      'thema=groen&thema=blauw&thema=groen&status=loopt&status=bezig&soort=Kerk&soort=Kerk&buurt=Centrum&buurt=%20&buurt=a%01b',
    );
    expect(filtersFromSearch(search)).toEqual({
      themes: ['groen'],
      kinds: ['Kerk'],
      buurten: ['Centrum'],
      statuses: ['loopt'],
    });
    expect(filtersFromSearch(new URLSearchParams(''))).toEqual(NO_FILTERS);
  });

  it('write back what they read, and keep the other parameters', () => {
    const filters = {
      themes: ['gezond' as const],
      kinds: ['sport'],
      buurten: ['Vollenhove-Noord'],
      statuses: [],
    };
    const search = withFilters(new URLSearchParams('weergave=tabel&thema=groen'), filters);
    expect(search.get(URL_KEYS.view)).toBe('tabel');
    expect(filtersFromSearch(search)).toEqual(filters);
    expect(filtersFromSearch(withFilters(search, NO_FILTERS))).toEqual(NO_FILTERS);
    expect(withParam(search, URL_KEYS.open, null).has(URL_KEYS.open)).toBe(false);
    expect(withParam(search, URL_KEYS.open, 'abc').get(URL_KEYS.open)).toBe('abc');
  });

  it('toggle a value in or out of a list', () => {
    expect(toggled(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});

describe('the details link to a place on the map', () => {
  it('opens the map view with the initiative open and, when asked, choosing started; filters stay', () => {
    const search = new URLSearchParams('thema=groen&weergave=tabel&open=a');
    const choose = withMapPlace(search, 'b', true);
    expect(choose.get(URL_KEYS.view)).toBe('kaart');
    expect(choose.get(URL_KEYS.open)).toBe('b');
    expect(choose.get(URL_KEYS.place)).toBe('b');
    expect(choose.getAll(URL_KEYS.themes)).toEqual(['groen']);
    const show = withMapPlace(choose, 'b', false);
    expect(show.has(URL_KEYS.place)).toBe(false);
    expect(show.get(URL_KEYS.open)).toBe('b');
  });
});
