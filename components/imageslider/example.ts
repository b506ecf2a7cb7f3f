import type { ExampleRenderer } from '../../src/base/example.js';
import { renderThumbs } from '../common/example-media.js';

/** An image slider sample: both images side by side. */
export const renderExample: ExampleRenderer = (value, _props, context) =>
  Array.isArray(value)
    ? renderThumbs(
        value.map((v) => ({ url: context.fileUrl(v) })),
        context.layout,
        2,
      )
    : '';
