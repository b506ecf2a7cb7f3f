/** A column's `datatype`: how its cells are drawn and edited. */
export type Datatype = 'str' | 'number' | 'bool' | 'date' | 'markdown' | 'html' | 'image';

const DATATYPES = new Set<string>(['str', 'number', 'bool', 'date', 'markdown', 'html', 'image']);

/** Gradio's wire value: `{headers, data, metadata}`, metadata from a pandas Styler. */
export interface DataframeValue {
  headers: unknown[];
  data: unknown[][];
  metadata?: {
    display_value?: (string | null)[][] | null;
    styling?: (string | null)[][] | null;
  } | null;
}

/** A value the table can draw, with its column count settled. */
export interface Table {
  headers: string[];
  data: unknown[][];
  /** The Styler's text per cell (shown in place of the data when the table is static). */
  displayValue: (string | null)[][] | null;
  /** The Styler's CSS per cell. */
  styling: (string | null)[][] | null;
  columns: number;
}

export const EMPTY_TABLE: Table = { headers: [], data: [], displayValue: null, styling: null, columns: 0 };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A metadata grid, kept only when it is an array of arrays (anything else is ignored). */
function grid(v: unknown): (string | null)[][] | null {
  return Array.isArray(v) && v.every(Array.isArray) ? (v as (string | null)[][]) : null;
}

/**
 * Reads any value a Gradio server sends for a dataframe (4.x to 6.x: `{headers, data,
 * metadata}`; a bare list of rows, as some apps and old servers send) into a table, or throws
 * with a message saying what is wrong with it. Rows of different lengths are drawn padded.
 */
export function readTable(value: unknown): Table {
  if (value === null || value === undefined || value === '') return EMPTY_TABLE;
  let headers: unknown = [];
  let data: unknown;
  let metadata: unknown = null;
  if (Array.isArray(value)) data = value;
  else if (isRecord(value)) {
    if (!('data' in value)) throw new Error('the value has no "data"');
    ({ headers = [], data, metadata = null } = value);
  } else throw new Error(`expected {headers, data}, got ${typeof value}`);
  if (headers === null) headers = [];
  if (!Array.isArray(headers)) throw new Error('"headers" is not a list');
  if (!Array.isArray(data)) throw new Error('"data" is not a list of rows');
  let columns = headers.length;
  for (let i = 0; i < data.length; i++) {
    const row: unknown = data[i];
    if (!Array.isArray(row)) throw new Error(`row ${i + 1} is not a list of cells`);
    if (row.length > columns) columns = row.length;
  }
  const rows = data as unknown[][];
  // Gradio 4.x sends an empty table as one row of empty strings; so does a fresh input.
  const names = headers.map((h) => (h === null || h === undefined ? '' : String(h)));
  for (let i = names.length; i < columns; i++) names.push(String(i + 1));
  const meta = isRecord(metadata) ? metadata : null;
  return {
    headers: names,
    data: rows,
    displayValue: grid(meta?.display_value),
    styling: grid(meta?.styling),
    columns,
  };
}

/** Each column's datatype: one for all, or one per column ("str" where the list runs out). */
export function columnTypes(datatype: unknown, columns: number): Datatype[] {
  const pick = (d: unknown): Datatype =>
    typeof d === 'string' && DATATYPES.has(d) ? (d as Datatype) : 'str';
  if (Array.isArray(datatype)) return Array.from({ length: columns }, (_, i) => pick(datatype[i]));
  const one = pick(datatype);
  return Array.from({ length: columns }, () => one);
}

/**
 * Datatypes follow their column's header when the app's value has other columns than the
 * config named (hidden or reordered columns), as Gradio's frontend does: the config-time header
 * names map to the config-time datatypes; a header not among them keeps its position's type.
 */
export function alignTypes(datatype: unknown, configHeaders: unknown, headers: readonly string[]): unknown {
  if (!Array.isArray(datatype) || !Array.isArray(configHeaders)) return datatype;
  const byName = new Map<string, unknown>();
  configHeaders.forEach((h, i) => {
    if (i < datatype.length) byName.set(String(h), datatype[i]);
  });
  return headers.map((h, i) => byName.get(h) ?? datatype[i] ?? 'str');
}

/** A boolean cell's state; null when the cell holds something that is no boolean. */
export function asBool(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'true' || s === '1') return true;
    if (s === 'false' || s === '0') return false;
  }
  return null;
}

/** The text a cell shows (null, undefined and NaN as nothing). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' && Number.isNaN(v)) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * What a user's text becomes in a cell: a number in a number column, or where the cell held a
 * number (so an edited int64 column stays numeric for pandas); a boolean in a bool column;
 * otherwise the text itself.
 */
export function parseInput(text: string, datatype: Datatype, previous: unknown): unknown {
  const trimmed = text.trim();
  if ((datatype === 'number' || typeof previous === 'number') && NUMBER.test(trimmed)) return Number(trimmed);
  if (datatype === 'bool') {
    const b = asBool(trimmed);
    if (b !== null) return b;
  }
  return text;
}

/** `max_chars`: the text cut to that many characters, with "..." as Gradio does. */
export function truncate(text: string, maxChars: number | null): string {
  if (!maxChars || maxChars <= 0 || text.length <= maxChars) return text;
  return `${text.slice(0, maxChars)}...`;
}
