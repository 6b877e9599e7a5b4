import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvFile, guardFormula, unguardFormula } from './csv';

const readBack = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;

describe('[CSV] writing cells for spreadsheets', () => {
  it('[CSV1] quotes separators, quotes and line ends, so every cell reads back whole', () => {
    const tricky = ['a;b', 'zei "ja"', 'regel 1\nregel 2', 'komma, punt', ' spatie', 'gewoon'];
    const text = csvFile(
      ['kolom'],
      tricky.map((c) => [c]),
    );
    expect(text.startsWith('\uFEFFkolom\r\n')).toBe(true);
    expect(
      readBack(text)
        .slice(1)
        .map(([c]) => c),
    ).toEqual(tricky);
  });

  it('[CSV2] a text that a spreadsheet would run as a formula gets an apostrophe; numbers do not', () => {
    expect(['=1+1', '+31 6', '-min', '@SUM(A1)', '\tx'].map(guardFormula)).toEqual([
      "'=1+1",
      "'+31 6",
      "'-min",
      "'@SUM(A1)",
      "'\tx",
    ]);
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell(-3.5)).toBe('-3,5');
    expect(csvCell('geen formule')).toBe('geen formule');
  });

  it('[CSV3] the guard comes off exactly once, also for a text that starts with an apostrophe itself', () => {
    for (const text of ['=1+1', "'=1+1", "''-x", "'gewoon", 'gewoon', '-'])
      expect(unguardFormula(guardFormula(text))).toBe(text);
  });

  it('[CSV4] numbers are written with a decimal comma, without thousands dots or exponent', () => {
    expect([61.5, 1234567.25, 0, -0.0000001, 1e12, null].map(csvCell)).toEqual([
      '61,5',
      '1234567,25',
      '0',
      '-0,0000001',
      '1000000000000',
      '',
    ]);
  });
});
