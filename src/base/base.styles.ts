import { css } from 'lit';

/** The first sheet in every app root: the layer order, and the few rules every block relies on. */
export const baseStyles = css`
  @layer gr.base, gr.tokens, gr.theme, gr.a11y, gr.components;
  @layer gr.base {
    [hidden] {
      display: none !important;
    }
    :not(:defined) {
      visibility: hidden;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    .gradio-container button,
    .gradio-container input,
    .gradio-container textarea,
    .gradio-container select {
      font: inherit;
      color: inherit;
      letter-spacing: inherit;
    }
    .gr-visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
`;
