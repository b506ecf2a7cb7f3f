import { css, html, nothing, type SVGTemplateResult } from 'lit';
import { registerStyles } from '../../src/base/style-registry.js';
import { icons } from './icons.js';
import { mediaIcons } from './media-icons.js';

/** Where a media block's value can come from (Gradio's `sources`). */
export type MediaSource = 'upload' | 'webcam' | 'clipboard' | 'microphone' | 'webcam-video';

registerStyles(css`
  @layer gr.components {
    .gr-source-select {
      display: flex;
      align-self: stretch;
      justify-content: center;
      gap: var(--spacing-sm);
      padding: var(--spacing-sm);
      border-top: 1px solid var(--border-color-primary);
    }
    .gr-source-select button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: var(--size-9, 2.25rem);
      height: var(--size-8, 2rem);
      padding: var(--spacing-sm);
      border: 0;
      border-radius: var(--radius-md, 6px);
      background: none;
      color: var(--block-label-text-color);
      font-size: 18px;
      cursor: pointer;
    }
    .gr-source-select button:hover,
    .gr-source-select button[aria-pressed='true'] {
      color: var(--color-accent);
    }
    .gr-source-select button:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 1px;
    }
  }
`);

const SOURCES: Record<MediaSource, { label: string; icon: SVGTemplateResult }> = {
  upload: { label: 'Upload file', icon: icons.upload },
  webcam: { label: 'Capture from camera', icon: mediaIcons.webcam },
  'webcam-video': { label: 'Record video from camera', icon: mediaIcons.video },
  microphone: { label: 'Record audio', icon: mediaIcons.record },
  clipboard: { label: 'Paste from clipboard', icon: mediaIcons.paste },
};

/**
 * The row of source buttons under a media block with more than one way in (Gradio's names,
 * so "Capture from camera" reads the same). Shown when there are several sources or the
 * clipboard is one; the active one is pressed.
 */
export function renderSourceSelect(
  sources: readonly string[],
  active: string | null,
  onSelect: (source: MediaSource) => void,
): unknown {
  const unique = [...new Set(sources)].filter((s): s is MediaSource => s in SOURCES);
  if (unique.length < 2 && !unique.includes('clipboard')) return nothing;
  return html`<div class="gr-source-select" role="group" aria-label="Source">
    ${unique.map(
      (source) =>
        html`<button
          type="button"
          aria-label=${SOURCES[source].label}
          title=${SOURCES[source].label}
          aria-pressed=${active === source || (!active && source === 'upload') ? 'true' : 'false'}
          @click=${() => onSelect(source)}
        >
          ${SOURCES[source].icon}
        </button>`,
    )}
  </div>`;
}
