import { css } from 'lit';

export const stateStyles = css`
  @layer gr.components {
    gr-state {
      display: none;
    }
  }
`;
