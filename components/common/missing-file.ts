import { css, html, type TemplateResult } from 'lit';
import { registerStyles } from '../../src/base/style-registry.js';
import { icons } from './icons.js';

registerStyles(css`
  @layer gr.components {
    .gr-missing-file {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: var(--spacing-md);
      max-width: 32em;
      margin: auto;
      padding: var(--size-10, 2.5rem) var(--spacing-xl);
      color: var(--error-text-color);
      font-size: var(--text-md);
      text-align: center;
    }
    .gr-missing-file svg {
      width: 30px;
      height: 30px;
      opacity: 0.6;
    }
  }
`);

/** What a media block shows where its file did not load (deleted, expired, unreachable). */
export function missingFileMessage(kind = 'image'): string {
  return `The ${kind} could not be loaded: its file is missing or has expired on the server.`;
}

/** The in-block message for a file that did not load; the rest of the app goes on. */
export function renderMissingFile(kind = 'image'): TemplateResult {
  return html`<div class="gr-missing-file" role="alert">
    ${icons.image}<span>${missingFileMessage(kind)}</span>
  </div>`;
}
