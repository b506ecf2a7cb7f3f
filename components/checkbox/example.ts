import type { ExampleRenderer } from '../../src/base/example.js';
import { renderExampleText } from '../common/example-text.js';

/** A Checkbox sample in a gr.Examples table: "true" or "false", as Gradio shows it. */
export const renderExample: ExampleRenderer = (value, _props, context) =>
  renderExampleText(value === null || value === undefined ? '' : String(value), context);
