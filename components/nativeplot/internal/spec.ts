import type { PlotTheme } from '../../common/theme-watch.js';

/** The value a LinePlot, ScatterPlot or BarPlot sends: a table in pandas' split orientation. */
export interface NativePlotValue {
  columns: string[];
  data: unknown[][];
  datatypes: Record<string, 'quantitative' | 'nominal' | 'temporal'>;
  mark: 'line' | 'point' | 'bar' | string;
}

export type Aggregate = 'sum' | 'mean' | 'median' | 'min' | 'max' | 'count';
type Limits = readonly (number | null)[] | null;

/** The props the chart is built from (Gradio's names, camelCased). */
export interface NativePlotOptions {
  x: string;
  y: string;
  color: string | null;
  title: string | null;
  xTitle: string | null;
  yTitle: string | null;
  colorTitle: string | null;
  xBin: string | number | null;
  yAggregate: Aggregate | null;
  colorMap: Record<string, string> | null;
  colorsInLegend: readonly string[] | null;
  xLim: Limits;
  yLim: Limits;
  xLabelAngle: number | null;
  yLabelAngle: number | null;
  xAxisFormat: string | null;
  yAxisFormat: string | null;
  xAxisLabelsVisible: boolean | string;
  sort: string | readonly string[] | null;
  tooltip: string | readonly string[];
  selectable: boolean;
}

export type Row = Record<string, unknown>;

const MARKS = new Set(['line', 'point', 'bar']);
const TYPES = new Set(['quantitative', 'nominal', 'temporal']);
const DURATION: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Above this many rows a line is drawn from each bin's lowest and highest points. */
export const DOWNSAMPLE_ABOVE = 1000;
const BINS = 250;

/** Why a value cannot be drawn, or null when it can. */
export function checkValue(value: unknown, options: Pick<NativePlotOptions, 'x' | 'y'>): string | null {
  if (value === null || typeof value !== 'object') return 'the plot data is not a table';
  const v = value as Partial<NativePlotValue>;
  if (!Array.isArray(v.columns) || !Array.isArray(v.data) || typeof v.datatypes !== 'object' || !v.datatypes)
    return 'the plot data has no columns, rows or column types';
  if (!v.data.every((row) => Array.isArray(row))) return 'a row of the plot data is not a list';
  if (typeof v.mark !== 'string' || !MARKS.has(v.mark)) return `unknown mark "${String(v.mark)}"`;
  for (const axis of [options.x, options.y]) {
    if (!v.columns.includes(axis)) return `no column "${axis}" in the plot data`;
    if (!TYPES.has(v.datatypes[axis] as string)) return `column "${axis}" has no type`;
  }
  return null;
}

/** Vega-Lite reads dots and brackets in a field name as a path. */
export const escapeField = (name: string): string => name.replace(/[.[\]]/g, (c) => `\\${c}`);

/** x_bin as a step on the x axis: a number, or a duration such as "15m" in ms for dates. */
export function binStep(xBin: string | number | null): number | undefined {
  if (xBin === null || xBin === undefined) return undefined;
  if (typeof xBin === 'number') return xBin;
  const match = /^(\d+(?:\.\d+)?)\s*([smhd])$/.exec(xBin.trim());
  return match ? Number(match[1]) * DURATION[match[2]!]! : undefined;
}

/** Gradio's rules: bars and lines aggregate over a nominal or binned x; points only when binned. */
export function aggregation(value: NativePlotValue, options: NativePlotOptions): Aggregate | undefined {
  const binned = binStep(options.xBin) !== undefined;
  const aggregating = value.mark === 'point' ? binned : binned || value.datatypes[options.x] === 'nominal';
  if (!aggregating) return undefined;
  return options.yAggregate ?? 'sum';
}

