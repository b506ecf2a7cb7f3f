import { asBool, cellText, type Datatype } from './value.js';

/** One sorted column; the first in a list sorts first. */
export interface SortKey {
  col: number;
  desc: boolean;
}

/** The header menu's filter on one column (Gradio's `{dtype, filter, value}`). */
export interface ColumnFilter {
  col: number;
  /** Compare as text or as numbers. */
  kind: 'string' | 'number';
  op: string;
  value: string;
}

export const STRING_FILTERS = [
  'Contains',
  'Does not contain',
  'Starts with',
  'Ends with',
  'Is',
  'Is not',
  'Is empty',
  'Is not empty',
] as const;
export const NUMBER_FILTERS = ['=', '≠', '>', '<', '≥', '≤', 'Is empty', 'Is not empty'] as const;

/** At most this many columns sort at once, as in Gradio. */
export const MAX_SORT_KEYS = 3;

/**
 * The rows in the order they are shown: `order[viewRow]` is a data row, `position[dataRow]` its
 * place in the view (-1 when filtered out). Both null when the view is the data as it is.
 */
export interface View {
  order: Int32Array | null;
  position: Int32Array | null;
  length: number;
}

export interface ViewOptions {
  sort: readonly SortKey[];
  search: string;
  filters: readonly ColumnFilter[];
  types: readonly Datatype[];
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const isBlank = (v: unknown): boolean =>
  v === null || v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v));

/** A column's values as sort keys of one kind: numbers where every value allows it, else text. */
function sortKeys(
  data: readonly unknown[][],
  col: number,
  type: Datatype,
): { keys: (number | string)[]; numeric: boolean } {
  const n = data.length;
  const keys = new Array<number | string>(n);
  if (type === 'bool') {
    for (let i = 0; i < n; i++) {
      const b = asBool(data[i]![col]);
      keys[i] = b === null ? Number.NaN : Number(b);
    }
    return { keys, numeric: true };
  }
  if (type === 'date') {
    let dates = true;
    for (let i = 0; i < n && dates; i++) {
      const v = data[i]![col];
      if (isBlank(v)) keys[i] = Number.NaN;
      else {
        const t = Date.parse(String(v));
        if (Number.isNaN(t)) dates = false;
        else keys[i] = t;
      }
    }
    if (dates) return { keys, numeric: true };
  }
  let numeric = true;
  for (let i = 0; i < n; i++) {
    const v = data[i]![col];
    if (isBlank(v)) keys[i] = Number.NaN;
    else if (typeof v === 'number') keys[i] = v;
    else if (type === 'number' && typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))
      keys[i] = Number(v);
    else {
      numeric = false;
      break;
    }
  }
  if (numeric) return { keys, numeric };
  for (let i = 0; i < n; i++) {
    const v = data[i]![col];
    keys[i] = isBlank(v) ? '' : cellText(v);
  }
  return { keys, numeric: false };
}

function matches(v: unknown, filter: ColumnFilter): boolean {
  const text = cellText(v);
  if (filter.op === 'Is empty') return text.trim() === '';
  if (filter.op === 'Is not empty') return text.trim() !== '';
  if (filter.kind === 'number') {
    const a = parseFloat(text);
    const b = parseFloat(filter.value);
    if (Number.isNaN(a) || Number.isNaN(b)) return true;
    switch (filter.op) {
      case '=':
        return a === b;
      case '≠':
        return a !== b;
      case '>':
        return a > b;
      case '<':
        return a < b;
      case '≥':
        return a >= b;
      case '≤':
        return a <= b;
      default:
        return true;
    }
  }
  const cell = text.toLowerCase();
  const target = filter.value.toLowerCase();
  switch (filter.op) {
    case 'Contains':
      return cell.includes(target);
    case 'Does not contain':
      return !cell.includes(target);
    case 'Starts with':
      return cell.startsWith(target);
    case 'Ends with':
      return cell.endsWith(target);
    case 'Is':
      return cell === target;
    case 'Is not':
      return cell !== target;
    default:
      return true;
  }
}

/**
 * Lower-cased text of every row, for the search box: built once per value and reused for each
 * query, so typing into the search of a 100,000-row table stays quick.
 */
export class SearchIndex {
  #data: readonly unknown[][] | null = null;
  #text: string[] = [];

  rows(data: readonly unknown[][]): string[] {
    if (this.#data !== data) {
      this.#data = data;
      this.#text = data.map((row) => row.map(cellText).join('\u0000').toLowerCase());
    }
    return this.#text;
  }
}

/**
 * The rows to show, in order: those whose text holds `search` and that pass every column
 * filter, sorted by the sort keys (blank cells last either way; ties keep the data's order).
 */
export function buildView(data: readonly unknown[][], options: ViewOptions, index: SearchIndex): View {
  const { sort, filters, types } = options;
  const search = options.search.trim().toLowerCase();
  const n = data.length;
  if (!sort.length && !search && !filters.length) return { order: null, position: null, length: n };
  let rows: number[] = [];
  if (search || filters.length) {
    const text = search ? index.rows(data) : null;
    for (let i = 0; i < n; i++) {
      if (text && !text[i]!.includes(search)) continue;
      if (filters.some((f) => !matches(data[i]![f.col], f))) continue;
      rows.push(i);
    }
  } else rows = Array.from({ length: n }, (_, i) => i);
  if (sort.length) {
    const columns = sort.map((key) => ({
      ...sortKeys(data, key.col, types[key.col] ?? 'str'),
      sign: key.desc ? -1 : 1,
    }));
    rows.sort((a, b) => {
      for (const { keys, numeric, sign } of columns) {
        const x = keys[a]!;
        const y = keys[b]!;
        if (numeric) {
          const xb = Number.isNaN(x as number);
          const yb = Number.isNaN(y as number);
          if (xb || yb) {
            if (xb !== yb) return xb ? 1 : -1;
            continue;
          }
          if (x !== y) return ((x as number) - (y as number)) * sign;
        } else {
          if (x === '' || y === '') {
            if (x !== y) return x === '' ? 1 : -1;
            continue;
          }
          const c = collator.compare(x as string, y as string);
          if (c) return c * sign;
        }
      }
      return a - b;
    });
  }
  const order = Int32Array.from(rows);
  const position = new Int32Array(n).fill(-1);
  for (let i = 0; i < order.length; i++) position[order[i]!] = i;
  return { order, position, length: order.length };
}
