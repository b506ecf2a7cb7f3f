import { css } from 'lit';

/**
 * The code block's chrome and its syntax colours. Token colours are the palettes Gradio's editor
 * uses (CodeMirror's basic light and basic dark themes), switched by the app's `.dark` wrapper,
 * so a live theme change recolours without touching the editor.
 */
export const codeStyles = css`
  @layer gr.components {
    gr-code {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-code .block {
      display: flex;
      flex-direction: column;
      padding: 0;
      overflow: hidden;
    }
    gr-code .block.fit {
      height: fit-content;
    }
    gr-code .code-label {
      gap: var(--size-2, 8px);
      line-height: var(--line-sm, 1.4);
      position: static;
      align-self: flex-start;
      margin: var(--block-label-margin) 0 0 var(--block-label-margin);
      box-shadow: var(--block-label-shadow);
      font-weight: var(--block-label-text-weight);
      pointer-events: none;
    }
    gr-code .code-label svg {
      width: calc(var(--block-label-text-size) - 1px);
      height: calc(var(--block-label-text-size) - 1px);
      opacity: 0.8;
    }
    gr-code .icon-buttons {
      top: 0;
      right: 0;
      gap: var(--spacing-sm);
      padding: var(--spacing-xxs);
      border: 1px solid var(--border-color-primary);
      border-top: none;
      border-right: none;
      border-radius: 0 0 0 var(--block-label-right-radius, var(--radius-sm));
      background: var(--block-background-fill);
      box-shadow: var(--shadow-drop);
    }
    /* Gradio's small icon buttons: a 14px icon, 1px of padding, accent colour on hover. */
    gr-code .icon-buttons .icon-button {
      width: auto;
      height: auto;
      padding: var(--spacing-xxs, 1px);
      border: 1px solid transparent;
      border-radius: var(--radius-xs, 2px);
      background: none;
    }
    gr-code .icon-buttons .icon-button:hover {
      background-color: var(--background-fill-secondary);
      color: var(--color-accent);
    }
    gr-code .icon-buttons .icon-button :is(svg, .when-idle svg, .when-copied svg) {
      display: block;
      width: 14px;
      height: 14px;
    }
    gr-code .code-body {
      display: flex;
      flex-direction: column;
      flex-grow: 1;
      min-height: 0;
    }
    gr-code .codemirror-wrapper {
      flex-grow: 1;
      min-width: 0;
    }
    /* The code as plain text while CodeMirror loads: same font and size, so nothing jumps. */
    gr-code .code-fallback {
      margin: 0;
      padding: 5px 6px 5px 2.6em;
      min-height: calc(var(--_min-lines, 2) * 1.4em);
      max-height: var(--_max-height, none);
      overflow: auto;
      font-family: var(--font-mono);
      font-size: var(--text-sm);
      line-height: 1.4;
      color: var(--body-text-color);
      white-space: pre;
    }
    gr-code .empty {
      display: flex;
      align-items: center;
      justify-content: center;
      min-height: calc(var(--size-64, 256px) - 20px);
      color: var(--body-text-color);
    }
    gr-code .empty svg {
      width: var(--size-5, 20px);
      height: var(--size-5, 20px);
      opacity: 0.5;
    }

    /* Syntax colours, light. */
    gr-code .tok-comment {
      color: #434c5e;
      font-style: italic;
    }
    gr-code :is(.tok-keyword, .tok-function) {
      color: #4c6a91;
    }
    gr-code :is(.tok-variable, .tok-string, .tok-string2, .tok-bool, .tok-property, .tok-angle) {
      color: #d08770;
    }
    gr-code :is(.tok-class, .tok-attribute) {
      color: #ebcb8b;
    }
    gr-code :is(.tok-number, .tok-meta) {
      color: #88c0d0;
    }
    gr-code .tok-operator {
      color: #a3be8c;
    }
    gr-code .tok-brace {
      color: #8fbcbb;
    }
    gr-code .tok-square {
      color: #bf616a;
    }
    gr-code .tok-tag {
      color: #b48ead;
    }
    gr-code .tok-heading {
      color: #4c6a91;
      font-weight: bold;
    }
    gr-code .tok-emphasis {
      font-style: italic;
    }
    gr-code .tok-strong {
      font-weight: bold;
    }
    gr-code .tok-link {
      color: #4c6a91;
      text-decoration: underline;
    }
    gr-code .tok-deleted {
      text-decoration: line-through;
    }
    gr-code :is(.tok-invalid, .tok-deleted) {
      color: #bf616a;
    }
    gr-code .tok-inserted {
      color: #a3be8c;
    }

    /* Syntax colours, dark. */
    .dark gr-code .tok-comment {
      color: #808080;
    }
    .dark gr-code :is(.tok-keyword, .tok-function, .tok-number, .tok-tag, .tok-heading, .tok-link) {
      color: #fda331;
    }
    .dark gr-code :is(.tok-variable, .tok-class, .tok-attribute) {
      color: #6fb3d2;
    }
    .dark gr-code :is(.tok-string, .tok-property) {
      color: #b5bd68;
    }
    .dark gr-code :is(.tok-string2, .tok-bool) {
      color: #8abeb7;
    }
    .dark gr-code :is(.tok-operator, .tok-brace, .tok-square, .tok-angle) {
      color: #cc99cc;
    }
    .dark gr-code .tok-meta {
      color: #a54543;
    }
    .dark gr-code :is(.tok-invalid, .tok-deleted) {
      color: #a54543;
    }
    .dark gr-code .tok-inserted {
      color: #b5bd68;
    }
  }
`;
