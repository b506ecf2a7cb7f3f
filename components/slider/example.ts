import type { ExampleRenderer } from '../../src/base/example.js';
import { renderExampleText } from '../common/example-text.js';

/** A Slider sample in a gr.Examples table: the number. */
export const renderExample: ExampleRenderer = (value, _props, context) =>
  renderExampleText(value === null || value === undefined ? '' : String(value), context);
