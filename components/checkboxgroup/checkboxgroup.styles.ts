import { css } from 'lit';

export const checkboxgroupStyles = css`
  @layer gr.components {
    gr-checkboxgroup {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-checkboxgroup .block {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-lg);
    }
    gr-checkboxgroup .head {
      display: flex;
      align-items: center;
      gap: var(--size-2, 8px);
    }
  }
`;
