import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrTriggerEvent } from '../../src/base/trigger-event.js';
import type { GrNativeplot } from './nativeplot.js';
import {
  aggregation,
  binStep,
  buildSpec,
  chartRows,
  checkValue,
  DOWNSAMPLE_ABOVE,
  escapeField,
  type NativePlotOptions,
  type NativePlotValue,
} from './internal/spec.js';
import { readPlotTheme } from '../common/theme-watch.js';
import { renderExample } from './example.js';

const weights: NativePlotValue = {
  columns: ['weight', 'height', 'group'],
  data: [
    [50, 150, 'a'],
    [60, 161, 'b'],
    [70, 170, 'a'],
    [80, 178, 'b'],
    [90, 185, 'a'],
  ],
  datatypes: { weight: 'quantitative', height: 'quantitative', group: 'nominal' },
  mark: 'line',
};

const options = (extra: Partial<NativePlotOptions> = {}): NativePlotOptions => ({
  x: 'weight',
  y: 'height',
  color: null,
  title: null,
  xTitle: null,
  yTitle: null,
  colorTitle: null,
  xBin: null,
  yAggregate: null,
  colorMap: null,
  colorsInLegend: null,
  xLim: null,
  yLim: null,
  xLabelAngle: null,
  yLabelAngle: null,
  xAxisFormat: null,
  yAxisFormat: null,
  xAxisLabelsVisible: true,
  sort: null,
  tooltip: 'axis',
  selectable: false,
  ...extra,
});

const theme = readPlotTheme(document.body, false);
type Layer = { name: string; mark: { type: string }; encoding: Record<string, Record<string, unknown>> };
const layers = (spec: Record<string, unknown>): Layer[] => spec.layer as Layer[];

runBlockContract('nativeplot', weights);

