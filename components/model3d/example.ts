import type { ExampleRenderer } from '../../src/base/example.js';
import { fileName, isFileData } from '../../src/base/file-data.js';

/** A 3D model sample: its file name, as Gradio's examples table shows it. */
export const renderExample: ExampleRenderer = (value) =>
  isFileData(value) ? fileName(value) : typeof value === 'string' ? (value.split(/[\\/]/).pop() ?? '') : '';
