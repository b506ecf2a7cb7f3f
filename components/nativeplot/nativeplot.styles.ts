import { css } from 'lit';

export const nativeplotStyles = css`
  @layer gr.components {
    gr-nativeplot {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-nativeplot .block {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-lg);
      overflow: hidden;
    }
    gr-nativeplot .label-wrap:has(.gr-visually-hidden) {
      position: absolute;
    }
    gr-nativeplot .chart {
      position: relative;
      width: 100%;
      min-width: 0;
      min-height: 0;
    }
    /* With a height (or full screen) the chart fills what the label and caption leave. */
    gr-nativeplot .block[data-fixed-height] .chart,
    gr-nativeplot:fullscreen .chart,
    gr-nativeplot[data-covering] .chart {
      flex: 1 1 auto;
    }
    gr-nativeplot .chart .gr-vega-chart {
      position: absolute;
      inset: 0 auto auto 0;
    }
    gr-nativeplot .block:not([data-fixed-height]) .chart .gr-vega-chart {
      position: relative;
    }
    gr-nativeplot:fullscreen .chart .gr-vega-chart,
    gr-nativeplot[data-covering] .chart .gr-vega-chart {
      position: absolute;
    }
    gr-nativeplot .caption {
      margin: 0;
      padding: 0 var(--size-1, 0.25rem);
      color: var(--body-text-color);
      font-size: var(--text-md);
      text-align: center;
    }
    gr-nativeplot:fullscreen,
    gr-nativeplot[data-covering] {
      display: flex;
      flex-direction: column;
      width: 100%;
      height: 100%;
      background: var(--block-background-fill);
    }
    gr-nativeplot[data-covering] {
      position: fixed;
      inset: 0;
      width: 100%;
      height: 100%;
      max-width: none;
      max-height: none;
      margin: 0;
      padding: 0;
      border: 0;
      color: inherit;
    }
    gr-nativeplot:fullscreen .block,
    gr-nativeplot[data-covering] .block {
      flex: 1 1 auto;
      height: 100%;
      border-radius: 0;
    }
    gr-nativeplot .chart svg {
      cursor: crosshair;
    }
  }
`;
