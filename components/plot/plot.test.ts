import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrTriggerEvent } from '../../src/base/trigger-event.js';
import type { GrPlot } from './plot.js';
import { darkLayout } from './internal/plotly.js';
import { loadPlotly } from './internal/plotly-env.js';
import { readPlotTheme } from '../common/theme-watch.js';
import { render } from 'lit';
import { renderExample } from './example.js';

// A 2×1 PNG, as matplotlib's payload is a data URL of the figure's image.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwQZGBgYAD/gBf7TgoN1AAAAAElFTkSuQmCC';
const matplotlib = { type: 'matplotlib', plot: PNG };
const plotlyFigure = {
  data: [
    { type: 'scatter', mode: 'lines+markers', x: [1, 2, 3], y: [3, 1, 2], name: 'a' },
    { type: 'bar', x: [1, 2, 3], y: [1, 2, 3], name: 'b' },
  ],
  layout: { title: { text: 'Plotly' } },
};
const plotly = { type: 'plotly', plot: JSON.stringify(plotlyFigure) };
const altairSpec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  data: {
    values: [
      { a: 'x', b: 3 },
      { a: 'y', b: 7 },
      { a: 'z', b: 4 },
    ],
  },
  mark: 'bar',
  encoding: {
    x: { field: 'a', type: 'nominal' },
    y: { field: 'b', type: 'quantitative' },
    tooltip: [{ field: 'b' }],
  },
};
const altair = { type: 'altair', plot: JSON.stringify(altairSpec) };

runBlockContract('plot', matplotlib);

/** The host page's own nodes, to check that drawing a plot adds none. */
const hostNodes = (): string[] =>
  [...document.head.children, ...document.body.children]
    .filter((n) => n.localName !== 'div' || !(n as HTMLElement).shadowRoot)
    .map((n) => `${n.localName}#${n.id}`);

describe('plot example form', () => {
  it('shows a matplotlib thumbnail, or the library’s name', () => {
    const context = { layout: 'table' as const, fileUrl: () => null };
    const cell = document.createElement('div');
    render(renderExample(matplotlib, {}, context), cell);
    expect(cell.querySelector('img')!.getAttribute('src')).toBe(PNG);
    expect(renderExample(plotly, {}, context)).toBe('Plotly plot');
    expect(renderExample({ type: 'ggplot', plot: '' }, {}, context)).toBe('');
    expect(renderExample(null, {}, context)).toBe('');
  });
});

