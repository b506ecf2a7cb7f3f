import { css } from 'lit';

/**
 * What Vega-Embed's own stylesheet would give a chart (it would go into the shadow root
 * unlayered), the actions menu where a chart has one, and the tooltip, in the theme's colours.
 */
export const vegaStyles = css`
  @layer gr.components {
    .gr-vega-chart {
      position: relative;
      display: block;
      max-width: 100%;
    }
    .gr-vega-chart.vega-embed {
      display: inline-block;
    }
    .gr-vega-chart svg,
    .gr-vega-chart canvas {
      display: block;
      max-width: none;
    }
    .gr-vega-chart.has-actions {
      padding-right: 38px;
    }
    .gr-vega-chart details {
      position: absolute;
      top: 0;
      right: 0;
      z-index: 10;
    }
    .gr-vega-chart details summary {
      display: flex;
      align-items: center;
      justify-content: center;
      width: 24px;
      height: 24px;
      list-style: none;
      cursor: pointer;
      color: var(--body-text-color-subdued);
      border-radius: var(--radius-sm);
    }
    .gr-vega-chart details summary::-webkit-details-marker {
      display: none;
    }
    .gr-vega-chart details summary svg {
      width: 14px;
      height: 14px;
      fill: currentColor;
    }
    .gr-vega-chart details[open] summary,
    .gr-vega-chart details summary:hover {
      background: var(--background-fill-secondary);
    }
    .gr-vega-chart .vega-actions {
      position: absolute;
      top: 28px;
      right: 0;
      display: flex;
      flex-direction: column;
      min-width: 10rem;
      padding: var(--size-1, 0.25rem) 0;
      background: var(--block-background-fill);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-sm);
      box-shadow: var(--shadow-drop);
    }
    .gr-vega-chart .vega-actions a {
      padding: var(--size-1, 0.25rem) var(--size-3, 0.75rem);
      color: var(--body-text-color);
      font-size: var(--text-sm);
      text-decoration: none;
      white-space: nowrap;
    }
    .gr-vega-chart .vega-actions a:hover,
    .gr-vega-chart .vega-actions a:focus-visible {
      background: var(--background-fill-secondary);
    }
    .gr-vega-tooltip {
      position: fixed;
      inset: auto;
      margin: 0;
      max-width: 20rem;
      padding: var(--size-1, 0.25rem) var(--size-2, 0.5rem);
      overflow: hidden;
      pointer-events: none;
      font-family: var(--font);
      font-size: var(--text-xs);
      color: var(--body-text-color);
      background: var(--block-background-fill);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-sm);
    }
    .gr-vega-tooltip h2 {
      margin: 0 0 var(--size-1, 0.25rem);
      font-size: var(--text-sm);
      font-weight: 600;
    }
    .gr-vega-tooltip table {
      border-spacing: 0;
    }
    .gr-vega-tooltip td {
      padding: 1px 0;
      vertical-align: top;
    }
    .gr-vega-tooltip td.key {
      padding-right: var(--size-1, 0.25rem);
      color: var(--body-text-color-subdued);
      text-align: right;
    }
    .gr-vega-tooltip td.value {
      max-width: 14rem;
      overflow-wrap: anywhere;
    }
  }
`;
