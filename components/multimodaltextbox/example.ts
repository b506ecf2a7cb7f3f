import { css, html, nothing } from 'lit';
import type { ExampleRenderer } from '../../src/base/example.js';
import { registerStyles } from '../../src/base/style-registry.js';
import { fileName, isFileData } from '../../src/base/file-data.js';

const MAX_LENGTH = 60;

registerStyles(css`
  @layer gr.components {
    .gr-mm-example {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--spacing-sm);
      max-width: 100%;
    }
    .gr-mm-example .text {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .gr-mm-example img {
      width: var(--size-8, 2rem);
      height: var(--size-8, 2rem);
      border-radius: var(--radius-sm);
      object-fit: cover;
    }
    .gr-mm-example .file {
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
    }
    .gr-mm-example.gallery {
      padding: var(--size-1, 0.25rem) var(--size-2, 0.5rem);
    }
  }
`);

/**
 * A MultimodalTextbox sample in a gr.Examples table or gallery: its text on one line, then a small
 * image for each picture and the name of each other file.
 */
export const renderExample: ExampleRenderer = (value, _props, context) => {
  const sample =
    typeof value === 'string'
      ? { text: value, files: [] }
      : ((value ?? {}) as { text?: unknown; files?: unknown });
  const text = typeof sample.text === 'string' ? sample.text : '';
  const files = Array.isArray(sample.files) ? sample.files : [];
  const cut = text.length > MAX_LENGTH;
  return html`<div class="gr-mm-example ${context.layout}">
    ${text ? html`<span class="text" title=${cut ? text : nothing}>${cut ? `${text.slice(0, MAX_LENGTH)}…` : text}</span>` : nothing}
    ${files.map((file: unknown) => {
      const url = context.fileUrl(file);
      const data = isFileData(file) ? file : typeof file === 'string' ? { path: file } : null;
      if (!data || !url) return nothing;
      const mime = isFileData(file) ? (file.mime_type ?? '') : '';
      const image = mime.includes('image') || /\.(png|jpe?g|gif|webp|svg|bmp|avif)$/i.test(data.path);
      return image
        ? html`<img src=${url} alt=${fileName(data)} loading="lazy" />`
        : html`<span class="file">${fileName(data)}</span>`;
    })}
  </div>`;
};
