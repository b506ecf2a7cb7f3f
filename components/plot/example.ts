import { html } from 'lit';
import type { ExampleRenderer } from '../../src/base/example.js';

const NAMES: Record<string, string> = { plotly: 'Plotly plot', altair: 'Altair chart', bokeh: 'Bokeh plot' };

/**
 * A plot in an examples table: the matplotlib image as a thumbnail, the library's name for the
 * others (Gradio's page has no example form for plots and shows nothing).
 */
export const renderExample: ExampleRenderer = (value) => {
  if (value === null || typeof value !== 'object') return '';
  const { type, plot } = value as { type?: unknown; plot?: unknown };
  if (type === 'matplotlib' && typeof plot === 'string' && plot.startsWith('data:image/'))
    return html`<img
      src=${plot}
      alt="Plot"
      style="max-width: var(--size-40, 10rem); max-height: var(--size-20, 5rem); object-fit: contain"
    />`;
  return typeof type === 'string' ? (NAMES[type] ?? '') : '';
};
