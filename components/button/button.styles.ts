import { css } from 'lit';

export const buttonStyles = css`
  @layer gr.components {
    gr-button {
      display: flex;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-button .icon {
      width: 1.2em;
      height: 1.2em;
    }
  }
`;
