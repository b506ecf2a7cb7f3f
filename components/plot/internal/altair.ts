import type { PlotTheme } from '../../common/theme-watch.js';
import type { EmbeddedChart } from '../../common/vega/vega-runtime.js';
import { loadVega } from '../../common/vega/load.js';
import { parseFigure, type DrawContext, type PlotDrawer } from './drawer.js';

type Obj = Record<string, unknown>;

/** Gradio's palette (the primary colour of each, in its order), for 4.x charts' series. */
const PALETTE = [
  '#ef4444',
  '#22c55e',
  '#3b82f6',
  '#eab308',
  '#a855f7',
  '#14b8a6',
  '#f97316',
  '#06b6d4',
  '#84cc16',
  '#ec4899',
];

const COMPOSITE = ['concat', 'hconcat', 'vconcat', 'facet', 'repeat'];

/** A single view (one chart, maybe layered) that can take its block's width. */
function isSingleView(spec: Obj): boolean {
  if (COMPOSITE.some((key) => key in spec)) return false;
  const encoding = (spec.encoding ?? {}) as Obj;
  return !encoding.row && !encoding.column && !encoding.facet;
}

/** 4.0–4.39 sent LinePlot/ScatterPlot/BarPlot as Altair with `chart`: Gradio themed those. */
function styleGradioChart(spec: Obj, chart: string, theme: PlotTheme): void {
  const recolor = (encoding: Obj | undefined): void => {
    const color = encoding?.color as { scale?: { range?: unknown[] }; type?: string } | undefined;
    if (!color?.scale?.range) return;
    if (chart === 'scatter' && color.type === 'quantitative') color.scale.range = ['#eff6ff', '#1e3a8a'];
    else color.scale.range = color.scale.range.map((_, i) => PALETTE[i % PALETTE.length]);
  };
  const mark =
    chart === 'bar'
      ? { opacity: 0.8, fill: theme.accent }
      : chart === 'line'
        ? { stroke: theme.accent, cursor: 'crosshair' }
        : { stroke: theme.accent };
  spec.config = { ...((spec.config as Obj) ?? {}), mark };
  recolor(spec.encoding as Obj);
  for (const layer of (spec.layer as Obj[] | undefined) ?? []) recolor(layer.encoding as Obj);
}

/**
 * Altair charts (a Vega-Lite spec), drawn with the page's one copy of Vega. A single view with
 * no width of its own takes its block's width, and follows it; dark mode gives the axes, legends
 * and titles the theme's colours.
 */
export function createDrawer(host: HTMLElement): PlotDrawer {
  let chart: EmbeddedChart | null = null;
  let fit = false;
  let maxWidth: number | null = null;
  const width = (): number => Math.min(host.clientWidth, maxWidth ?? Infinity);

  function listenForBrush(view: EmbeddedChart['view'], context: DrawContext): void {
    const report = (): void => {
      let brush: Record<string, unknown[]> | null;
      try {
        brush = view.signal('brush') as Record<string, unknown[]> | null;
      } catch {
        return; // the chart has no brush
      }
      if (!brush) return;
      const field = Object.keys(brush)[0];
      if (!field) context.onSelect({ value: null, index: null, selected: false });
      else
        context.onSelect({
          value: brush,
          index: brush[field]!.map((x) => Number(x) / 1000),
          selected: true,
        });
    };
    view.addEventListener('mouseup', report);
    view.addEventListener('touchend', report);
  }

  return {
    async draw(value, context) {
      const spec = parseFigure(value.plot, 'Altair');
      const gradioChart = typeof value.chart === 'string' && value.chart !== '' ? value.chart : null;
      if (gradioChart && !context.selectable && Array.isArray(spec.params))
        spec.params = (spec.params as Obj[]).filter((p) => p.name !== 'brush');
      fit =
        isSingleView(spec) &&
        (gradioChart !== null || spec.width === undefined || spec.width === 'container');
      maxWidth = gradioChart && typeof spec.width === 'number' ? spec.width : null;
      if (fit) {
        spec.width = width();
        spec.autosize ??= { type: 'fit', contains: 'padding' };
      }
      const { embedChart, themeConfig } = await loadVega();
      if (gradioChart) styleGradioChart(spec, gradioChart, context.theme);
      const themed = gradioChart !== null || context.theme.dark;
      const next = await embedChart(host, spec as never, {
        actions: context.showActions ?? true,
        ...(themed ? { config: themeConfig(context.theme) as never } : {}),
      });
      chart?.finalize();
      chart = next;
      if (context.selectable) listenForBrush(next.view, context);
    },
    resize() {
      if (!fit || !chart || !host.clientWidth || chart.view.width() === width()) return;
      void chart.view.width(width()).runAsync();
    },
    destroy() {
      chart?.finalize();
      chart = null;
    },
  };
}
