import { html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderValueError } from '../../src/base/block-title.js';
import { renderBlockLabel } from '../common/block-label.js';
import { renderEmptyState } from '../common/empty-state.js';
import { customButtons, renderCustomButtons } from '../common/custom-buttons.js';
import { DarkModeController, readPlotTheme } from '../common/theme-watch.js';
import type { PlotDrawer, PlotValue } from './internal/drawer.js';
import { plotStyles } from './plot.styles.js';

const plotIcon = svg`<svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor"
  stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M3 3v18h18"/><circle cx="8" cy="14" r="1.5"/><circle cx="12" cy="9" r="1.5"/><circle cx="17" cy="12" r="1.5"/><circle cx="19" cy="5" r="1.5"/></svg>`;

/** Each library's drawer, loaded with the first plot of its kind (with the library itself). */
const DRAWERS: Record<string, () => Promise<{ createDrawer(host: HTMLElement): PlotDrawer }>> = {
  plotly: () => import('./internal/plotly.js'),
  altair: () => import('./internal/altair.js'),
  bokeh: () => import('./internal/bokeh.js'),
};
const LIBRARIES = new Set(['matplotlib', ...Object.keys(DRAWERS)]);

/** Why a value cannot be shown, or null. */
function checkPlot(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return 'the plot payload is not an object';
  const { type, plot } = value as Partial<PlotValue>;
  if (typeof type !== 'string') return 'the plot payload names no plot type';
  if (!LIBRARIES.has(type))
    return `unknown plot type "${type}" (expected matplotlib, plotly, altair or bokeh)`;
  if (typeof plot !== 'string') return `the ${type} plot has no figure`;
  if (type === 'matplotlib' && !/^(data:image\/|https?:\/\/)/.test(plot))
    return 'the matplotlib plot is not an image';
  return null;
}

/** The part of a value that decides what is drawn (a new object with the same figure is no redraw). */
const signature = (value: PlotValue | null): string =>
  value ? `${value.type}\u0000${value.chart ?? ''}\u0000${value.plot}` : '';

/**
 * @summary A Gradio `Plot`: a matplotlib image, a Plotly figure (plotly.js), an Altair chart
 * (Vega-Lite, the page's one copy of Vega) or a Bokeh figure (BokehJS of the server's bokeh
 * version). Each library loads only with a plot that needs it; each plot takes its block's width,
 * follows it, and takes the theme's dark mode where its library allows.
 * @event gr-select - An Altair chart's brush (when the app listens): `{value, index, selected}`.
 * @event gr-custom_button_click - An app button in the toolbar: `{id}`.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('plot')
export class GrPlot extends GradioElement {
  static override css = plotStyles;

  /** `{type, plot}` (4.x Altair charts add `chart`), or null. */
  @property({ attribute: false }) value: PlotValue | null = null;
  /** The server's bokeh version. */
  @property({ attribute: false }) bokehVersion: string | null = null;
  /** App buttons for the toolbar (6.x). */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;
  /** 4.x Altair plots: a caption under the chart, and Vega-Embed's actions menu. */
  @property({ attribute: false }) caption: string | null = null;
  @property({ attribute: false }) showActionsButton: boolean | null = null;
  /** Whether the app listens to `select`. */
  @property({ type: Boolean }) selectable = false;

  readonly #dark = new DarkModeController(this);
  #drawer: PlotDrawer | null = null;
  #drawerHost: HTMLElement | null = null;
  #drawn = '';
  #drawnDark: boolean | null = null;
  #generation = 0;
  /** A value that could not be drawn (bad payload, a library that failed), by signature. */
  #failure: { signature: string; message: string } | null = null;
  #resize: ResizeObserver | null = null;
  #frame = 0;

  get #problem(): string | null {
    if (!this.value) return null;
    const bad = checkPlot(this.value);
    if (bad) return bad;
    return this.#failure?.signature === signature(this.value) ? this.#failure.message : null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#release();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  #release(): void {
    this.#generation++;
    this.#drawer?.destroy();
    this.#drawer = null;
    this.#drawerHost = null;
    this.#drawn = '';
    this.#resize?.disconnect();
    this.#resize = null;
    cancelAnimationFrame(this.#frame);
  }

  #sync(): void {
    const host = this.querySelector<HTMLElement>('.plot-area[data-drawer]');
    if (!host || !this.value || this.#problem) {
      if (this.#drawerHost) this.#release();
      return;
    }
    if (host !== this.#drawerHost) {
      this.#release();
      this.#drawerHost = host;
      this.#resize = new ResizeObserver(() => {
        cancelAnimationFrame(this.#frame);
        this.#frame = requestAnimationFrame(() => this.#drawer?.resize());
      });
      this.#resize.observe(host);
    }
    const dark = this.#dark.dark;
    const drawn = signature(this.value);
    if (drawn === this.#drawn && (dark === this.#drawnDark || this.value.type === 'bokeh')) return;
    this.#drawn = drawn;
    this.#drawnDark = dark;
    void this.#draw(host, this.value);
  }

  async #draw(host: HTMLElement, value: PlotValue): Promise<void> {
    const generation = ++this.#generation;
    try {
      if (!this.#drawer) {
        const { createDrawer } = await DRAWERS[value.type]!();
        if (generation !== this.#generation || host !== this.#drawerHost) return;
        this.#drawer = createDrawer(host);
      }
      await this.#drawer.draw(value, {
        theme: readPlotTheme(this, this.#dark.dark),
        selectable: this.selectable,
        showActions: this.showActionsButton ?? null,
        bokehVersion: this.bokehVersion ?? null,
        onSelect: (data) => this.emit('select', data),
      });
    } catch (error) {
      if (generation !== this.#generation) return;
      console.warn('[gradio-app] <gr-plot> could not draw its plot:', error);
      this.#failure = { signature: signature(value), message: (error as Error).message };
      this.requestUpdate();
    }
  }

  #renderPlot(value: PlotValue): unknown {
    const name = this.label || 'Plot';
    if (value.type === 'matplotlib')
      return html`<div class="plot-area matplotlib"><img src=${value.plot} alt=${name} /></div>`;
    return keyed(
      value.type,
      html`<div class="plot-area" data-drawer=${value.type} role="figure" aria-label=${name}></div>`,
    );
  }

  protected override renderContent(): unknown {
    const value = this.value;
    const problem = this.#problem;
    const labelShown = this.showLabel && Boolean(this.label ?? 'Plot');
    return html`<div class="block ${this.container ? '' : 'no-container'}" ?data-label=${labelShown}>
      ${renderBlockLabel({ label: this.label || 'Plot', show: this.showLabel, icon: plotIcon, container: this.container })}
      ${
        customButtons(this.buttons).length
          ? html`<div class="icon-buttons">
              ${renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }))}
            </div>`
          : nothing
      }
      ${
        !value
          ? renderEmptyState(plotIcon, 'large')
          : problem
            ? html`<div class="plot-problem">
                ${renderValueError(`This plot cannot be drawn: ${problem}.`)}
              </div>`
            : this.#renderPlot(value)
      }
      ${this.caption && value && !problem ? html`<p class="caption">${this.caption}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-plot': GrPlot;
  }
}