describe('nativeplot spec', () => {
  it('builds a line with its hover layer, titles and the theme colours', () => {
    const o = options({ title: 'T', xTitle: 'Weight (kg)', yLim: [0, null] });
    const spec = buildSpec(
      weights,
      o,
      { ...theme, accent: 'rgb(1, 2, 3)' },
      { width: 400 },
      chartRows(weights, o),
    );
    expect(spec.title).toBe('T');
    expect(spec.width).toBe(400);
    expect(spec.height).toBeUndefined();
    expect(layers(spec).map((l) => [l.name, l.mark.type])).toEqual([
      ['plot', 'line'],
      ['hover', 'point'],
    ]);
    const plot = layers(spec)[0]!.encoding;
    expect(plot.x).toMatchObject({ field: 'weight', type: 'quantitative', title: 'Weight (kg)' });
    expect(plot.y).toMatchObject({ field: 'height', title: 'height', scale: { zero: false, domainMin: 0 } });
    expect(plot.y!.scale as object).not.toHaveProperty('domainMax');
    expect((spec.config as { mark: object }).mark).toMatchObject({ stroke: 'rgb(1, 2, 3)' });
    expect(spec.datasets).toEqual({
      data: [
        { weight: 50, height: 150 },
        { weight: 60, height: 161 },
        { weight: 70, height: 170 },
        { weight: 80, height: 178 },
        { weight: 90, height: 185 },
      ],
    });
  });

  it('aggregates bars over a nominal x (sum unless y_aggregate), sorts by the drawn height', () => {
    const bars: NativePlotValue = {
      ...weights,
      mark: 'bar',
      datatypes: { ...weights.datatypes, weight: 'nominal' },
    };
    expect(aggregation(bars, options())).toBe('sum');
    expect(aggregation(bars, options({ yAggregate: 'mean' }))).toBe('mean');
    const spec = buildSpec(bars, options({ sort: '-y' }), theme, { width: 300 }, []);
    const x = layers(spec)[0]!.encoding.x!;
    expect(x.sort).toBe('-y');
    expect(layers(spec)).toHaveLength(1);
    expect((spec.config as { mark: object }).mark).toMatchObject({ fill: theme.accent });
    // Points aggregate only when x is binned.
    const points = { ...weights, mark: 'point' };
    expect(aggregation(points, options())).toBeUndefined();
    expect(aggregation(points, options({ xBin: 10, yAggregate: 'max' }))).toBe('max');
    expect(aggregation(weights, options())).toBeUndefined();
  });

  it('reads x_bin durations for dates and x_lim in seconds', () => {
    expect(binStep('15m')).toBe(900_000);
    expect(binStep('1h')).toBe(3_600_000);
    expect(binStep('2d')).toBe(172_800_000);
    expect(binStep(5)).toBe(5);
    expect(binStep(null)).toBeUndefined();
    const times: NativePlotValue = {
      columns: ['t', 'v'],
      data: [
        [1_000_000, 1],
        [2_000_000, 2],
        [3_000_000, 3],
        [4_000_000, 4],
      ],
      datatypes: { t: 'temporal', v: 'quantitative' },
      mark: 'line',
    };
    const o = options({ x: 't', y: 'v', xLim: [2000, 3000], xBin: '1h' });
    const spec = buildSpec(times, o, theme, { width: 300, height: 200 }, chartRows(times, o));
    const x = layers(spec)[0]!.encoding.x!;
    expect(x.scale).toEqual({ domainMin: 2_000_000, domainMax: 3_000_000 });
    expect(x.bin).toEqual({ step: 3_600_000 });
    expect(spec.height).toBe(200);
    const tooltip = layers(spec)[0]!.encoding.tooltip as unknown as { format?: string }[];
    expect(tooltip[1]!.format).toBe('%Y-%m-%d %H:%M:%S');
  });

  it('keeps the rows inside x_lim plus the nearest one on each side, per series', () => {
    const o = options({ color: 'group', xLim: [65, 75] });
    const xs = chartRows(weights, o)
      .map((r) => r.weight)
      .sort();
    // a: 50, 70, 90 -> 50 before, 70 inside, 90 after; b: 60, 80 -> 60 before, 80 after.
    expect(xs).toEqual([50, 60, 70, 80, 90]);
    const narrow = chartRows(weights, options({ xLim: [65, 75] })).map((r) => r.weight);
    expect(narrow).toEqual([60, 70, 80]);
  });

  it('draws a long line from each bin’s lowest and highest points', () => {
    const n = 10_000;
    const long: NativePlotValue = {
      columns: ['x', 'y'],
      data: Array.from({ length: n }, (_, i) => [i, Math.sin(i / 50) + (i === 5000 ? 10 : 0)]),
      datatypes: { x: 'quantitative', y: 'quantitative' },
      mark: 'line',
    };
    const rows = chartRows(long, options({ x: 'x', y: 'y' }));
    expect(rows.length).toBeGreaterThan(DOWNSAMPLE_ABOVE / 4);
    expect(rows.length).toBeLessThanOrEqual(500);
    // The spike survives.
    expect(rows.some((r) => r.x === 5000 && (r.y as number) > 9)).toBe(true);
    // x stays in order.
    const xs = rows.map((r) => r.x as number);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('colours series from color_map, limits the legend, keeps all columns for tooltip="all"', () => {
    const o = options({
      color: 'group',
      colorMap: { a: 'red', b: 'blue' },
      colorsInLegend: ['a'],
      tooltip: 'all',
    });
    const spec = buildSpec({ ...weights, mark: 'point' }, o, theme, { width: 300 }, chartRows(weights, o));
    const color = layers(spec)[0]!.encoding.color!;
    expect(color.scale).toEqual({ domain: ['a', 'b'], range: ['red', 'blue'] });
    expect(color.legend).toMatchObject({ values: ['a'], orient: 'bottom' });
    expect(
      buildSpec(weights, options({ color: 'group', colorsInLegend: [] }), theme, { width: 1 }, []).layer,
    ).toSatisfy((l: Layer[]) => l[0]!.encoding.color!.legend === null);
    expect(chartRows(weights, o)[0]).toEqual({ weight: 50, height: 150, group: 'a' });
    const tooltip = layers(spec)[0]!.encoding.tooltip as unknown as { field: string }[];
    expect(tooltip.map((t) => t.field)).toEqual(['height', 'weight', 'group']);
    expect(
      layers(buildSpec(weights, options({ tooltip: 'none' }), theme, { width: 1 }, []))[0]!.encoding,
    ).not.toHaveProperty('tooltip');
  });

  it('adds the x brush only when the app listens to select; escapes field paths', () => {
    expect(buildSpec(weights, options(), theme, { width: 1 }, []).params).toHaveLength(2);
    const params = buildSpec(weights, options({ selectable: true }), theme, { width: 1 }, []).params as {
      name: string;
      select: { encodings?: string[] };
    }[];
    expect(params.find((p) => p.name === 'brush')!.select.encodings).toEqual(['x']);
    expect(escapeField('a.b[0]')).toBe('a\\.b\\[0\\]');
  });

  it('says why a value cannot be drawn', () => {
    expect(checkValue(weights, { x: 'weight', y: 'height' })).toBeNull();
    expect(checkValue([1, 2], { x: 'a', y: 'b' })).toMatch(/no columns/);
    expect(checkValue({ ...weights, mark: 'pie' }, { x: 'weight', y: 'height' })).toMatch(
      /unknown mark "pie"/,
    );
    expect(checkValue(weights, { x: 'age', y: 'height' })).toMatch(/no column "age"/);
  });
});

const chartMarks = (el: HTMLElement): number =>
  el.querySelectorAll('.chart svg .mark-line path, .chart svg .mark-symbol path, .chart svg .mark-rect path')
    .length;
const waitForChart = async (el: HTMLElement): Promise<SVGSVGElement> => {
  await vi.waitFor(() => expect(chartMarks(el)).toBeGreaterThan(0), { timeout: 10_000 });
  return el.querySelector<SVGSVGElement>('.chart svg')!;
};

describe('nativeplot example form', () => {
  it('names the chart by its title, else "x x y"', () => {
    const context = { layout: 'table' as const, fileUrl: () => null };
    expect(renderExample(weights, { x: 'weight', y: 'height' }, context)).toBe('weight x height');
    expect(renderExample(weights, { x: 'weight', y: 'height', title: 'Growth' }, context)).toBe('Growth');
  });
});

describe('<gr-nativeplot>', () => {
  afterEach(() => document.body.replaceChildren());

  const props = { x: 'weight', y: 'height', label: 'Line', value: weights };

  it('draws the chart as SVG marks sized to the block', async () => {
    const { el } = await mountBlock<GrNativeplot>('nativeplot', props);
    const svg = await waitForChart(el);
    const chart = el.querySelector<HTMLElement>('.chart')!;
    expect(Math.abs(svg.getBoundingClientRect().width - chart.clientWidth)).toBeLessThan(2);
    expect(el.querySelector('.label')!.textContent).toBe('Line');
  });

  it('swaps the rows of the drawn view for a new value of the same shape (no rebuild)', async () => {
    const { el } = await mountBlock<GrNativeplot>('nativeplot', props);
    const svg = await waitForChart(el);
    const path = () => el.querySelector('.chart svg .mark-line path')!.getAttribute('d');
    const before = path();
    el.value = { ...weights, data: weights.data.map(([x, y, g], i) => [x, i === 2 ? 150 : y, g]) };
    await vi.waitFor(() => expect(path()).not.toBe(before));
    // The same SVG element: the chart was not embedded again.
    expect(el.querySelector('.chart svg')).toBe(svg);
  });

  it('rebuilds when a prop changes and redraws on resize', async () => {
    const { el } = await mountBlock<GrNativeplot>('nativeplot', props);
    const svg = await waitForChart(el);
    el.title = 'Heights';
    await vi.waitFor(() => expect(el.querySelector('.chart svg')).not.toBe(svg));
    await vi.waitFor(() => expect(el.querySelector('.chart svg')!.textContent).toContain('Heights'));
    el.style.width = '300px';
    await vi.waitFor(() =>
      expect(Math.round(el.querySelector('.chart svg')!.getBoundingClientRect().width)).toBeLessThanOrEqual(
        300,
      ),
    );
  });

  it('fills a fixed height', async () => {
    const { el } = await mountBlock<GrNativeplot>('nativeplot', { ...props, height: 300 });
    const svg = await waitForChart(el);
    expect(el.querySelector<HTMLElement>('.block')!.getBoundingClientRect().height).toBe(300);
    const chart = el.querySelector<HTMLElement>('.chart')!;
    await vi.waitFor(() =>
      expect(Math.abs(svg.getBoundingClientRect().height - chart.clientHeight)).toBeLessThan(2),
    );
  });

  it('reports a brush over x as select, with Gradio’s payload', async () => {
    const { el, root } = await mountBlock<GrNativeplot>('nativeplot', { ...props, selectable: true });
    const events: GrTriggerEvent[] = [];
    root.addEventListener('gr-select', (e) => events.push(e as GrTriggerEvent));
    const svg = await waitForChart(el);
    const box = svg.querySelector('.mark-line path')!.getBoundingClientRect();
    const y = box.top + box.height / 2;
    const from = box.left + box.width * 0.25;
    await dragAcross(root.elementFromPoint(from, y)!, from, box.left + box.width * 0.75, y);
    await vi.waitFor(() => expect(events).toHaveLength(1));
    const data = events[0]!.data as { index: number[]; value: number[]; selected: boolean };
    expect(data.selected).toBe(true);
    expect(data.index).toEqual(data.value);
    expect(data.index[0]).toBeGreaterThan(55);
    expect(data.index[1]).toBeLessThan(85);
    expect(data.index[0]).toBeLessThan(data.index[1]!);
  });

  it('reports double_click', async () => {
    const { el, root } = await mountBlock<GrNativeplot>('nativeplot', props);
    const onDouble = vi.fn();
    root.addEventListener('gr-double_click', onDouble);
    const svg = await waitForChart(el);
    await userEvent.dblClick(svg);
    await vi.waitFor(() => expect(onDouble).toHaveBeenCalledTimes(1));
  });

  it('shows the toolbar buttons asked for and exports a PNG', async () => {
    const { el } = await mountBlock<GrNativeplot>('nativeplot', {
      ...props,
      buttons: ['export', 'fullscreen'],
    });
    await waitForChart(el);
    expect([...el.querySelectorAll('.icon-button')].map((b) => b.getAttribute('aria-label'))).toEqual([
      'Export',
      'Fullscreen',
    ]);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    el.querySelector<HTMLButtonElement>('[aria-label="Export"]')!.click();
    await vi.waitFor(() => expect(clicked).toHaveBeenCalled());
    const link = clicked.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('chart.png');
    clicked.mockRestore();
  });

  it('goes full screen from its button (covering the viewport where the API is refused) and back', async () => {
    const { el } = await mountBlock<GrNativeplot>('nativeplot', { ...props, buttons: ['fullscreen'] });
    await waitForChart(el);
    el.querySelector<HTMLButtonElement>('[aria-label="Fullscreen"]')!.click();
    await vi.waitFor(() => expect(el.querySelector('[aria-label="Exit fullscreen mode"]')).not.toBeNull());
    // The chart is rebuilt to fill the screen's height.
    await vi.waitFor(() =>
      expect(el.querySelector('.chart svg')!.getBoundingClientRect().height).toBeGreaterThan(
        innerHeight * 0.6,
      ),
    );
    el.querySelector<HTMLButtonElement>('[aria-label="Exit fullscreen mode"]')!.click();
    await vi.waitFor(() => expect(el.querySelector('[aria-label="Fullscreen"]')).not.toBeNull());
    expect(el.hasAttribute('data-covering')).toBe(false);
    expect(document.fullscreenElement).toBeNull();
  });

  it('shows the empty state without a value and a message for a value it cannot draw', async () => {
    const { el } = await mountBlock<GrNativeplot>('nativeplot', { x: 'weight', y: 'height' });
    expect(el.querySelector('.empty-state')).not.toBeNull();
    el.value = { ...weights, mark: 'pie' };
    await el.updateComplete;
    expect(el.querySelector('.value-error')!.textContent).toMatch(/unknown mark "pie"/);
  });
});

async function dragAcross(target: Element, fromX: number, toX: number, y: number): Promise<void> {
  const opts = (x: number, buttons: number): PointerEventInit & MouseEventInit => ({
    clientX: x,
    clientY: y,
    bubbles: true,
    composed: true,
    buttons,
    button: 0,
    pointerId: 1,
    isPrimary: true,
  });
  target.dispatchEvent(new PointerEvent('pointerdown', opts(fromX, 1)));
  target.dispatchEvent(new MouseEvent('mousedown', opts(fromX, 1)));
  for (let i = 1; i <= 5; i++) {
    const x = fromX + ((toX - fromX) * i) / 5;
    window.dispatchEvent(new PointerEvent('pointermove', opts(x, 1)));
    window.dispatchEvent(new MouseEvent('mousemove', opts(x, 1)));
    await new Promise((r) => setTimeout(r, 20));
  }
  window.dispatchEvent(new MouseEvent('mouseup', opts(toX, 0)));
  window.dispatchEvent(new PointerEvent('pointerup', opts(toX, 0)));
}
