import { html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderBlockTitle, renderValueError } from '../../src/base/block-title.js';
import { cssLength } from '../../src/base/css-length.js';
import { renderEmptyState } from '../common/empty-state.js';
import { customButtons, renderCustomButtons } from '../common/custom-buttons.js';
import { icons } from '../common/icons.js';
import { downloadFile } from '../common/download.js';
import { DarkModeController, readPlotTheme, type PlotTheme } from '../common/theme-watch.js';
import type { EmbeddedChart } from '../common/vega/vega-runtime.js';
import { loadVega } from '../common/vega/load.js';
import { FullscreenController } from './internal/fullscreen.js';
import {
  buildSpec,
  chartRows,
  checkValue,
  specKey,
  type Aggregate,
  type NativePlotOptions,
  type NativePlotValue,
} from './internal/spec.js';
import { nativeplotStyles } from './nativeplot.styles.js';

const chartIcon = svg`<svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor"
  stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M3 3v18h18"/><path d="m7 15 4-5 3 3 6-7"/></svg>`;

/** The props that shape the chart; a change to one rebuilds it. */
const CHART_PROPS = [
  'x',
  'y',
  'color',
  'title',
  'xTitle',
  'yTitle',
  'colorTitle',
  'xBin',
  'yAggregate',
  'colorMap',
  'colorsInLegend',
  'xLim',
  'yLim',
  'xLabelAngle',
  'yLabelAngle',
  'xAxisFormat',
  'yAxisFormat',
  'xAxisLabelsVisible',
  'sort',
  'tooltip',
  'selectable',
] as const;

