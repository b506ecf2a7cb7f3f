import { css } from 'lit';

export const apiStyles = css`
  @layer gr.components {
    gr-api {
      display: none;
    }
  }
`;
