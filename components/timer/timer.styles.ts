import { css } from 'lit';

export const timerStyles = css`
  @layer gr.components {
    gr-timer {
      display: none;
    }
  }
`;
