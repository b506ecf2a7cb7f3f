import { html } from 'lit';
import type { ExampleRenderer } from '../../src/base/example.js';
import { fileName, isFileData } from '../../src/base/file-data.js';

/**
 * A video sample: a small muted preview that plays while the pointer is over it (as Gradio's
 * examples table shows videos), or the file name when it has no URL.
 */
export const renderExample: ExampleRenderer = (value, _props, context) => {
  const file = isFileData(value)
    ? value
    : typeof value === 'object' && value !== null && isFileData((value as { video?: unknown }).video)
      ? (value as { video: Parameters<typeof fileName>[0] }).video
      : null;
  const url = context.fileUrl(file ?? value);
  if (!url) return html`<span class="gr-example-file">${file ? fileName(file) : ''}</span>`;
  return html`<video
    class="gr-example-video ${context.layout}"
    src=${url}
    muted
    playsinline
    preload="metadata"
    aria-label=${file ? fileName(file) : 'Video'}
    style="width:100%;max-height:${context.layout === 'table' ? '3rem' : '8rem'};object-fit:cover;border-radius:var(--radius-sm)"
    @mouseover=${(e: Event) => void (e.target as HTMLVideoElement).play().catch(() => undefined)}
    @mouseout=${(e: Event) => (e.target as HTMLVideoElement).pause()}
  ></video>`;
};
