import type { PlotTheme } from '../../common/theme-watch.js';
import { parseFigure, type PlotDrawer } from './drawer.js';
import { addHome, inApp, loadPlotly, removeHome, type PlotlyModule } from './plotly-env.js';

type Obj = Record<string, unknown>;
const obj = (value: unknown): Obj =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};

/** Plotly's default template (plotly.py's "plotly"): a light figure meant for a white page. */
function isDefaultTemplate(layout: Obj): boolean {
  const template = obj(obj(layout.template).layout);
  if (!Object.keys(template).length) return true;
  return template.paper_bgcolor === 'white' && template.plot_bgcolor === '#E5ECF6';
}

/**
 * In dark mode a figure drawn with Plotly's default (light) template gets the theme's colours for
 * its text, backgrounds and grid. Colours the figure sets itself stay as they are, and a figure
 * with its own template (plotly_dark, seaborn…) is left alone.
 */
export function darkLayout(layout: Obj, theme: PlotTheme): Obj {
  if (!theme.dark || !isDefaultTemplate(layout)) return layout;
  const template = obj(layout.template);
  const base = obj(template.layout);
  const axis = (name: string): Obj => ({
    ...obj(base[name]),
    gridcolor: theme.border,
    linecolor: theme.border,
    zerolinecolor: theme.border,
    tickcolor: theme.border,
  });
  return {
    ...layout,
    template: {
      ...template,
      layout: {
        ...base,
        paper_bgcolor: 'rgba(0,0,0,0)',
        plot_bgcolor: 'rgba(0,0,0,0)',
        font: { ...obj(base.font), color: theme.text },
        title: { ...obj(base.title), font: { ...obj(obj(base.title).font), color: theme.text } },
        xaxis: axis('xaxis'),
        yaxis: axis('yaxis'),
        legend: { ...obj(base.legend), bgcolor: 'rgba(0,0,0,0)' },
      },
    },
  };
}

/** Plotly figures (`fig.to_json()`), drawn with plotly.js, resized with their block. */
export function createDrawer(host: HTMLElement): PlotDrawer {
  const graph = document.createElement('div');
  graph.className = 'plotly-graph';
  host.append(graph);
  addHome(host);
  let plotly: PlotlyModule | null = null;
  let drawn = false;
  return {
    async draw(value, context) {
      const figure = parseFigure(value.plot, 'Plotly');
      if (figure.data !== undefined && !Array.isArray(figure.data))
        throw new Error('the Plotly figure has no list of traces');
      plotly ??= await loadPlotly();
      const layout: Obj = { ...darkLayout(obj(figure.layout), context.theme), autosize: true };
      layout.margin = { ...obj(layout.margin), autoexpand: true };
      const config = {
        ...obj(figure.config),
        // The block resizes the plot (a ResizeObserver, not the window's resize event), and no
        // tip is shown on the host page's body.
        responsive: false,
        showTips: false,
      };
      const api = plotly;
      await inApp(() => api.react(graph, (figure.data ?? []) as never, layout as never, config as never));
      drawn = true;
    },
    resize() {
      const api = plotly;
      if (api && drawn && graph.isConnected) void inApp(() => api.Plots.resize(graph));
    },
    destroy() {
      if (plotly && drawn) plotly.purge(graph);
      graph.remove();
      removeHome(host);
    },
  };
}
