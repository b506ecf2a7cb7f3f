import { css } from 'lit';

export const labelStyles = css`
  @layer gr.components {
    gr-label {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-label .block {
      padding: 0;
    }
    gr-label .container {
      padding: var(--block-padding);
    }
    gr-label .output-class {
      display: flex;
      align-items: center;
      justify-content: center;
      margin: 0;
      padding: var(--size-6, 1.5rem) var(--size-4, 1rem);
      color: var(--body-text-color);
      font-size: var(--text-xxl);
      font-weight: var(--weight-bold, 700);
      line-height: var(--line-sm, 1.4);
      overflow-wrap: anywhere;
    }
    gr-label .confidences {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    gr-label .confidence-set + .confidence-set {
      margin-top: var(--size-2, 0.5rem);
    }
    gr-label .confidence-button {
      display: flex;
      flex-direction: column;
      width: 100%;
      margin: 0;
      padding: 0;
      border: 0;
      background: none;
      color: var(--body-text-color);
      font-family: var(--font-mono);
      line-height: var(--line-none, 1);
      text-align: start;
    }
    gr-label button.confidence-button {
      cursor: pointer;
    }
    gr-label button.confidence-button:hover .row,
    gr-label button.confidence-button:focus-visible .row {
      color: var(--color-accent);
    }
    gr-label button.confidence-button:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 2px;
      border-radius: var(--radius-sm);
    }
    gr-label .bar-track {
      display: block;
      width: 100%;
      margin-bottom: var(--size-1, 0.25rem);
    }
    gr-label .bar {
      display: block;
      height: var(--size-1, 0.25rem);
      border-radius: var(--radius-md);
      background: var(--stat-background-fill);
    }
    gr-label .row {
      display: flex;
      align-items: baseline;
      gap: var(--size-2, 0.5rem);
      width: 100%;
    }
    gr-label .text {
      line-height: var(--line-md, 1.5);
      overflow-wrap: anywhere;
    }
    gr-label .line {
      flex: 1 1 0%;
      min-width: var(--size-4, 1rem);
      border-top: 1px dashed var(--border-color-primary);
      align-self: center;
    }
    gr-label .confidence {
      margin-inline-start: auto;
      text-align: end;
    }
  }
`;
