import type { ExampleRenderer } from '../../src/base/example.js';
import { renderThumbs } from '../common/example-media.js';

/** An editor sample (`{background, layers, composite}`): the composite, else the background. */
export const renderExample: ExampleRenderer = (value, _props, context) => {
  const v = value as { composite?: unknown; background?: unknown } | null;
  const file = v?.composite ?? v?.background ?? (typeof value === 'string' ? value : null);
  return file ? renderThumbs([{ url: context.fileUrl(file) }], context.layout) : '';
};
