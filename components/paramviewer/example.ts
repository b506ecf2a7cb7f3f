import type { ExampleRenderer } from '../../src/base/example.js';

/** A ParamViewer in an examples table: its parameters' names. */
export const renderExample: ExampleRenderer = (value) =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).join(', ') : '';
