import { css } from 'lit';

/**
 * The chrome every component draws the same way, once: Gradio's block box, its title and info
 * text, the text input look, the toolbar of small icon buttons, and the in-block error message.
 * In `gr.base`, so a component's own rules (gr.components) and the app's css= both win.
 */
export const blockStyles = css`
  @layer gr.base {
    /* The box only: a component lays out its own inside (a column with a gap, usually). */
    .block {
      position: relative;
      width: 100%;
      margin: 0;
      padding: var(--block-padding);
      border: var(--block-border-width) solid var(--block-border-color);
      border-radius: var(--block-radius);
      background: var(--block-background-fill);
      box-shadow: var(--block-shadow);
      line-height: var(--line-sm);
    }
    .block.no-container {
      padding: 0;
      border: 0;
      background: none;
      box-shadow: none;
    }
    .block .label-wrap {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-sm);
    }
    .block .label {
      display: block;
      color: var(--block-title-text-color);
      font-size: var(--block-title-text-size);
      font-weight: var(--block-title-text-weight, 400);
      line-height: 1.4;
    }
    .block .info {
      display: block;
      color: var(--block-info-text-color);
      font-size: var(--block-info-text-size);
      font-weight: var(--block-info-text-weight, 400);
    }
    .block .info a {
      color: var(--link-text-color);
      text-decoration: underline;
    }
    .block .info code {
      padding: 0.1em 0.3em;
      border-radius: 3px;
      background: var(--code-background-fill);
      font-size: 0.9em;
    }
    /* The small framed badge media and data blocks show in their top-left corner. */
    .block .block-label {
      position: absolute;
      top: var(--block-label-margin);
      left: var(--block-label-margin);
      z-index: 1;
      display: inline-flex;
      align-items: center;
      gap: var(--spacing-sm);
      padding: var(--block-label-padding);
      border: var(--block-label-border-width) solid var(--block-label-border-color);
      border-top: none;
      border-left: none;
      border-radius: var(--block-label-radius);
      background: var(--block-label-background-fill);
      color: var(--block-label-text-color);
      font-size: var(--block-label-text-size);
      line-height: var(--line-sm);
    }
    .block .input {
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
      outline: none;
    }
    .block .input:focus {
      border-color: var(--input-border-color-focus);
      box-shadow: var(--input-shadow-focus);
      background: var(--input-background-fill-focus, var(--input-background-fill));
    }
    .block .input::placeholder {
      color: var(--input-placeholder-color);
    }
    .block .input:disabled {
      cursor: default;
      -webkit-text-fill-color: var(--body-text-color);
      opacity: 1;
    }
    .block .validation,
    .block .value-error {
      color: var(--error-text-color);
      font-size: var(--text-sm);
    }
    .block .value-error {
      padding: var(--spacing-md);
      border: 1px solid var(--error-border-color);
      border-radius: var(--radius-sm);
      background: var(--error-background-fill);
    }
    /* A row of small icon buttons in the block's top-right corner (copy, download, fullscreen). */
    .block .icon-buttons {
      position: absolute;
      top: var(--block-label-margin);
      right: var(--block-label-margin);
      z-index: 2;
      display: flex;
      gap: var(--spacing-sm);
    }
    .block .icon-button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: var(--size-6, 1.5rem);
      height: var(--size-6, 1.5rem);
      padding: var(--spacing-xs);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-sm);
      background: var(--block-background-fill);
      color: var(--block-label-text-color);
      cursor: pointer;
    }
    .block .icon-button:hover {
      color: var(--body-text-color);
    }
    .block .icon-button:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 1px;
    }
    .block .icon-button svg {
      width: 100%;
      height: 100%;
    }
    .block .icon-button.custom-button {
      width: auto;
      min-width: var(--size-6, 1.5rem);
      padding: 0 var(--spacing-sm);
      font-size: var(--text-sm);
    }
    .block .icon-button.custom-button img {
      width: 1em;
      height: 1em;
    }
    .icon-button .when-copied,
    .icon-button[data-copied] .when-idle {
      display: none;
    }
    .icon-button[data-copied] .when-copied {
      display: contents;
    }
  }
`;
