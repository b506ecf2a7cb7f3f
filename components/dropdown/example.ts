import type { ExampleRenderer } from '../../src/base/example.js';
import { choiceLabels, renderExampleText } from '../common/example-text.js';

/** A dropdown sample in a gr.Examples table: the labels of the choices it names. */
export const renderExample: ExampleRenderer = (value, props, context) =>
  renderExampleText(choiceLabels(value, props.choices), context);
