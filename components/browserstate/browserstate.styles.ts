import { css } from 'lit';

export const browserstateStyles = css`
  @layer gr.components {
    gr-browserstate {
      display: none;
    }
  }
`;
