import { css, html } from 'lit';
import type { ExampleRenderer } from '../../src/base/example.js';
import { registerStyles } from '../../src/base/style-registry.js';
import { markdown, type LatexDelimiter } from '../common/markdown/markdown.js';

/** Gradio cuts a Markdown sample to its first 60 characters before rendering it. */
const MAX_LENGTH = 60;

registerStyles(css`
  @layer gr.components {
    .gr-markdown-example.gallery {
      padding: var(--size-1, 0.25rem) var(--size-2, 0.5rem);
    }
  }
`);

/** A Markdown sample in a gr.Examples table or gallery: rendered, with the block's own options. */
export const renderExample: ExampleRenderer = (value, props, context) => {
  const text = value === null || value === undefined ? '' : String(value);
  const cut = text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}...` : text;
  return html`<div
    class="md prose gr-markdown-example ${context.layout}"
    ${markdown(cut, {
      sanitize: props.sanitize_html !== false,
      appTrusted: context.appTrusted,
      lineBreaks: props.line_breaks === true,
      latexDelimiters: Array.isArray(props.latex_delimiters)
        ? (props.latex_delimiters as LatexDelimiter[])
        : [{ left: '$$', right: '$$', display: true }],
      copyCodeButtons: false,
    })}
  ></div>`;
};
