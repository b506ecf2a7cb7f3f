import { css, html } from 'lit';
import type { ExampleRenderer } from '../../src/base/example.js';
import { registerStyles } from '../../src/base/style-registry.js';
import { readLabelValue } from './internal/label-value.js';

registerStyles(css`
  @layer gr.components {
    .gr-example-label {
      display: inline-block;
      max-width: 100%;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
  }
`);

/** A Label in an examples table: its top class, with its confidence when there is one. */
export const renderExample: ExampleRenderer = (value) => {
  let read: ReturnType<typeof readLabelValue>;
  try {
    read = readLabelValue(value);
  } catch {
    return '';
  }
  if (!read?.label) return '';
  const top = read.confidences?.find((c) => c.label === read.label);
  return html`<span class="gr-example-label"
    >${read.label}${top ? ` (${Math.round(top.confidence * 100)}%)` : ''}</span
  >`;
};
