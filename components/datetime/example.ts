import type { ExampleRenderer } from '../../src/base/example.js';
import { renderExampleText } from '../common/example-text.js';
import { formatDate } from './internal/date-text.js';

/** A DateTime sample in a gr.Examples table: its date text (a timestamp shown as a date). */
export const renderExample: ExampleRenderer = (value, props, context) => {
  const text =
    typeof value === 'number'
      ? formatDate(new Date(value * 1000), props.include_time !== false)
      : value === null || value === undefined
        ? ''
        : String(value);
  return renderExampleText(text, context);
};
