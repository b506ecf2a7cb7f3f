import { html } from 'lit';
import type { ExampleRenderer } from '../../src/base/example.js';
import { fileName, isFileData } from '../../src/base/file-data.js';

/** A file sample: its name (or names), as Gradio's examples table shows it. */
export const renderExample: ExampleRenderer = (value) => {
  const list = (Array.isArray(value) ? value : [value]).map((item) =>
    isFileData(item) ? fileName(item) : typeof item === 'string' ? item.split(/[\\/]/).pop() : '',
  );
  return html`<span class="gr-example-file">${list.filter(Boolean).join(', ')}</span>`;
};
