import { css } from 'lit';

/**
 * Gradio's button look (variants primary / secondary / stop / huggingface, sizes sm / md / lg),
 * shared by every block that draws a button: Button, UploadButton, DownloadButton, a textbox's
 * submit button, chat actions. Use `<button class="gr-button secondary lg">`. In gr.components, so
 * it beats the base layer's `.gradio-container button { font: inherit }`.
 */
export const buttonStyles = css`
  @layer gr.components {
    .gr-button {
      display: inline-flex;
      flex: 1 1 auto;
      align-items: center;
      justify-content: center;
      gap: var(--spacing-sm);
      border: var(--button-border-width) solid;
      border-radius: var(--button-large-radius);
      padding: var(--button-large-padding);
      font-size: var(--button-large-text-size);
      font-weight: var(--button-large-text-weight);
      line-height: 1.4;
      cursor: pointer;
      transition: var(--button-transition);
      box-shadow: var(--button-secondary-shadow, none);
    }
    .gr-button.sm {
      border-radius: var(--button-small-radius);
      padding: var(--button-small-padding);
      font-size: var(--button-small-text-size);
      font-weight: var(--button-small-text-weight);
    }
    .gr-button.md {
      border-radius: var(--button-medium-radius, var(--button-large-radius));
      padding: var(--button-medium-padding, var(--button-large-padding));
      font-size: var(--button-medium-text-size, var(--text-md));
      font-weight: var(--button-medium-text-weight, 600);
    }
    .gr-button.primary {
      border-color: var(--button-primary-border-color);
      background: var(--button-primary-background-fill);
      color: var(--button-primary-text-color);
      box-shadow: var(--button-primary-shadow, none);
    }
    .gr-button.primary:hover:not(:disabled) {
      background: var(--button-primary-background-fill-hover);
      color: var(--button-primary-text-color-hover, var(--button-primary-text-color));
    }
    .gr-button.secondary,
    .gr-button.huggingface {
      border-color: var(--button-secondary-border-color);
      background: var(--button-secondary-background-fill);
      color: var(--button-secondary-text-color);
    }
    .gr-button.secondary:hover:not(:disabled) {
      background: var(--button-secondary-background-fill-hover);
      color: var(--button-secondary-text-color-hover, var(--button-secondary-text-color));
    }
    .gr-button.stop {
      border-color: var(--button-cancel-border-color, #ef4444);
      background: var(--button-cancel-background-fill, #ef4444);
      color: var(--button-cancel-text-color, white);
    }
    .gr-button:disabled {
      cursor: not-allowed;
      opacity: 0.5;
    }
  }
`;
