import { css, html, nothing, type TemplateResult } from 'lit';
import { registerStyles } from '../../src/base/style-registry.js';

registerStyles(css`
  @layer gr.components {
    .gr-example-thumbs {
      display: inline-flex;
      align-items: center;
      gap: var(--spacing-sm);
      vertical-align: middle;
    }
    .gr-example-thumb {
      display: block;
      width: var(--size-20, 5rem);
      height: var(--size-20, 5rem);
      overflow: hidden;
      border: 2px solid var(--border-color-primary);
      border-radius: var(--radius-lg);
      object-fit: cover;
      background: var(--background-fill-secondary);
    }
    .gr-example-thumbs.table .gr-example-thumb {
      width: var(--size-12, 3rem);
      height: var(--size-12, 3rem);
    }
    .gr-example-more {
      color: var(--body-text-color-subdued);
    }
  }
`);

/** Thumbnails of a few media files in an examples table or gallery ("…" when there are more). */
export function renderThumbs(
  media: readonly { url: string | null; video?: boolean }[],
  layout: 'table' | 'gallery',
  max = 3,
): TemplateResult {
  const shown = media.filter((m) => m.url).slice(0, max);
  return html`<span class="gr-example-thumbs ${layout}"
    >${shown.map((m) =>
      m.video
        ? html`<video class="gr-example-thumb" src=${m.url!} muted preload="metadata"></video>`
        : html`<img class="gr-example-thumb" src=${m.url!} alt="" loading="lazy" />`,
    )}${media.length > max ? html`<span class="gr-example-more">…</span>` : nothing}</span
  >`;
}
