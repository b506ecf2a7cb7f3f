import { css, html, type SVGTemplateResult, type TemplateResult } from 'lit';
import { registerStyles } from '../../src/base/style-registry.js';

registerStyles(css`
  @layer gr.components {
    .empty-state {
      display: flex;
      align-items: center;
      justify-content: center;
      min-height: calc(var(--size-32, 8rem) - 20px);
      height: 100%;
      color: var(--body-text-color);
    }
    .empty-state.large {
      min-height: calc(var(--size-64, 16rem) - 20px);
    }
    .empty-state svg {
      width: var(--size-5, 1.25rem);
      height: var(--size-5, 1.25rem);
      opacity: 0.5;
    }
  }
`);

/** What a block shows while it has no value: its icon, faded, centred (Gradio's "Empty"). */
export function renderEmptyState(icon: SVGTemplateResult, size: 'small' | 'large' = 'small'): TemplateResult {
  return html`<div class="empty-state ${size}" role="note" aria-label="Empty value">${icon}</div>`;
}
