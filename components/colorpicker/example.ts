import { css, html } from 'lit';
import type { ExampleRenderer } from '../../src/base/example.js';
import { registerStyles } from '../../src/base/style-registry.js';
import { toHex } from './internal/to-hex.js';

registerStyles(css`
  @layer gr.components {
    .gr-colorpicker-example {
      width: var(--size-10, 2.5rem);
      height: var(--size-10, 2.5rem);
      border-radius: var(--radius-sm);
    }
    .gr-colorpicker-example.table {
      margin: 0 auto;
    }
  }
`);

/** A ColorPicker sample in a gr.Examples table: a swatch of the colour, named for screen readers. */
export const renderExample: ExampleRenderer = (value, _props, context) => {
  const hex = typeof value === 'string' ? toHex(value) : null;
  return html`<div
    class="gr-colorpicker-example ${context.layout}"
    role="img"
    aria-label=${hex ?? 'no colour'}
    title=${hex ?? ''}
    style=${`background-color: ${hex ?? 'black'}`}
  ></div>`;
};
