import type { ExampleRenderer } from '../../src/base/example.js';
import { renderThumbs } from '../common/example-media.js';

/** An image sample: its thumbnail. */
export const renderExample: ExampleRenderer = (value, _props, context) =>
  value ? renderThumbs([{ url: context.fileUrl(value) }], context.layout) : '';