/**
 * @summary A Gradio `LinePlot`, `ScatterPlot` or `BarPlot` (config type `nativeplot`): a
 * Vega-Lite chart built from the props and the table the server sends, in the theme's colours
 * (dark mode too). A new value with the same columns swaps the drawn view's rows (a gr.Timer's
 * refresh never rebuilds the chart); a brush across x reports `select`, a double click
 * `double_click`; fullscreen and PNG export from the toolbar.
 * @event gr-select - A brush over a range of x: `{index: [x0, x1], value: [x0, x1], selected: true}` (dates in seconds).
 * @event gr-double_click - The user double-clicked the chart.
 * @event gr-custom_button_click - An app button in the toolbar: `{id}`.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('nativeplot')
export class GrNativeplot extends GradioElement {
  static override css = nativeplotStyles;

  /** `{columns, data, datatypes, mark}`, or null. */
  @property({ attribute: false }) value: NativePlotValue | null = null;
  @property() x = '';
  @property() y = '';
  @property() color: string | null = null;
  /**
   * The chart's title. It shadows HTMLElement's `title`, so it never becomes the native tooltip
   * of the whole block; null (not set) reads as empty.
   */
  @property() override title = '';
  @property({ attribute: false }) xTitle: string | null = null;
  @property({ attribute: false }) yTitle: string | null = null;
  @property({ attribute: false }) colorTitle: string | null = null;
  /** A number (numeric x) or a duration such as "1h" (dates). */
  @property({ attribute: false }) xBin: string | number | null = null;
  @property({ attribute: false }) yAggregate: Aggregate | null = null;
  @property({ attribute: false }) colorMap: Record<string, string> | null = null;
  @property({ attribute: false }) colorsInLegend: readonly string[] | null = null;
  /** `[min, max]`, either may be null; dates in seconds. */
  @property({ attribute: false }) xLim: readonly (number | null)[] | null = null;
  @property({ attribute: false }) yLim: readonly (number | null)[] | null = null;
  @property({ attribute: false }) xLabelAngle: number | null = null;
  @property({ attribute: false }) yLabelAngle: number | null = null;
  @property({ attribute: false }) xAxisFormat: string | null = null;
  @property({ attribute: false }) yAxisFormat: string | null = null;
  @property({ attribute: false }) xAxisLabelsVisible: boolean | string = true;
  @property({ attribute: false }) caption: string | null = null;
  @property({ attribute: false }) sort: string | readonly string[] | null = null;
  /** "axis", "none", "all", or extra columns. */
  @property({ attribute: false }) tooltip: string | readonly string[] = 'axis';
  /** The block's height in px (the chart fills what the label and caption leave). */
  @property({ attribute: false }) height: number | string | null = null;
  /** 6.x: "fullscreen", "export" and app buttons. */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;
  /** 5.x spellings of the two buttons. */
  @property({ attribute: false }) showFullscreenButton: boolean | null = null;
  @property({ attribute: false }) showExportButton: boolean | null = null;
  /** Whether the app listens to `select` (then the chart has a brush). */
  @property({ type: Boolean }) selectable = false;

  readonly #dark = new DarkModeController(this);
  readonly #fullscreen = new FullscreenController(this);
  #chart: EmbeddedChart | null = null;
  #chartHost: HTMLElement | null = null;
  /** What the drawn chart was built from (see `specKey`). */
  #key = '';
  #rowsShown: unknown = null;
  #generation = 0;
  #error: string | null = null;
  #dirty = true;
  /** A prop besides the value changed: the theme is read again (it costs a style recalc). */
  #propsDirty = true;
  #theme: PlotTheme | null = null;
  /** Dark mode and fixed height as last drawn. */
  #shape = '';
  #resize: ResizeObserver | null = null;
  #resizeFrame = 0;
  /** The pointer is down on the chart: a rebuild waits, so a brush is not cut short. */
  #brushing = false;
  #rebuildAfterBrush = false;
  #brush: Record<string, unknown[]> | null = null;
  #lastSelect = '';

  get #options(): NativePlotOptions {
    return {
      x: this.x,
      y: this.y,
      color: this.color ?? null,
      title: this.title || null,
      xTitle: this.xTitle ?? null,
      yTitle: this.yTitle ?? null,
      colorTitle: this.colorTitle ?? null,
      xBin: this.xBin ?? null,
      yAggregate: this.yAggregate ?? null,
      colorMap: this.colorMap ?? null,
      colorsInLegend: this.colorsInLegend ?? null,
      xLim: this.xLim ?? null,
      yLim: this.yLim ?? null,
      xLabelAngle: this.xLabelAngle ?? null,
      yLabelAngle: this.yLabelAngle ?? null,
      xAxisFormat: this.xAxisFormat ?? null,
      yAxisFormat: this.yAxisFormat ?? null,
      xAxisLabelsVisible: this.xAxisLabelsVisible ?? true,
      sort: this.sort ?? null,
      tooltip: this.tooltip ?? 'axis',
      selectable: this.selectable,
    };
  }

  get #fixedHeight(): boolean {
    return this.height !== null && this.height !== undefined ? true : this.#fullscreen.active;
  }

  get #shownButtons(): { fullscreen: boolean; export: boolean } {
    const list = this.buttons ?? [];
    return {
      fullscreen: list.includes('fullscreen') || this.showFullscreenButton === true,
      export: list.includes('export') || this.showExportButton === true,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value') || CHART_PROPS.some((p) => changed.has(p)) || changed.has('height'))
      this.#dirty = true;
    if (changed.has('value') || changed.has('x') || changed.has('y'))
      this.#error = this.value ? checkValue(this.value, this) : null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#sync();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#dirty = true;
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#teardown();
  }

  #teardown(): void {
    this.#generation++;
    this.#chart?.finalize();
    this.#chart = null;
    this.#key = '';
    this.#rowsShown = null;
    this.#resize?.disconnect();
    this.#resize = null;
    this.#chartHost = null;
    cancelAnimationFrame(this.#resizeFrame);
  }

  /** Draws, rebuilds or swaps rows, whichever the last change needs. */
  #sync(): void {
    const host = this.querySelector<HTMLElement>('.chart');
    if (!host || !this.value || this.#error) {
      if (this.#chartHost) this.#teardown();
      return;
    }
    if (host !== this.#chartHost) {
      this.#teardown();
      this.#chartHost = host;
      this.#resize = new ResizeObserver(() => this.#onResize());
      this.#resize.observe(host);
      this.#propsDirty = true;
    }
    // Most updates (a status tick while a refresh runs) change nothing the chart shows.
    const shape = `${this.#dark.dark}|${this.#fixedHeight}`;
    if (!this.#dirty && shape === this.#shape && this.#chart) return;
    if (this.#propsDirty || shape !== this.#shape || !this.#theme || !this.#chart)
      this.#theme = readPlotTheme(this, this.#dark.dark);
    this.#propsDirty = false;
    this.#shape = shape;
    const theme = this.#theme;
    const key = specKey(this.value, this.#options, theme, this.#fixedHeight);
    if (!this.#dirty && key === this.#key) return;
    this.#dirty = false;
    if (this.#chart && key === this.#key) {
      this.#swapRows();
      return;
    }
    if (this.#brushing) {
      this.#rebuildAfterBrush = true;
      return;
    }
    void this.#build(host, key, theme);
  }

  #swapRows(): void {
    const chart = this.#chart;
    if (!chart || !this.value || this.#rowsShown === this.value) return;
    const value = this.value;
    this.#rowsShown = value;
    const rows = chartRows(value, this.#options);
    // The runtime is loaded already (the chart was drawn with it): this resolves at once.
    void loadVega().then(({ replaceRows }) => {
      if (this.#chart === chart) void replaceRows(chart.view, 'data', rows);
    });
  }

  #size(host: HTMLElement): { width: number; height?: number } {
    return {
      width: Math.max(0, Math.floor(host.clientWidth)),
      ...(this.#fixedHeight ? { height: Math.max(80, Math.floor(host.clientHeight)) } : {}),
    };
  }

  async #build(host: HTMLElement, key: string, theme: PlotTheme): Promise<void> {
    const generation = ++this.#generation;
    const value = this.value!;
    const size = this.#size(host);
    // A block not laid out yet (an inactive tab): drawn when it gets a width.
    if (size.width === 0) {
      this.#key = '';
      this.#dirty = true;
      return;
    }
    this.#key = key;
    try {
      const { embedChart } = await loadVega();
      if (generation !== this.#generation) return;
      const options = this.#options;
      const spec = buildSpec(value, options, theme, size, chartRows(value, options));
      const chart = await embedChart(host, spec as never, { tooltip: options.tooltip !== 'none' });
      if (generation !== this.#generation) {
        chart.finalize();
        return;
      }
      this.#chart?.finalize();
      this.#chart = chart;
      this.#rowsShown = value;
      this.#listen(chart, value);
      // A value that came while the chart was being built.
      if (this.value !== value) {
        this.#dirty = true;
        this.#sync();
      }
    } catch (error) {
      if (generation !== this.#generation) return;
      console.warn('[gradio-app] <gr-nativeplot> could not draw its chart:', error);
      this.#key = '';
      this.#error = `The chart could not be drawn: ${(error as Error).message}`;
      this.requestUpdate();
    }
  }

  #listen(chart: EmbeddedChart, value: NativePlotValue): void {
    const { view } = chart;
    view.addEventListener('dblclick', () => this.emit('double_click'));
    if (!this.selectable) return;
    const temporal = value.datatypes[this.x] === 'temporal';
    view.addSignalListener('brush', (_name, brush: Record<string, unknown[]>) => {
      this.#brush = brush;
    });
    this.#brush = null;
    this.#lastSelect = '';
    const report = (): void => {
      const brush = this.#brush;
      const field = brush && Object.keys(brush)[0];
      if (!brush || !field) return;
      const range = brush[field]!.map((v) => (temporal ? Number(v) / 1000 : v));
      const signature = JSON.stringify(range);
      if (signature === this.#lastSelect) return;
      this.#lastSelect = signature;
      this.emit('select', { value: range, index: range, selected: true });
    };
    this.#onBrushEnd = report;
  }

  #onBrushEnd: (() => void) | null = null;

  #onPointerDown(event: PointerEvent): void {
    if (event.button !== 0) return;
    this.#brushing = true;
    addEventListener(
      'pointerup',
      () => {
        // After Vega has handled the same pointerup (its listener was added first).
        setTimeout(() => {
          this.#brushing = false;
          this.#onBrushEnd?.();
          if (this.#rebuildAfterBrush) {
            this.#rebuildAfterBrush = false;
            this.#dirty = true;
            this.#sync();
          }
        });
      },
      { once: true },
    );
  }

  #onResize(): void {
    cancelAnimationFrame(this.#resizeFrame);
    this.#resizeFrame = requestAnimationFrame(() => {
      const host = this.#chartHost;
      if (!host) return;
      if (!this.#chart) {
        this.#dirty = true;
        this.#sync();
        return;
      }
      const { width, height } = this.#size(host);
      if (width === 0) return;
      const view = this.#chart.view;
      if (view.width() === width && (height === undefined || view.height() === height)) return;
      view.width(width);
      if (height !== undefined) view.height(height);
      void view.runAsync();
    });
  }

  async #export(): Promise<void> {
    const view = this.#chart?.view;
    if (!view) return;
    const theme = readPlotTheme(this, this.#dark.dark);
    view.background(theme.background);
    try {
      const url = await view.toImageURL('png', 2);
      await downloadFile(url, 'chart.png', this);
    } finally {
      view.background('transparent');
      void view.runAsync();
    }
  }

  protected override renderContent(): unknown {
    const shown = this.#shownButtons;
    const custom = customButtons(this.buttons);
    const fixed = this.height !== null && this.height !== undefined && !this.#fullscreen.active;
    return html`<div
      class="block ${this.container ? '' : 'no-container'}"
      style=${fixed ? `height:${cssLength(this.height)}` : nothing}
      ?data-fixed-height=${fixed}
    >
      ${
        shown.export || shown.fullscreen || custom.length
          ? html`<div class="icon-buttons">
              ${renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }))}
              ${
                shown.export && this.value && !this.#error
                  ? html`<button
                      type="button"
                      class="icon-button"
                      aria-label="Export"
                      title="Export"
                      @click=${() => void this.#export()}
                    >
                      ${icons.download}
                    </button>`
                  : nothing
              }
              ${
                shown.fullscreen
                  ? html`<button
                      type="button"
                      class="icon-button"
                      aria-label=${this.#fullscreen.active ? 'Exit fullscreen mode' : 'Fullscreen'}
                      title=${this.#fullscreen.active ? 'Exit fullscreen mode' : 'Fullscreen'}
                      @click=${() => void this.#fullscreen.toggle()}
                    >
                      ${this.#fullscreen.active ? icons.minimize : icons.maximize}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${renderBlockTitle({ label: this.label, show: this.showLabel })}
      ${
        !this.value
          ? renderEmptyState(chartIcon)
          : this.#error
            ? renderValueError(`This plot cannot be drawn: ${this.#error}`)
            : html`<div
                  class="chart"
                  role="figure"
                  aria-label=${this.label || this.title || 'Chart'}
                  @pointerdown=${this.#onPointerDown}
                  @mousedown=${(e: MouseEvent) => e.detail > 1 && e.preventDefault()}
                ></div>
                ${this.caption ? html`<p class="caption">${this.caption}</p>` : nothing}`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-nativeplot': GrNativeplot;
  }
}
