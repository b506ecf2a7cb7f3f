import { css } from 'lit';

export const checkboxStyles = css`
  @layer gr.components {
    gr-checkbox {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-checkbox .block {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-xs, 2px);
    }
    gr-checkbox .checkbox-label {
      display: flex;
      align-items: center;
      gap: var(--spacing-lg);
      width: fit-content;
      cursor: pointer;
    }
    gr-checkbox .checkbox-label.disabled {
      cursor: not-allowed;
    }
    gr-checkbox .text {
      color: var(--body-text-color);
      font-size: var(--checkbox-label-text-size, var(--text-md));
      line-height: var(--line-sm, 1.4);
    }
    gr-checkbox .info {
      color: var(--block-info-text-color);
      font-size: var(--block-info-text-size);
    }
  }
`;
