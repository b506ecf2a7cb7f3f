import type { ExampleRenderer } from '../../src/base/example.js';
import { renderExampleText } from '../common/example-text.js';

/** A SimpleTextbox sample in a gr.Examples table: its text on one line. */
export const renderExample: ExampleRenderer = (value, _props, context) =>
  renderExampleText(value === null || value === undefined ? '' : String(value), context);
