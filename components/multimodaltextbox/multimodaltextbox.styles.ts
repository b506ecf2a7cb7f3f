import { css } from 'lit';

/** Gradio's chat input: one rounded field with the attach, microphone, submit and stop buttons. */
export const multimodaltextboxStyles = css`
  @layer gr.components {
    gr-multimodaltextbox {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-multimodaltextbox .mm-block {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-sm);
      height: 100%;
      border-color: var(--block-border-color);
    }
    gr-multimodaltextbox .mm-block.dragging {
      border-color: var(--color-accent);
      box-shadow: 0 0 0 1px var(--color-accent);
    }
    gr-multimodaltextbox[generating] .mm-block {
      border-color: var(--color-accent);
    }
    /* The shared upload zone keeps its progress and messages; the paperclip is its button here. */
    gr-multimodaltextbox .mm-upload .drop {
      display: none;
    }
    gr-multimodaltextbox .mm-upload:not(:has(.progress, .error)) {
      display: none;
    }
    gr-multimodaltextbox .input-wrapper {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-sm);
      border-radius: var(--radius-xl);
      background: var(--block-background-fill);
    }
    gr-multimodaltextbox .input-row {
      display: flex;
      align-items: flex-end;
      gap: var(--spacing-sm);
      width: 100%;
    }
    gr-multimodaltextbox .mm-input {
      flex: 1 1 auto;
      min-width: 0;
      margin: 0;
      padding: var(--spacing-sm) var(--spacing-xs);
      border: none;
      outline: none;
      background: transparent;
      color: var(--body-text-color);
      font: inherit;
      font-size: var(--input-text-size);
      line-height: var(--line-sm, 1.4);
      resize: none;
      overflow-y: hidden;
      box-sizing: border-box;
    }
    gr-multimodaltextbox .mm-input::placeholder {
      color: var(--input-placeholder-color);
    }
    gr-multimodaltextbox .mm-input:disabled {
      -webkit-text-fill-color: var(--body-text-color);
      opacity: 1;
    }
    gr-multimodaltextbox :is(.upload-button, .microphone-button, .submit-button, .stop-button) {
      display: flex;
      flex-shrink: 0;
      align-items: center;
      justify-content: center;
      min-width: 32px;
      height: 32px;
      padding: 0;
      border: none;
      border-radius: var(--radius-md);
      background: transparent;
      color: var(--body-text-color);
      font-size: 18px;
      cursor: pointer;
    }
    gr-multimodaltextbox :is(.submit-button, .stop-button) {
      background: var(--button-secondary-background-fill);
      color: var(--button-secondary-text-color);
    }
    gr-multimodaltextbox :is(.upload-button, .microphone-button):hover:not(:disabled) {
      background: var(--background-fill-secondary);
    }
    gr-multimodaltextbox :is(.submit-button, .stop-button):hover:not(:disabled) {
      background: var(--button-secondary-background-fill-hover);
    }
    gr-multimodaltextbox button:disabled {
      cursor: default;
      opacity: 0.5;
    }
    gr-multimodaltextbox .mm-block:has(textarea:focus-visible) {
      border-color: var(--input-border-color-focus);
      box-shadow: var(--input-shadow-focus);
    }
    gr-multimodaltextbox button:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 1px;
    }
    gr-multimodaltextbox .padded-button {
      padding: 0 var(--spacing-lg);
      font-size: var(--text-md);
    }
    gr-multimodaltextbox .microphone-button.recording {
      color: var(--error-text-color, #dc2626);
    }
    gr-multimodaltextbox .thumbnails {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--spacing-sm);
      padding: var(--spacing-xs) 0;
    }
    gr-multimodaltextbox .thumbnail-wrapper {
      position: relative;
      display: inline-flex;
      flex-direction: column;
      align-items: center;
      width: var(--size-12, 48px);
    }
    gr-multimodaltextbox .thumbnail-item {
      display: flex;
      align-items: center;
      justify-content: center;
      width: var(--size-12, 48px);
      height: var(--size-12, 48px);
      overflow: hidden;
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-md);
      background: var(--background-fill-secondary);
      color: var(--body-text-color-subdued);
      font-size: 20px;
    }
    gr-multimodaltextbox .thumbnail-image {
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    gr-multimodaltextbox .thumbnail-name {
      max-width: 100%;
      overflow: hidden;
      color: var(--body-text-color-subdued);
      font-size: var(--text-xs);
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    gr-multimodaltextbox .delete-button {
      position: absolute;
      top: -6px;
      right: -6px;
      display: flex;
      align-items: center;
      justify-content: center;
      width: 18px;
      height: 18px;
      padding: 2px;
      border: 1px solid var(--border-color-primary);
      border-radius: 50%;
      background: var(--block-background-fill);
      color: var(--body-text-color);
      cursor: pointer;
    }
    gr-multimodaltextbox .delete-button svg {
      width: 100%;
      height: 100%;
    }
    gr-multimodaltextbox .recording-row {
      display: flex;
      align-items: center;
      gap: var(--spacing-md);
      min-height: 36px;
      color: var(--body-text-color);
      font-size: var(--text-sm);
    }
    gr-multimodaltextbox .recording-dot {
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: var(--error-text-color, #dc2626);
      animation: gr-mm-blink 1s ease-in-out infinite;
    }
    gr-multimodaltextbox .recording-preview {
      flex: 1 1 auto;
      min-width: 0;
      height: 36px;
    }
    gr-multimodaltextbox .recording-action {
      display: flex;
      align-items: center;
      justify-content: center;
      width: 28px;
      height: 28px;
      padding: 4px;
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-md);
      background: var(--block-background-fill);
      color: var(--body-text-color);
      cursor: pointer;
    }
    gr-multimodaltextbox .recording-action svg {
      width: 100%;
      height: 100%;
    }
    gr-multimodaltextbox .mm-message {
      color: var(--error-text-color);
      font-size: var(--text-sm);
    }
    @keyframes gr-mm-blink {
      50% {
        opacity: 0.3;
      }
    }
  }
`;
