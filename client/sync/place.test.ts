import { describe, expect, it } from 'vitest';
import { parsePlace, placeOfPath } from './place';

describe('placeOfPath', () => {
  it.each([
    ['/w/abc/bijeenkomsten/m1', 'bijeenkomst'],
    ['/w/abc/bijeenkomsten/m1/console', 'bijeenkomst'],
    ['/w/abc/bijeenkomsten/m1/scherm', 'scherm'],
    ['/w/abc/bijeenkomsten/m1/verslag', 'elders'],
    ['/w/abc/bijeenkomsten', 'elders'],
    ['/w/abc/d/doc1', 'document'],
    ['/w/abc/borden/b1', 'bord'],
    ['/w/abc/borden', 'elders'],
    ['/w/abc/stemmingen/v1', 'stemming'],
    ['/w/abc/stemmingen/nieuw', 'elders'],
    ['/w/abc', 'elders'],
    ['/beheer', 'elders'],
  ])('%s is %s', (path, place) => {
    expect(placeOfPath(path)).toBe(place);
  });
});

describe('parsePlace', () => {
  it('keeps a known place and makes anything else "elders"', () => {
    expect(parsePlace('document')).toBe('document');
    expect(parsePlace('zolder')).toBe('elders');
    expect(parsePlace(undefined)).toBe('elders');
  });
});