/** x_lim in the units of the x column (dates are sent in ms, limits in seconds). */
export function xDomain(value: NativePlotValue, options: NativePlotOptions): [number | null, number | null] {
  const factor = value.datatypes[options.x] === 'temporal' ? 1000 : 1;
  const [start, end] = options.xLim ?? [null, null];
  return [typeof start === 'number' ? start * factor : null, typeof end === 'number' ? end * factor : null];
}

/** The distinct values of the colour column, in the order they first appear. */
export function colorDomain(value: NativePlotValue, options: NativePlotOptions): unknown[] {
  if (!options.color || value.datatypes[options.color] !== 'nominal') return [];
  const index = value.columns.indexOf(options.color);
  if (index < 0) return [];
  return [...new Set(value.data.map((row) => row[index]))];
}

/**
 * The rows to draw: those inside x_lim (plus the nearest one on each side per series, so a line
 * runs to the edge), and for a long line, each bin's lowest and highest point (what the eye
 * sees of a line denser than the pixels).
 */
export function chartRows(value: NativePlotValue, options: NativePlotOptions): Row[] {
  const xi = value.columns.indexOf(options.x);
  const yi = value.columns.indexOf(options.y);
  const ci = options.color ? value.columns.indexOf(options.color) : -1;
  const series = (row: unknown[]): unknown => (ci >= 0 ? row[ci] : '');
  const numericX = value.datatypes[options.x] !== 'nominal';
  let rows = value.data;
  const [start, end] = xDomain(value, options);
  if (numericX && (start !== null || end !== null)) {
    const before = new Map<unknown, unknown[]>();
    const after = new Map<unknown, unknown[]>();
    const inside: unknown[][] = [];
    for (const row of rows) {
      const x = Number(row[xi]);
      const key = series(row);
      if (start !== null && x < start) {
        if (!before.has(key) || x > Number(before.get(key)![xi])) before.set(key, row);
      } else if (end !== null && x > end) {
        if (!after.has(key) || x < Number(after.get(key)![xi])) after.set(key, row);
      } else inside.push(row);
    }
    rows = [...before.values(), ...inside, ...after.values()];
  }
  if (value.mark === 'line' && numericX && options.xBin === null && rows.length > DOWNSAMPLE_ABOVE)
    rows = downsample(rows, xi, yi, series);
  const keep =
    options.tooltip === 'all' || Array.isArray(options.tooltip)
      ? value.columns.map((name, i) => [name, i] as const)
      : ([[options.x, xi], [options.y, yi], ...(ci >= 0 ? [[options.color!, ci] as const] : [])] as const);
  return rows.map((row) => {
    const out: Row = {};
    for (const [name, i] of keep) out[name] = row[i];
    return out;
  });
}

function downsample(
  rows: unknown[][],
  xi: number,
  yi: number,
  series: (row: unknown[]) => unknown,
): unknown[][] {
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows) {
    const x = Number(row[xi]);
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const size = (max - min) / BINS || 1;
  // Per series and bin: the row index of the lowest and of the highest y.
  const bins = new Map<unknown, Map<number, [number, number]>>();
  rows.forEach((row, i) => {
    const key = series(row);
    let perSeries = bins.get(key);
    if (!perSeries) bins.set(key, (perSeries = new Map()));
    const bin = Math.min(BINS - 1, Math.floor((Number(row[xi]) - min) / size));
    const y = Number(row[yi]);
    const slot = perSeries.get(bin);
    if (!slot) perSeries.set(bin, [i, i]);
    else {
      if (y < Number(rows[slot[0]]![yi])) slot[0] = i;
      if (y > Number(rows[slot[1]]![yi])) slot[1] = i;
    }
  });
  const keep: number[] = [];
  for (const perSeries of bins.values())
    for (const [low, high] of perSeries.values())
      keep.push(...(low === high ? [low] : [low, high].sort((a, b) => a - b)));
  return keep.map((i) => rows[i]!);
}

