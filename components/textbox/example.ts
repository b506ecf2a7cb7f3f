import { css, html, nothing } from 'lit';
import type { ExampleRenderer } from '../../src/base/example.js';
import { registerStyles } from '../../src/base/style-registry.js';

const MAX_LENGTH = 60;

registerStyles(css`
  @layer gr.components {
    .gr-textbox-example {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .gr-textbox-example.gallery {
      padding: var(--size-1, 0.25rem) var(--size-2, 0.5rem);
    }
  }
`);

/** A Textbox sample in a gr.Examples table or gallery: its text on one line, cut at 60 characters. */
export const renderExample: ExampleRenderer = (value, _props, context) => {
  const text = value === null || value === undefined ? '' : String(value);
  const cut = text.length > MAX_LENGTH;
  return html`<div class="gr-textbox-example ${context.layout}" title=${cut ? text : nothing}>
    ${cut ? `${text.slice(0, MAX_LENGTH)}...` : text}
  </div>`;
};
