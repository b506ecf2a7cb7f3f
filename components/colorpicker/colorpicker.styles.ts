import { css } from 'lit';

export const colorpickerStyles = css`
  @layer gr.components {
    gr-colorpicker {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-colorpicker .block {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-lg);
    }
    gr-colorpicker .picker {
      display: flex;
      align-items: center;
      gap: var(--spacing-lg);
    }
    gr-colorpicker .swatch {
      flex: none;
      width: var(--size-10, 40px);
      height: var(--size-6, 24px);
      margin: 0;
      padding: 0;
      border: var(--block-border-width) solid var(--block-border-color);
      border-radius: var(--radius-sm);
      background: none;
      cursor: pointer;
    }
    gr-colorpicker .swatch::-webkit-color-swatch-wrapper {
      padding: 0;
    }
    gr-colorpicker .swatch::-webkit-color-swatch {
      border: none;
      border-radius: calc(var(--radius-sm) - 1px);
    }
    gr-colorpicker .swatch::-moz-color-swatch {
      border: none;
      border-radius: calc(var(--radius-sm) - 1px);
    }
    gr-colorpicker .swatch:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 2px;
    }
    gr-colorpicker .swatch:disabled {
      cursor: not-allowed;
    }
    gr-colorpicker .hex {
      width: 11ch;
      flex: none;
      padding: var(--spacing-sm) var(--spacing-md);
      font-family: var(--font-mono);
      font-size: var(--text-sm);
    }
    gr-colorpicker .hex.invalid {
      border-color: var(--error-border-color);
    }
  }
`;
