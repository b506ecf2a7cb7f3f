import { css } from 'lit';

export const numberStyles = css`
  @layer gr.components {
    gr-number {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-number .block {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-lg);
      height: 100%;
    }
    gr-number .block.no-container .input {
      height: 100%;
    }
    gr-number .input:out-of-range,
    gr-number .input.invalid {
      border-color: var(--error-border-color);
    }
    gr-number .input.invalid:focus {
      box-shadow: 0 0 3px 1px var(--error-icon-color, var(--error-border-color));
    }
    gr-number[generating] .block {
      border-color: var(--color-accent);
    }
  }
`;
