import { css, html } from 'lit';
import type { ExampleRenderer } from '../../src/base/example.js';
import { registerStyles } from '../../src/base/style-registry.js';

registerStyles(css`
  @layer gr.components {
    .gr-example-json {
      display: block;
      max-width: var(--size-40, 10rem);
      max-height: var(--size-20, 5rem);
      margin: 0;
      overflow: hidden;
      font-family: var(--font-mono);
      font-size: var(--text-sm);
      text-align: start;
      white-space: pre;
    }
    .gr-example-json.table {
      max-height: none;
      text-overflow: ellipsis;
    }
  }
`);

/** A JSON value in an examples table: compact on one line; indented (clipped) in a gallery. */
export const renderExample: ExampleRenderer = (value, _props, context) => {
  if (value === null || value === undefined) return '';
  const text = context.layout === 'table' ? JSON.stringify(value) : JSON.stringify(value, null, 2);
  return html`<pre class="gr-example-json ${context.layout}">${text}</pre>`;
};
