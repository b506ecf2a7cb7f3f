import { css, html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { ExampleRenderer } from '../../src/base/example.js';
import { registerStyles } from '../../src/base/style-registry.js';
import { morphChildren } from './internal/morph.js';
import { codeFreeHtml } from '../common/app-html.js';

registerStyles(css`
  @layer gr.components {
    .gr-example-html.gallery {
      padding: var(--size-2, 8px);
    }
  }
`);

/**
 * A gr.HTML sample: its HTML, parsed as the block parses it (scripts never run), without its
 * code unless the host trusts the app (`allow_js`).
 */
export const renderExample: ExampleRenderer = (value, _props, context) => {
  const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  const markup = context.appTrusted ? text : codeFreeHtml(text);
  return html`<div
    class="gr-example-html prose ${context.layout}"
    ${ref((el) => {
      if (el) morphChildren(el, markup);
    })}
  ></div>`;
};