function sortSpec(options: NativePlotOptions): unknown {
  const { sort } = options;
  if (sort === 'x') return 'ascending';
  if (sort === '-x') return 'descending';
  // By the bars' height as drawn (after aggregation), not by the raw column.
  if (sort === 'y' || sort === '-y') return sort;
  if (Array.isArray(sort)) return [...sort];
  return undefined;
}

/** Sizes from the block: a number, or undefined for Vega-Lite's default height. */
export interface ChartSize {
  width: number;
  height?: number;
}

/**
 * The Vega-Lite spec Gradio's frontend builds from the props, the data's column types and the
 * app's theme. The rows are bound separately (`data`), so a new value with the same shape only
 * swaps the rows of the drawn view.
 */
export function buildSpec(
  value: NativePlotValue,
  options: NativePlotOptions,
  theme: PlotTheme,
  size: ChartSize,
  rows: Row[],
): Record<string, unknown> {
  const types = value.datatypes;
  const temporalX = types[options.x] === 'temporal';
  const aggregate = aggregation(value, options);
  const step = binStep(options.xBin);
  const [xMin, xMax] = xDomain(value, options);
  const [yMin, yMax] = options.yLim ?? [null, null];
  const line = value.mark === 'line';
  const colors = colorDomain(value, options);
  const labelsVisible = options.xAxisLabelsVisible !== false && options.xAxisLabelsVisible !== 'hidden';
  const xTitle = options.xTitle || options.x;
  const yTitle = options.yTitle || options.y;

  const color = options.color
    ? {
        field: escapeField(options.color),
        type: types[options.color],
        legend:
          options.colorsInLegend && options.colorsInLegend.length === 0
            ? null
            : {
                orient: 'bottom',
                title: options.colorTitle ?? options.color,
                ...(options.colorsInLegend ? { values: [...options.colorsInLegend] } : {}),
              },
        scale:
          types[options.color] === 'nominal'
            ? {
                domain: colors,
                ...(options.colorMap
                  ? { range: colors.map((c) => options.colorMap![String(c)] ?? theme.accent) }
                  : {}),
              }
            : { range: theme.primary.filter(Boolean), interpolate: 'hsl' },
      }
    : undefined;

  const tooltip =
    options.tooltip === 'none'
      ? undefined
      : [
          {
            field: escapeField(options.y),
            type: types[options.y],
            ...(aggregate ? { aggregate } : {}),
            title: yTitle,
          },
          {
            field: escapeField(options.x),
            type: types[options.x],
            title: xTitle,
            ...(temporalX ? { format: '%Y-%m-%d %H:%M:%S' } : {}),
            ...(step !== undefined ? { bin: { step } } : {}),
          },
          ...(options.color ? [{ field: escapeField(options.color), type: types[options.color] }] : []),
          ...(options.tooltip === 'axis'
            ? []
            : value.columns
                .filter(
                  (c) =>
                    c !== options.x &&
                    c !== options.y &&
                    c !== options.color &&
                    (options.tooltip === 'all' || (options.tooltip as readonly string[]).includes(c)),
                )
                .map((c) => ({ field: escapeField(c), type: types[c] }))),
        ];

  const encoding = (mode: 'plot' | 'hover'): Record<string, unknown> => ({
    x: {
      field: escapeField(options.x),
      type: types[options.x],
      title: xTitle,
      axis: {
        ...(options.xLabelAngle ? { labelAngle: options.xLabelAngle } : {}),
        labels: labelsVisible,
        ticks: labelsVisible,
        ...(options.xAxisFormat ? { format: options.xAxisFormat } : {}),
      },
      scale: {
        ...(types[options.x] === 'quantitative' ? { zero: false } : {}),
        ...(xMin !== null ? { domainMin: xMin } : {}),
        ...(xMax !== null ? { domainMax: xMax } : {}),
      },
      ...(step !== undefined ? { bin: { step } } : {}),
      ...(sortSpec(options) !== undefined ? { sort: sortSpec(options) } : {}),
    },
    y: {
      field: escapeField(options.y),
      type: types[options.y],
      title: yTitle,
      axis: {
        ...(options.yLabelAngle ? { labelAngle: options.yLabelAngle } : {}),
        ...(options.yAxisFormat ? { format: options.yAxisFormat } : {}),
      },
      scale: {
        zero: false,
        ...(typeof yMin === 'number' ? { domainMin: yMin } : {}),
        ...(typeof yMax === 'number' ? { domainMax: yMax } : {}),
      },
      ...(aggregate ? { aggregate } : {}),
    },
    ...(color ? { color } : {}),
    ...(tooltip ? { tooltip } : {}),
    ...(line
      ? {
          size:
            mode === 'plot'
              ? { condition: { empty: false, param: 'hoverPlot', value: 3 }, value: 2 }
              : { condition: { empty: false, param: 'hover', value: 100 }, value: 0 },
        }
      : {}),
    ...(mode === 'hover'
      ? { opacity: { condition: { empty: false, param: 'hover', value: 1 }, value: 0 } }
      : {}),
  });

  const params: unknown[] = [];
  if (line)
    params.push(
      {
        name: 'hoverPlot',
        select: {
          type: 'point',
          on: 'mouseover',
          clear: 'mouseout',
          nearest: true,
          fields: options.color ? [options.color] : [],
        },
        views: ['hover'],
      },
      {
        name: 'hover',
        select: { type: 'point', on: 'mouseover', clear: 'mouseout', nearest: true },
        views: ['hover'],
      },
    );
  if (options.selectable)
    params.push({
      name: 'brush',
      select: {
        type: 'interval',
        encodings: ['x'],
        mark: { fill: 'gray', fillOpacity: 0.3, stroke: 'none' },
      },
      views: ['plot'],
    });

  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    background: 'transparent',
    config: {
      autosize: { type: 'fit', contains: 'padding' },
      axis: {
        labelFont: theme.font,
        labelColor: theme.text,
        titleFont: theme.font,
        titleColor: theme.text,
        titlePadding: 8,
        tickColor: theme.border,
        gridColor: theme.border,
        labelFontSize: theme.textSm,
        titleFontSize: theme.textSm,
        titleFontWeight: 'normal',
        labelFontWeight: 'normal',
        domain: false,
        labelAngle: 0,
        ...(size.height ? { titleLimit: size.height * 0.8 } : {}),
      },
      legend: {
        labelColor: theme.text,
        labelFont: theme.font,
        titleColor: theme.text,
        titleFont: theme.font,
        titleFontWeight: 'normal',
        titleFontSize: theme.textSm,
        labelFontWeight: 'normal',
        offset: 2,
      },
      title: {
        color: theme.text,
        font: theme.font,
        fontSize: theme.textMd,
        fontWeight: theme.titleWeight,
        anchor: 'middle',
      },
      view: { stroke: theme.border },
      mark: {
        ...(value.mark === 'bar' ? { fill: theme.accent } : { stroke: theme.accent }),
        cursor: 'crosshair',
      },
    },
    data: { name: 'data' },
    datasets: { data: rows },
    layer: (line ? (['plot', 'hover'] as const) : (['plot'] as const)).map((mode) => ({
      name: mode,
      mark: { type: mode === 'hover' ? 'point' : value.mark, clip: true },
      encoding: encoding(mode),
    })),
    params,
    width: size.width,
    ...(size.height ? { height: size.height } : {}),
    ...(options.title ? { title: options.title } : {}),
  };
}

/**
 * Everything the spec depends on besides the rows: when it is unchanged, a new value only swaps
 * the view's rows (a timer's refresh redraws without rebuilding the chart).
 */
export function specKey(
  value: NativePlotValue,
  options: NativePlotOptions,
  theme: PlotTheme,
  fixedHeight: boolean,
): string {
  return JSON.stringify([
    value.columns,
    value.datatypes,
    value.mark,
    colorDomain(value, options),
    options,
    theme,
    fixedHeight,
  ]);
}
