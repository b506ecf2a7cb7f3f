import { css } from 'lit';

export const simpletextboxStyles = css`
  @layer gr.components {
    gr-simpletextbox {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-simpletextbox .block {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-lg);
    }
  }
`;
