import { css, html } from 'lit';
import type { ExampleRenderer } from '../../src/base/example.js';
import { registerStyles } from '../../src/base/style-registry.js';

registerStyles(css`
  @layer gr.components {
    .gr-example-paths {
      margin: 0;
      padding: 0;
      list-style: none;
      text-align: start;
      white-space: nowrap;
    }
  }
`);

/** A file explorer sample: up to three paths (`./a/b.txt`), "..." if there are more. */
export const renderExample: ExampleRenderer = (value) => {
  if (value === null || value === undefined) return '';
  const paths = (Array.isArray(value) ? value : [value]).map((p) =>
    Array.isArray(p) ? p.join('/') : String(p),
  );
  return html`<ul class="gr-example-paths">
    ${paths.slice(0, 3).map((p) => html`<li><code>./${p}</code></li>`)}
    ${paths.length > 3 ? html`<li>...</li>` : ''}
  </ul>`;
};
