import { css } from 'lit';

export const groupStyles = css`
  @layer gr.components {
    gr-group {
      display: block;
      position: relative;
      min-width: 0;
    }
    gr-group > .group {
      display: flex;
      flex-direction: column;
      gap: var(--form-gap-width);
      border: var(--block-border-width) solid var(--block-border-color);
      border-radius: var(--block-radius);
      background: var(--block-border-color);
      overflow: hidden;
    }
    gr-group > .group > * > .block,
    gr-group > .group > * > * > .block {
      border-width: 0;
      border-radius: 0;
      box-shadow: none;
    }
  }
`;
