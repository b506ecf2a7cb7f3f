import { css } from 'lit';

export const radioStyles = css`
  @layer gr.components {
    gr-radio {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-radio .block {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-lg);
    }
  }
`;
