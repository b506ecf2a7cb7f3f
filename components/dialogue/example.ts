import { html } from 'lit';
import type { ExampleRenderer } from '../../src/base/example.js';

/**
 * A Dialogue sample in a gr.Examples table: the server sends it formatted as text; lines (from
 * an older server or a gr.Dataset) show as `speaker: text`, cut to one line.
 */
export const renderExample: ExampleRenderer = (value, _props, context) => {
  const text = Array.isArray(value)
    ? value
        .map((line) => {
          const { speaker, text } = (line ?? {}) as { speaker?: unknown; text?: unknown };
          return `${String(speaker ?? '')}: ${String(text ?? '')}`;
        })
        .join(' · ')
    : value === null || value === undefined
      ? ''
      : String(value);
  const shown = text.length > 60 ? `${text.slice(0, 60)}...` : text;
  return html`<div
    style="overflow:hidden;white-space:nowrap;${context.layout === 'gallery' ? 'padding:0.25rem 0.5rem' : ''}"
  >
    ${shown}
  </div>`;
};
