import { describe, expect, it } from 'vitest';
import { parseTemplate } from './csvImport';
import { parseDay, parseNumber, parsePeriod } from './csvValues';
import { TEMPLATE_CSV } from './importRequest';
import { MONITORING_LIMITS } from './indicator';
import { parseStatline, statlineShape } from './statline';

const indicators = [
  { id: 'i1', name: 'Ervaren gezondheid goed of zeer goed' },
  { id: 'i2', name: 'Eenzaamheid' },
];

describe('CSV cells', () => {
  it('reads Dutch and English numbers', () => {
    expect(parseNumber('61,5')).toBe(61.5);
    expect(parseNumber('61.5')).toBe(61.5);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber(' 66 % ')).toBe(66);
    expect(parseNumber('€ 12')).toBe(12);
    expect(parseNumber('veel')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
  it('reads dates day first, ISO, or a year; refuses dates that do not exist', () => {
    expect(parseDay('2024-03-12')).toBe('2024-03-12');
    expect(parseDay('12-3-2024')).toBe('2024-03-12');
    expect(parseDay('2022')).toBe('2022-01-01');
    expect(parseDay('31-04-2024')).toBeNull();
    expect(parseDay('2023-02-29')).toBeNull();
    expect(parseDay('gisteren')).toBeNull();
  });
  it('reads StatLine periods', () => {
    expect(parsePeriod('2022JJ00')).toBe('2022-01-01');
    expect(parsePeriod('2022KW03')).toBe('2022-07-01');
    expect(parsePeriod('2022MM05')).toBe('2022-05-01');
    expect(parsePeriod('2022X')).toBeNull();
  });
});

describe('the plain template', () => {
  it('reads the downloadable template itself (BOM, semicolons, decimal commas, both series)', () => {
    const r = parseTemplate(`\uFEFF${TEMPLATE_CSV}`, indicators);
    expect(r).toEqual({
      ok: true,
      skipped: 0,
      rows: [
        {
          line: 2,
          indicatorId: 'i1',
          series: 'wijk',
          date: '2022-01-01',
          value: 61.5,
          note: 'GGD Gezondheidsmonitor 2022',
        },
        {
          line: 3,
          indicatorId: 'i1',
          series: 'gemeente',
          date: '2022-01-01',
          value: 66,
          note: 'GGD Gezondheidsmonitor 2022',
        },
      ],
    });
  });

  it('reads commas between fields, English headers, any case and skips empty lines', () => {
    const r = parseTemplate(
      'Indicator,Date,Value,Source\r\neenzaamheid,2023,"12,5",eigen\r\n\r\n',
      indicators,
    );
    expect(r.ok && r.rows).toEqual([
      { line: 2, indicatorId: 'i2', series: 'wijk', date: '2023-01-01', value: 12.5, note: 'eigen' },
    ]);
  });

  it('names every bad row by line and column, and imports nothing (all or nothing)', () => {
    const text = [
      'indicator;datum;waarde;bron',
      'Eenzaamheid;2022;12;GGD',
      'Onbekend;2023;13;GGD',
      'Eenzaamheid;32-13-2023;veel;GGD',
      'Eenzaamheid;2024;;GGD',
      'Eenzaamheid;2024',
    ].join('\n');
    const r = parseTemplate(text, indicators);
    expect(r).toEqual({
      ok: false,
      problems: [
        { line: 6, column: '', problem: 'bad_row' },
        { line: 3, column: 'indicator', problem: 'unknown_indicator' },
        { line: 4, column: 'datum', problem: 'bad_date' },
        { line: 4, column: 'waarde', problem: 'not_a_number' },
        { line: 5, column: 'waarde', problem: 'required' },
      ],
    });
  });

  it('names a missing column on line 1; an empty file is a problem', () => {
    expect(parseTemplate('indicator;bron\nEenzaamheid;GGD', indicators)).toEqual({
      ok: false,
      problems: [
        { line: 1, column: 'datum', problem: 'missing_column' },
        { line: 1, column: 'waarde', problem: 'missing_column' },
      ],
    });
    expect(parseTemplate('\n', indicators)).toEqual({
      ok: false,
      problems: [{ line: 1, column: '', problem: 'empty_file' }],
    });
    expect(parseTemplate('indicator;datum;waarde\n', indicators)).toEqual({
      ok: false,
      problems: [{ line: 2, column: '', problem: 'empty_file' }],
    });
  });

  it('refuses more rows than the limit, and reports at most the problem limit', () => {
    const many = [
      'indicator;datum;waarde',
      ...Array.from({ length: MONITORING_LIMITS.csvRows + 1 }, () => 'Eenzaamheid;2022;1'),
    ];
    expect(parseTemplate(many.join('\n'), indicators)).toEqual({
      ok: false,
      problems: [{ line: MONITORING_LIMITS.csvRows + 2, column: '', problem: 'too_many_rows' }],
    });
    const bad = ['indicator;datum;waarde', ...Array.from({ length: 100 }, () => 'Eenzaamheid;2022;x')];
    const r = parseTemplate(bad.join('\n'), indicators);
    expect(!r.ok && r.problems.length).toBe(MONITORING_LIMITS.csvProblems);
  });
});

// The shape of a CBS "Kerncijfers wijken en buurten" / Gezondheidsmonitor download: codes padded with spaces.
const STATLINE = [
  'ID;WijkenEnBuurten;Gemeentenaam_1;SoortRegio_2;Codering_3;Perioden;ErvarenGezondheidGoedZeerGoed_4;Eenzaam_27',
  '1;GM0344    ;Utrecht   ;Gemeente;GM0344    ;2022JJ00;   66,2;   49',
  '2;WK034406  ;Utrecht   ;Wijk    ;WK034406  ;2022JJ00;   61;   56',
  '3;WK034407  ;Utrecht   ;Wijk    ;WK034407  ;2022JJ00;   70;   41',
  '4;WK034406  ;Utrecht   ;Wijk    ;WK034406  ;2020JJ00;   .;   52',
].join('\r\n');
const mapping = {
  indicatorId: 'i1',
  valueColumn: 'ErvarenGezondheidGoedZeerGoed_4',
  regionCode: 'WK034406',
  year: null,
};

describe('the CBS/GGD StatLine layout', () => {
  it('offers the columns and the wijk codes to choose from', () => {
    expect(statlineShape(STATLINE)).toMatchObject({
      regionColumn: 'WijkenEnBuurten',
      hasPeriods: true,
      localCodes: ['WK034406', 'WK034407'],
    });
  });

  it('reads the chosen wijk and the gemeente; skips other areas and unknown figures (.)', () => {
    expect(parseStatline(STATLINE, mapping)).toEqual({
      ok: true,
      skipped: 2,
      rows: [
        {
          line: 2,
          indicatorId: 'i1',
          series: 'gemeente',
          date: '2022-01-01',
          value: 66.2,
          note: 'StatLine: ErvarenGezondheidGoedZeerGoed_4',
        },
        {
          line: 3,
          indicatorId: 'i1',
          series: 'wijk',
          date: '2022-01-01',
          value: 61,
          note: 'StatLine: ErvarenGezondheidGoedZeerGoed_4',
        },
      ],
    });
  });

  it('asks for a choice when the file has several wijken, and a year without Perioden', () => {
    expect(parseStatline(STATLINE, { ...mapping, regionCode: null })).toEqual({
      ok: false,
      problems: [{ line: 1, column: 'WijkenEnBuurten', problem: 'choose_region' }],
    });
    const perYear = 'Codering_3,Koopwoningen_40\nWK034406,"41,5"\n';
    expect(parseStatline(perYear, { ...mapping, valueColumn: 'Koopwoningen_40', regionCode: null })).toEqual({
      ok: false,
      problems: [{ line: 1, column: 'Perioden', problem: 'no_period' }],
    });
    const r = parseStatline(perYear, {
      ...mapping,
      valueColumn: 'Koopwoningen_40',
      regionCode: null,
      year: 2023,
    });
    expect(r.ok && r.rows.map((x) => [x.series, x.date, x.value])).toEqual([['wijk', '2023-01-01', 41.5]]);
  });

  it('names a bad figure by line and column; a missing column on line 1', () => {
    const bad = STATLINE.replace('   61;', '   zestig;');
    expect(parseStatline(bad, mapping)).toEqual({
      ok: false,
      problems: [{ line: 3, column: 'ErvarenGezondheidGoedZeerGoed_4', problem: 'not_a_number' }],
    });
    expect(parseStatline(STATLINE, { ...mapping, valueColumn: 'Bestaat_niet' })).toEqual({
      ok: false,
      problems: [{ line: 1, column: 'Bestaat_niet', problem: 'missing_column' }],
    });
  });
});
