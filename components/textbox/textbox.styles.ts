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
      display: flex;
      flex-direction: column;
      gap: var(--spacing-lg);
      height: 100%;
    }
    gr-textbox .input {
      line-height: var(--line-sm, 1.4);
      resize: none;
      overflow-y: auto;
      box-sizing: border-box;
      font-weight: var(--input-text-weight, 400);
    }
    gr-textbox textarea.input {
      overflow-y: hidden;
    }
    gr-textbox[generating] .block {
      border-color: var(--color-accent);
    }
    gr-textbox .input-container {
      display: flex;
      position: relative;
      align-items: flex-end;
    }
    gr-textbox .input-container .input {
      flex-grow: 1;
      min-width: 0;
    }
    /* With a submit button the block's box is the frame, as in a chat input. */
    gr-textbox .input-container.borderless .input,
    gr-textbox .input-container.borderless .input:focus {
      border-color: transparent;
      box-shadow: none;
    }
    gr-textbox :is(.submit-button, .stop-button) {
      display: flex;
      flex-shrink: 0;
      align-items: center;
      justify-content: center;
      min-width: 30px;
      height: 30px;
      margin-bottom: 2px;
      border: none;
      border-radius: 15px;
      background: var(--button-secondary-background-fill);
      color: var(--button-secondary-text-color);
      font-size: 14px;
      cursor: pointer;
    }
    gr-textbox :is(.submit-button, .stop-button):hover {
      background: var(--button-secondary-background-fill-hover);
    }
    gr-textbox :is(.submit-button, .stop-button):focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 1px;
    }
    gr-textbox .padded-button {
      padding: 0 10px;
    }
  }
`;
