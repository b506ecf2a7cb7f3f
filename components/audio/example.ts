import { html } from 'lit';
import type { ExampleRenderer } from '../../src/base/example.js';
import { fileName, isFileData } from '../../src/base/file-data.js';

/** An audio sample: its file name, as Gradio's examples table shows it. */
export const renderExample: ExampleRenderer = (value) => {
  const name = isFileData(value)
    ? fileName(value)
    : typeof value === 'string'
      ? value.split(/[\\/]/).pop()
      : '';
  return html`<span class="gr-example-file">${name}</span>`;
};
