import { css, html, nothing, type SVGTemplateResult } from 'lit';
import { registerStyles } from '../../../src/base/style-registry.js';
import { icons } from '../icons.js';
import { mediaIcons } from './media-icons.js';

/** Where a media block's value can come from (Gradio's `sources`). */
export type MediaSource = 'upload' | 'microphone' | 'webcam' | 'webcam-video' | 'clipboard';

const SOURCES: Record<MediaSource, { label: string; icon: SVGTemplateResult }> = {
  upload: { label: 'Upload file', icon: icons.upload },
  microphone: { label: 'Record audio', icon: mediaIcons.mic },
  webcam: { label: 'Capture from camera', icon: mediaIcons.camera },
  'webcam-video': { label: 'Record video from camera', icon: mediaIcons.video },
  clipboard: { label: 'Paste from clipboard', icon: icons.copy },
};

registerStyles(css`
  @layer gr.components {
    .media-sources {
      display: flex;
      justify-content: center;
      gap: var(--spacing-lg);
      padding: var(--spacing-sm) 0;
      border-top: 1px solid var(--border-color-primary);
    }
    .media-sources button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: var(--size-8);
      height: var(--size-7, 1.75rem);
      padding: var(--spacing-xs);
      border: none;
      border-radius: var(--radius-sm);
      background: none;
      color: var(--body-text-color-subdued);
      font-size: var(--text-lg);
      cursor: pointer;
    }
    .media-sources button:hover,
    .media-sources button:focus-visible {
      color: var(--body-text-color);
    }
    .media-sources button[aria-pressed='true'] {
      color: var(--color-accent);
    }
  }
`);

/**
 * The row of source buttons at the bottom of a media block (upload, microphone, camera), shown
 * when there is more than one. `onSelect` is called with the source the user picked.
 */
export function renderSourceSelect(
  sources: readonly string[],
  active: string,
  onSelect: (source: MediaSource) => void,
): unknown {
  const known = [...new Set(sources)].filter((s): s is MediaSource => s in SOURCES);
  if (known.length < 2 && !known.includes('clipboard')) return nothing;
  return html`<div class="media-sources" role="group" aria-label="Source">
    ${known.map(
      (source) =>
        html`<button
          type="button"
          aria-label=${SOURCES[source].label}
          title=${SOURCES[source].label}
          aria-pressed=${source === active ? 'true' : 'false'}
          @click=${() => onSelect(source)}
        >
          ${SOURCES[source].icon}
        </button>`,
    )}
  </div>`;
}
