import { css } from 'lit';

export const highlightedtextStyles = css`
  @layer gr.components {
    gr-highlightedtext {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-highlightedtext .block {
      display: flex;
      flex-direction: column;
      padding: 0;
    }
    gr-highlightedtext .block.dashed {
      border-style: dashed;
    }
    gr-highlightedtext .container {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-sm);
      padding: var(--block-padding);
    }
    gr-highlightedtext .legend,
    gr-highlightedtext .score-legend {
      display: flex;
      flex-wrap: wrap;
      gap: var(--spacing-sm);
    }
    gr-highlightedtext .legend-item {
      padding: 0 var(--size-2, 0.5rem);
      border-radius: var(--radius-xs);
      color: black;
      font-weight: var(--weight-semibold, 600);
      cursor: pointer;
    }
    gr-highlightedtext .legend-item:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 1px;
    }
    gr-highlightedtext .score-legend {
      justify-content: space-between;
      padding: var(--size-1, 0.25rem) var(--size-2, 0.5rem);
      border-radius: var(--radius-xs);
      background: linear-gradient(to right, rgb(128 90 213), transparent, rgb(239 68 60));
      color: var(--body-text-color);
      font-weight: var(--weight-semibold, 600);
    }
    gr-highlightedtext .textfield {
      color: var(--body-text-color);
      line-height: var(--scale-4, 1.875rem);
      overflow-wrap: anywhere;
    }
    gr-highlightedtext .token-container {
      position: relative;
    }
    gr-highlightedtext .token {
      border-radius: var(--radius-xs);
      box-decoration-break: clone;
      -webkit-box-decoration-break: clone;
      transition: background-color 150ms;
    }
    gr-highlightedtext .token.highlighted {
      margin: 0 var(--size-2, 0.5rem) 0 var(--size-1, 0.25rem);
      padding: var(--size-0-5, 2px) var(--size-1, 0.25rem);
    }
    gr-highlightedtext .token.highlighted.transparent {
      margin: 0;
      padding: var(--size-0-5, 2px);
      outline: 1px solid transparent;
    }
    gr-highlightedtext .token.highlighted.transparent:hover {
      outline-color: var(--neutral-400, #9ca3af);
    }
    gr-highlightedtext .token[role='button'] {
      cursor: pointer;
    }
    gr-highlightedtext .token[role='button']:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 1px;
    }
    gr-highlightedtext .token.dimmed,
    gr-highlightedtext .text.unlabeled,
    gr-highlightedtext .score-token .text {
      color: var(--body-text-color);
    }
    gr-highlightedtext .text {
      white-space: pre-wrap;
    }
    gr-highlightedtext .category {
      position: relative;
      bottom: 1px;
      margin-inline-start: 4px;
      padding: 1px 5px;
      border-radius: var(--radius-xs);
      color: var(--color-white, white);
      font-size: 70%;
      font-weight: var(--weight-bold, 700);
      text-transform: uppercase;
      vertical-align: middle;
    }
    gr-highlightedtext .label-input {
      margin-inline-start: 4px;
      padding: 1px 5px;
      border: none;
      border-radius: var(--radius-xs);
      color: var(--color-white, white);
      font-size: var(--text-sm);
      font-weight: var(--weight-bold, 700);
      line-height: 1;
      text-transform: uppercase;
    }
    gr-highlightedtext .label-input:focus {
      outline: 2px solid var(--color-accent);
      outline-offset: 1px;
    }
    gr-highlightedtext .label-input::placeholder {
      color: rgb(255 255 255 / 0.5);
    }
    gr-highlightedtext .remove-btn {
      display: none;
      position: absolute;
      top: -0.6em;
      right: 0;
      align-items: center;
      justify-content: center;
      width: var(--size-3, 0.75rem);
      height: var(--size-3, 0.75rem);
      padding: 0;
      border: none;
      border-radius: 50%;
      background: var(--neutral-400, #9ca3af);
      color: white;
      cursor: pointer;
      line-height: 1;
    }
    gr-highlightedtext .remove-btn svg {
      width: 8px;
      height: 8px;
    }
    gr-highlightedtext .remove-btn:hover {
      background: var(--neutral-500, #6b7280);
    }
    :where(.dark) gr-highlightedtext .remove-btn {
      background: var(--neutral-500, #6b7280);
      color: var(--neutral-950, #0b0f19);
    }
    gr-highlightedtext .token-container:hover .remove-btn,
    gr-highlightedtext .token-container:focus-within .remove-btn {
      display: inline-flex;
    }
  }
`;
