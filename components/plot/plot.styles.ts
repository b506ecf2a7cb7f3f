import { css } from 'lit';

export const plotStyles = css`
  @layer gr.components {
    gr-plot {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-plot .block {
      display: flex;
      flex-direction: column;
      padding: 0;
      overflow: hidden;
    }
    /* The label badge floats over the top-left corner: the plot starts below it. */
    gr-plot .block[data-label] .plot-area,
    gr-plot .block[data-label] .plot-problem {
      padding-top: var(--size-8, 2rem);
    }
    gr-plot .block:not(.no-container) .plot-problem {
      padding-inline: var(--block-padding);
      padding-bottom: var(--block-padding);
    }
    gr-plot .plot-area {
      position: relative;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      width: 100%;
      min-width: 0;
      min-height: var(--size-32, 8rem);
      overflow-x: auto;
      color: var(--body-text-color);
    }
    gr-plot .plot-area.matplotlib img {
      display: block;
      max-width: 100%;
      height: auto;
      object-fit: contain;
    }
    gr-plot .plot-area .plotly-graph,
    gr-plot .plot-area .bokeh-root {
      align-self: stretch;
      width: 100%;
    }
    gr-plot .caption {
      margin: 0 0 6px;
      color: var(--body-text-color);
      font-size: var(--text-sm);
      text-align: center;
    }
  }
`;
