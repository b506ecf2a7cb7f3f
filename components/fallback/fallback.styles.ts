import { css } from 'lit';

export const fallbackStyles = css`
  @layer gr.components {
    gr-fallback {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-fallback .fallback-json {
      margin: 0;
      overflow: auto;
      max-height: 400px;
      font-family: var(--font-mono);
      font-size: var(--text-sm);
      color: var(--body-text-color);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  }
`;