describe('<gr-plot>', () => {
  // plotly.js is 4.6 MB: loaded once, up front (through the same loader the block uses).
  // Its set-up at load writes nothing into the host page's head or body.
  beforeAll(async () => {
    const before = hostNodes();
    await loadPlotly();
    expect(hostNodes()).toEqual(before);
  }, 120_000);
  afterEach(() => document.body.replaceChildren());

  it('shows a matplotlib figure as its image, sized to the block', async () => {
    const { el } = await mountBlock<GrPlot>('plot', { label: 'Sales', value: matplotlib });
    const img = el.querySelector('img')!;
    expect(img.getAttribute('src')).toBe(PNG);
    expect(img.alt).toBe('Sales');
    expect(getComputedStyle(img).maxWidth).toBe('100%');
    expect(el.querySelector('.block-label')!.textContent).toContain('Sales');
  });

  it(
    'draws a Plotly figure inside the app: styles in the app root, nothing on the host page',
    { timeout: 60_000 },
    async () => {
      const before = hostNodes();
      const { el, root } = await mountBlock<GrPlot>('plot', { label: 'P', value: plotly });
      await vi.waitFor(
        () => expect(el.querySelectorAll('.plotly-graph .scatterlayer .trace').length).toBe(1),
        {
          timeout: 50_000,
        },
      );
      expect(el.querySelectorAll('.plotly-graph .barlayer .point').length).toBe(3);
      expect(hostNodes()).toEqual(before);
      // Plotly's global rules (modebar, hover) were adopted into the app root, in our layer.
      const rules = root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
      expect(rules).toContain('.js-plotly-plot .plotly .modebar');
      const modebar = el.querySelector<HTMLElement>('.modebar-container')!;
      expect(getComputedStyle(modebar).position).toBe('absolute');
      // Its measuring SVG lives in the plot's own container.
      expect(el.querySelector('#js-plotly-tester')).not.toBeNull();
    },
  );

  it('shows Plotly hover labels inside the shadow root', async () => {
    const { el } = await mountBlock<GrPlot>('plot', { value: plotly });
    await vi.waitFor(() => expect(el.querySelector('.plotly-graph .scatterlayer .point')).not.toBeNull(), {
      timeout: 20_000,
    });
    const point = el.querySelector('.plotly-graph .scatterlayer .point')!.getBoundingClientRect();
    const drag = el.querySelector('.plotly-graph .nsewdrag')!;
    const at = {
      clientX: point.left + point.width / 2,
      clientY: point.top + point.height / 2,
      bubbles: true,
    };
    drag.dispatchEvent(new MouseEvent('mousemove', at));
    await vi.waitFor(() => expect(el.querySelector('.hoverlayer .hovertext')).not.toBeNull());
    expect(el.querySelector('.hoverlayer .hovertext')!.textContent).toContain('3');
  });

  it('resizes a Plotly figure with its block and takes dark mode', async () => {
    const { el, root } = await mountBlock<GrPlot>('plot', { value: plotly });
    await vi.waitFor(() => expect(el.querySelector('.plotly-graph .main-svg')).not.toBeNull(), {
      timeout: 20_000,
    });
    const width = () => Number(el.querySelector('.plotly-graph .main-svg')!.getAttribute('width'));
    const wide = width();
    el.style.width = '400px';
    await vi.waitFor(() => expect(width()).toBeLessThan(wide));
    expect(width()).toBeLessThanOrEqual(400);
    const paper = () => el.querySelector('.plotly-graph .main-svg .bg')!.getAttribute('style') ?? '';
    expect(paper()).toMatch(/fill: rgb\(255, 255, 255\)|fill: white/);
    root.querySelector('.gradio-container')!.classList.add('dark');
    await vi.waitFor(() => expect(paper()).toMatch(/fill-opacity: 0/));
  });

  it('dark mode replaces only the default template', () => {
    const theme = { ...readPlotTheme(document.body, true), text: 'rgb(9, 9, 9)' };
    const themed = darkLayout(
      { template: { layout: { paper_bgcolor: 'white', plot_bgcolor: '#E5ECF6' } } },
      theme,
    );
    expect(themed.template).toMatchObject({
      layout: { paper_bgcolor: 'rgba(0,0,0,0)', font: { color: 'rgb(9, 9, 9)' } },
    });
    const own = { template: { layout: { paper_bgcolor: 'black', plot_bgcolor: 'black' } } };
    expect(darkLayout(own, theme)).toBe(own);
    expect(darkLayout(own, { ...theme, dark: false })).toBe(own);
  });

  it('draws an Altair chart with Vega, at the block’s width, with the tooltip in the app', async () => {
    const before = hostNodes();
    const { el } = await mountBlock<GrPlot>('plot', { label: 'A', value: altair });
    await vi.waitFor(() => expect(el.querySelectorAll('.gr-vega-chart .mark-rect path').length).toBe(3), {
      timeout: 20_000,
    });
    const area = el.querySelector<HTMLElement>('.plot-area')!;
    const svg = el.querySelector('.gr-vega-chart svg')!;
    expect(svg.getBoundingClientRect().width).toBeGreaterThan(area.clientWidth - 30);
    const bar = el.querySelector('.gr-vega-chart .mark-rect path')!;
    const box = bar.getBoundingClientRect();
    bar.dispatchEvent(
      new MouseEvent('pointermove', { clientX: box.left + 2, clientY: box.bottom - 2, bubbles: true }),
    );
    bar.dispatchEvent(
      new MouseEvent('mousemove', { clientX: box.left + 2, clientY: box.bottom - 2, bubbles: true }),
    );
    await vi.waitFor(() => expect(el.querySelector('.gr-vega-tooltip:popover-open')).not.toBeNull());
    expect(el.querySelector('.gr-vega-tooltip')!.textContent).toContain('3');
    expect(hostNodes()).toEqual(before);
    el.style.width = '320px';
    await vi.waitFor(() =>
      expect(el.querySelector('.gr-vega-chart svg')!.getBoundingClientRect().width).toBeLessThanOrEqual(320),
    );
  });

  it('says so in the block for an unknown type or a figure it cannot read', async () => {
    const { el } = await mountBlock<GrPlot>('plot', { value: { type: 'ggplot', plot: '{}' } });
    expect(el.querySelector('.value-error')!.textContent).toMatch(/unknown plot type "ggplot"/);
    el.value = { type: 'plotly', plot: '{not json' };
    await vi.waitFor(() =>
      expect(el.querySelector('.value-error')?.textContent).toMatch(/Plotly figure is not valid JSON/),
    );
    el.value = { type: 'altair', plot: JSON.stringify({ mark: 'nope', data: { values: [] } }) };
    await vi.waitFor(() => expect(el.querySelector('.value-error')?.textContent).toMatch(/cannot be drawn/), {
      timeout: 20_000,
    });
    el.value = matplotlib;
    await el.updateComplete;
    expect(el.querySelector('.value-error')).toBeNull();
    expect(el.querySelector('img')).not.toBeNull();
  });

  it('explains that a Bokeh plot needs BokehJS when it cannot be loaded', async () => {
    const item = { target_id: null, root_id: 'p1', doc: { version: '0.0.0-test', roots: [] } };
    const { el } = await mountBlock<GrPlot>('plot', { value: { type: 'bokeh', plot: JSON.stringify(item) } });
    await vi.waitFor(
      () => expect(el.querySelector('.value-error')?.textContent).toMatch(/needs BokehJS 0\.0\.0-test/),
      { timeout: 20_000 },
    );
    expect(document.head.querySelector('script[src*="bokeh"]')).toBeNull();
  });

  it('reports an Altair brush as select, as Gradio 6 does', async () => {
    const spec = {
      ...altairSpec,
      data: {
        values: [
          { t: 1000, v: 1 },
          { t: 5000, v: 3 },
          { t: 9000, v: 2 },
        ],
      },
      mark: 'line',
      encoding: { x: { field: 't', type: 'quantitative' }, y: { field: 'v', type: 'quantitative' } },
      params: [{ name: 'brush', select: { type: 'interval', encodings: ['x'] } }],
    };
    const { el, root } = await mountBlock<GrPlot>('plot', {
      selectable: true,
      value: { type: 'altair', plot: JSON.stringify(spec) },
    });
    const events: GrTriggerEvent[] = [];
    root.addEventListener('gr-select', (e) => events.push(e as GrTriggerEvent));
    await vi.waitFor(() => expect(el.querySelector('.gr-vega-chart .mark-line path')).not.toBeNull(), {
      timeout: 20_000,
    });
    const box = el.querySelector('.gr-vega-chart .mark-line path')!.getBoundingClientRect();
    const y = box.top + box.height / 2;
    const from = box.left + box.width * 0.2;
    const to = box.left + box.width * 0.8;
    const target = root.elementFromPoint(from, y)!;
    const ev = (type: string, x: number, buttons: number) =>
      new PointerEvent(type, {
        clientX: x,
        clientY: y,
        bubbles: true,
        composed: true,
        buttons,
        pointerId: 1,
      });
    target.dispatchEvent(ev('pointerdown', from, 1));
    target.dispatchEvent(
      new MouseEvent('mousedown', { clientX: from, clientY: y, bubbles: true, buttons: 1 }),
    );
    for (const x of [from + 10, (from + to) / 2, to]) {
      window.dispatchEvent(ev('pointermove', x, 1));
      window.dispatchEvent(
        new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, buttons: 1 }),
      );
      await new Promise((r) => setTimeout(r, 20));
    }
    window.dispatchEvent(ev('pointerup', to, 0));
    const end = root.elementFromPoint(to, y)!;
    end.dispatchEvent(new MouseEvent('mouseup', { clientX: to, clientY: y, bubbles: true }));
    await vi.waitFor(() => expect(events.length).toBeGreaterThan(0));
    const data = events.at(-1)!.data as {
      index: number[];
      value: Record<string, number[]>;
      selected: boolean;
    };
    expect(data.selected).toBe(true);
    expect(Object.keys(data.value)).toEqual(['t']);
    // Gradio 6's Altair payload: the index is the brush in thousands (ms to s).
    expect(data.index[0]).toBeCloseTo(data.value.t![0]! / 1000);
    expect(data.index[0]).toBeGreaterThan(1);
    expect(data.index[1]).toBeLessThan(9);
  });
});
