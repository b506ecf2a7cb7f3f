import { css } from 'lit';

export const textboxStyles = css`
  @layer gr.components {
    gr-textbox {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-textbox .block {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: var(--spacing-lg);
      height: 100%;
      padding: var(--block-padding);
      border: var(--block-border-width) solid var(--block-border-color);
      border-radius: var(--block-radius);
      background: var(--block-background-fill);
      box-shadow: var(--block-shadow);
    }
    gr-textbox .block.no-container {
      padding: 0;
      border: 0;
      background: none;
      box-shadow: none;
    }
    gr-textbox .label {
      display: block;
      color: var(--block-title-text-color);
      font-size: var(--block-title-text-size);
      font-weight: var(--block-title-text-weight, 400);
      line-height: 1.4;
    }
    gr-textbox .info {
      display: block;
      color: var(--block-info-text-color);
      font-size: var(--block-info-text-size);
    }
    gr-textbox .input {
      display: block;
      width: 100%;
      margin: 0;
      padding: var(--input-padding);
      border: var(--input-border-width) solid var(--input-border-color);
      border-radius: var(--input-radius);
      background: var(--input-background-fill);
      box-shadow: var(--input-shadow);
      color: var(--body-text-color);
      font-size: var(--input-text-size);
      line-height: 1.5;
      resize: none;
      outline: none;
      overflow-y: auto;
    }
    gr-textbox .input:focus {
      border-color: var(--input-border-color-focus);
      box-shadow: var(--input-shadow-focus);
    }
    gr-textbox .input::placeholder {
      color: var(--input-placeholder-color);
    }
    gr-textbox .input:disabled {
      cursor: default;
      -webkit-text-fill-color: var(--body-text-color);
      opacity: 1;
    }
    gr-textbox .validation {
      color: var(--error-text-color);
      font-size: var(--text-sm);
    }
    gr-textbox[generating] .block {
      border-color: var(--color-accent);
    }
  }
`;
