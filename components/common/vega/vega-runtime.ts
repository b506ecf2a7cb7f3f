import embed, { vega, type EmbedOptions, type Result, type VisualizationSpec } from 'vega-embed';
import type { Config } from 'vega-lite';
import type { View } from 'vega';
import { registerStyles } from '../../../src/base/style-registry.js';
import type { PlotTheme } from '../theme-watch.js';
import { vegaStyles } from './vega.styles.js';

// Loaded with the first chart on a page (this module is the lazy boundary for Vega, Vega-Lite
// and Vega-Embed): every Altair and native plot shares this one copy.
registerStyles(vegaStyles);

export type { View, Config, VisualizationSpec };

/** Tooltip content as Vega hands it over: a value, or fields (`title` is the heading). */
function fillTooltip(el: HTMLElement, value: unknown): void {
  el.replaceChildren();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    el.textContent = Array.isArray(value) ? JSON.stringify(value) : String(value);
    return;
  }
  const { title, ...fields } = value as Record<string, unknown>;
  if (title !== undefined) {
    const heading = document.createElement('h2');
    heading.textContent = String(title);
    el.append(heading);
  }
  const table = document.createElement('table');
  for (const [key, field] of Object.entries(fields)) {
    const row = table.insertRow();
    const k = row.insertCell();
    k.className = 'key';
    k.textContent = key;
    const v = row.insertCell();
    v.className = 'value';
    v.textContent = field !== null && typeof field === 'object' ? JSON.stringify(field) : String(field);
  }
  el.append(table);
}

/**
 * A tooltip for one chart, drawn inside the app (a popover in the top layer, so no block or row
 * clips it) instead of Vega-Tooltip's element on the host page's body and its style in the
 * host's head. Text only: values never become markup.
 */
export function createTooltip(anchor: HTMLElement): {
  handler: (handler: unknown, event: MouseEvent, item: unknown, value: unknown) => void;
  destroy(): void;
} {
  const tip = document.createElement('div');
  tip.className = 'gr-vega-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.popover = 'manual';
  anchor.append(tip);
  const hide = (): void => {
    if (tip.matches(':popover-open')) tip.hidePopover();
  };
  return {
    handler: (_handler, event, _item, value) => {
      if (value === null || value === undefined || value === '' || !tip.isConnected) return hide();
      fillTooltip(tip, value);
      if (!tip.matches(':popover-open')) tip.showPopover();
      const box = tip.getBoundingClientRect();
      let x = event.clientX + 10;
      let y = event.clientY + 10;
      if (x + box.width > innerWidth) x = Math.max(0, event.clientX - box.width - 10);
      if (y + box.height > innerHeight) y = Math.max(0, event.clientY - box.height - 10);
      tip.style.left = `${x}px`;
      tip.style.top = `${y}px`;
    },
    destroy: () => {
      hide();
      tip.remove();
    },
  };
}

/** Axis, legend and title colours and type from the app's theme (Gradio's chart look). */
export function themeConfig(theme: PlotTheme): Config {
  return {
    background: 'transparent',
    axis: {
      labelFont: theme.font,
      labelColor: theme.text,
      titleFont: theme.font,
      titleColor: theme.text,
      tickColor: theme.border,
      gridColor: theme.border,
      domainColor: theme.border,
      labelFontSize: theme.textSm,
      titleFontSize: theme.textSm,
      titleFontWeight: 'normal',
      labelFontWeight: 'normal',
    },
    legend: {
      labelColor: theme.text,
      labelFont: theme.font,
      titleColor: theme.text,
      titleFont: theme.font,
      titleFontWeight: 'normal',
      titleFontSize: theme.textSm,
      labelFontWeight: 'normal',
    },
    title: {
      color: theme.text,
      subtitleColor: theme.textSubdued,
      font: theme.font,
      fontSize: theme.textMd,
      fontWeight: theme.titleWeight as Config['font'] & 'normal',
    },
    header: { labelColor: theme.text, titleColor: theme.text, labelFont: theme.font, titleFont: theme.font },
    view: { stroke: theme.border },
  };
}

/**
 * New rows for a drawn view. Rows that line up with the drawn ones (same count, a timer's
 * refresh) change in place, so Vega updates its marks' attributes instead of building them anew.
 */
export function replaceRows(view: View, name: string, rows: Record<string, unknown>[]): Promise<View> {
  const current = view.data(name) as Record<string, unknown>[];
  if (current.length !== rows.length) return view.data(name, rows).runAsync();
  const changes = vega.changeset();
  rows.forEach((row, i) => {
    const tuple = current[i]!;
    for (const field of Object.keys(row))
      if (tuple[field] !== row[field]) changes.modify(tuple, field, row[field]);
  });
  return view.change(name, changes).runAsync();
}

export interface EmbeddedChart {
  readonly view: View;
  finalize(): void;
}

/**
 * Draws a Vega or Vega-Lite spec into `el`, off screen first: the new chart replaces the old
 * one only once it is drawn, so a redraw never flashes an empty block.
 */
export async function embedChart(
  el: HTMLElement,
  spec: VisualizationSpec,
  options: EmbedOptions & { tooltipAnchor?: HTMLElement } = {},
): Promise<EmbeddedChart> {
  const { tooltipAnchor, ...rest } = options;
  const target = document.createElement('div');
  target.className = 'gr-vega-chart';
  const tooltip = rest.tooltip === false ? null : createTooltip(tooltipAnchor ?? el);
  let result: Result;
  try {
    result = await embed(target, spec, {
      renderer: 'svg',
      actions: false,
      // Vega-Embed's own sheet would land in the shadow root unlayered; ours is in vega.styles.ts.
      defaultStyle: false,
      // Actions, where a chart has them, behind Vega-Embed's "…" menu (a <details>).
      forceActionsMenu: true,
      ...rest,
      ...(tooltip ? { tooltip: tooltip.handler } : {}),
    });
  } catch (error) {
    tooltip?.destroy();
    throw error;
  }
  // The caller finalizes the chart this one replaces, in the same task: no empty frame between.
  el.append(target);
  return {
    view: result.view,
    finalize: () => {
      result.finalize();
      tooltip?.destroy();
      target.remove();
    },
  };
}
