import { css, html } from 'lit';
import type { ExampleRenderer } from '../../src/base/example.js';
import { registerStyles } from '../../src/base/style-registry.js';

registerStyles(css`
  @layer gr.components {
    .gr-example-code {
      margin: 0;
      font-family: var(--font-mono);
      text-align: left;
      white-space: pre;
    }
    .gr-example-code.gallery {
      padding: var(--size-1, 4px) var(--size-2, 8px);
    }
  }
`);

const MAX_LENGTH = 60;

/** A gr.Code sample: its first 60 characters, preformatted, as Gradio's table shows it. */
export const renderExample: ExampleRenderer = (value, _props, context) => {
  const text = typeof value === 'string' ? value : '';
  const shown = text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}...` : text;
  return html`<pre class="gr-example-code ${context.layout}">${shown}</pre>`;
};
