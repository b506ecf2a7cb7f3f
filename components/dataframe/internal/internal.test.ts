import { describe, expect, it } from 'vitest';
import { parseTsv, toCsv, toTsv } from './clipboard.js';
import { SearchIndex, buildView } from './view.js';
import { alignTypes, columnTypes, parseInput, readTable, truncate } from './value.js';
import { fixedWidth, layoutColumns } from './widths.js';

describe('readTable', () => {
  it('reads {headers, data, metadata} and pads missing header names', () => {
    const table = readTable({
      headers: ['a'],
      data: [[1, 2, 3]],
      metadata: { display_value: [['1', '2', '3']], styling: 'nope' },
    });
    expect(table.headers).toEqual(['a', '2', '3']);
    expect(table.columns).toBe(3);
    expect(table.displayValue).toEqual([['1', '2', '3']]);
    expect(table.styling).toBeNull();
  });

  it('says what is wrong with a value of the wrong shape', () => {
    expect(() => readTable({ headers: 'a', data: [] })).toThrow('"headers" is not a list');
    expect(() => readTable({ headers: [] })).toThrow('the value has no "data"');
    expect(() => readTable('text')).toThrow('expected {headers, data}, got string');
  });
});

describe('datatypes and input', () => {
  it('gives each column a known datatype', () => {
    expect(columnTypes(['number', 'nope'], 3)).toEqual(['number', 'str', 'str']);
    expect(columnTypes('bool', 2)).toEqual(['bool', 'bool']);
  });

  it('maps datatypes by the config header names', () => {
    expect(alignTypes(['bool', 'number'], ['flag', 'n'], ['n', 'flag', 'new'])).toEqual([
      'number',
      'bool',
      'str',
    ]);
    expect(alignTypes('str', ['a'], ['b'])).toBe('str');
  });

  it('turns typed text into numbers and booleans where the column holds them', () => {
    expect(parseInput('42', 'number', '')).toBe(42);
    expect(parseInput(' -1.5e3 ', 'str', 7)).toBe(-1500);
    expect(parseInput('42', 'str', 'x')).toBe('42');
    expect(parseInput('4 2', 'number', 1)).toBe('4 2');
    expect(parseInput('TRUE', 'bool', false)).toBe(true);
  });

  it('truncates as Gradio does', () => {
    expect(truncate('abcdef', 3)).toBe('abc...');
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcdef', null)).toBe('abcdef');
  });
});

describe('buildView', () => {
  const data = [
    ['b', 10, '2024-01-02'],
    ['a', 9, '2023-05-01'],
    ['C', null, ''],
    ['a', 100, '2025-01-01'],
  ];
  const types = ['str', 'number', 'date'] as const;
  const view = (options: Partial<Parameters<typeof buildView>[1]>): number[] => {
    const v = buildView(
      data,
      { sort: [], search: '', filters: [], types: [...types], ...options },
      new SearchIndex(),
    );
    return v.order ? [...v.order] : data.map((_, i) => i);
  };

  it('is the data itself without sort or filters', () => {
    const v = buildView(data, { sort: [], search: '', filters: [], types: [...types] }, new SearchIndex());
    expect(v.order).toBeNull();
    expect(v.length).toBe(4);
  });

  it('sorts numbers as numbers, text naturally ignoring case, blanks last both ways', () => {
    expect(view({ sort: [{ col: 1, desc: false }] })).toEqual([1, 0, 3, 2]);
    expect(view({ sort: [{ col: 1, desc: true }] })).toEqual([3, 0, 1, 2]);
    expect(view({ sort: [{ col: 0, desc: false }] })).toEqual([1, 3, 0, 2]);
    expect(view({ sort: [{ col: 2, desc: true }] })).toEqual([3, 0, 1, 2]);
  });

  it('breaks ties with the next sort key, then the data order', () => {
    expect(
      view({
        sort: [
          { col: 0, desc: false },
          { col: 1, desc: true },
        ],
      }),
    ).toEqual([3, 1, 0, 2]);
  });

  it('searches every cell, ignoring case', () => {
    expect(view({ search: 'A' })).toEqual([1, 3]);
    expect(view({ search: '2024' })).toEqual([0]);
  });

  it('applies column filters as text or numbers', () => {
    expect(view({ filters: [{ col: 1, kind: 'number', op: '≥', value: '10' }] })).toEqual([0, 2, 3]);
    expect(view({ filters: [{ col: 0, kind: 'string', op: 'Is', value: 'a' }] })).toEqual([1, 3]);
    expect(view({ filters: [{ col: 1, kind: 'string', op: 'Is empty', value: '' }] })).toEqual([2]);
  });
});

describe('clipboard formats', () => {
  it('writes tab-separated text and CSV with spreadsheet quoting', () => {
    expect(
      toTsv([
        ['a', 'b\tc'],
        [1, null],
      ]),
    ).toBe('a\t"b\tc"\n1\t');
    expect(
      toCsv([
        ['a,b', 'say "hi"'],
        ['x\ny', 2],
      ]),
    ).toBe('"a,b","say ""hi"""\r\n"x\ny",2');
  });

  it('reads what spreadsheets copy: tabs, quoted cells with line breaks, CRLF, a final line end', () => {
    expect(parseTsv('a\tb\r\n"multi\nline"\t"say ""hi"""\r\n')).toEqual([
      ['a', 'b'],
      ['multi\nline', 'say "hi"'],
    ]);
    expect(parseTsv('one')).toEqual([['one']]);
    expect(parseTsv('a\t\tc')).toEqual([['a', '', 'c']]);
    expect(parseTsv('')).toEqual([['']]);
  });
});

describe('column widths', () => {
  it('reads px numbers, "px" and "%" of the table, and leaves "auto" to the content', () => {
    expect(fixedWidth(120, 1000)).toBe(120);
    expect(fixedWidth('80px', 1000)).toBe(80);
    expect(fixedWidth('25%', 800)).toBe(200);
    expect(fixedWidth('auto', 800)).toBeNull();
  });

  it('gives spare room to the content-sized columns in proportion; fixed ones stay', () => {
    expect(
      layoutColumns({ natural: [100, 100, 50], specs: [null, null, '50px'], available: 450, wrap: false }),
    ).toEqual([200, 200, 50]);
  });

  it('overflows without wrap; with wrap the widest columns shrink towards an even share', () => {
    expect(layoutColumns({ natural: [900, 100], specs: [], available: 500, wrap: false })).toEqual([
      500, 100,
    ]);
    const wrapped = layoutColumns({ natural: [900, 100], specs: [], available: 500, wrap: true });
    expect(wrapped[1]).toBe(100);
    expect(wrapped[0]).toBeLessThanOrEqual(400);
  });
});
