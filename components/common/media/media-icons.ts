import { svg, type SVGTemplateResult } from 'lit';

/** Stroke icons of the media players and recorders, drawn like `../icons.ts` (24-unit grid). */
const icon = (body: SVGTemplateResult): SVGTemplateResult =>
  svg`<svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor"
    stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

const filled = (body: SVGTemplateResult): SVGTemplateResult =>
  svg`<svg viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor" stroke="none"
    aria-hidden="true" focusable="false">${body}</svg>`;

export const mediaIcons = {
  music: icon(svg`<path d="M9 18V5l12-2v13"/><circle cx="6" cy="18" r="3"/><circle cx="18" cy="16" r="3"/>`),
  video: icon(svg`<rect x="2" y="6" width="14" height="12" rx="2"/><path d="M16 10l6-3v10l-6-3"/>`),
  play: filled(svg`<path d="M7 4.5v15l13-7.5z"/>`),
  pause: filled(
    svg`<rect x="6" y="4.5" width="4" height="15" rx="1"/><rect x="14" y="4.5" width="4" height="15" rx="1"/>`,
  ),
  replay: icon(svg`<path d="M4 12a8 8 0 1 0 2.5-5.8"/><path d="M4 4v5h5"/>`),
  back: icon(svg`<path d="M11 19l-7-7 7-7"/><path d="M20 19l-7-7 7-7"/>`),
  forward: icon(svg`<path d="M13 19l7-7-7-7"/><path d="M4 19l7-7-7-7"/>`),
  volume: icon(
    svg`<path d="M4 9h4l5-4v14l-5-4H4z"/><path d="M16.5 8.5a5 5 0 0 1 0 7"/><path d="M19 6a8.5 8.5 0 0 1 0 12"/>`,
  ),
  volumeLow: icon(svg`<path d="M4 9h4l5-4v14l-5-4H4z"/><path d="M16.5 8.5a5 5 0 0 1 0 7"/>`),
  muted: icon(svg`<path d="M4 9h4l5-4v14l-5-4H4z"/><path d="M17 9l5 6"/><path d="M22 9l-5 6"/>`),
  trim: icon(
    svg`<circle cx="6" cy="6" r="3"/><circle cx="6" cy="18" r="3"/><path d="M20 4L8.1 15.9"/><path d="M14.5 14.5L20 20"/><path d="M8.1 8.1L12 12"/>`,
  ),
  undo: icon(svg`<path d="M9 14L4 9l5-5"/><path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11"/>`),
  captions: icon(
    svg`<rect x="2" y="5" width="20" height="14" rx="2"/><path d="M10 10a2 2 0 1 0 0 4"/><path d="M17 10a2 2 0 1 0 0 4"/>`,
  ),
  mic: icon(
    svg`<rect x="9" y="2" width="6" height="12" rx="3"/><path d="M5 10a7 7 0 0 0 14 0"/><path d="M12 17v4"/>`,
  ),
  camera: icon(svg`<path d="M3 8h3l2-3h8l2 3h3v11H3z"/><circle cx="12" cy="13" r="3.5"/>`),
  record: filled(svg`<circle cx="12" cy="12" r="7"/>`),
  stop: filled(svg`<rect x="6" y="6" width="12" height="12" rx="2"/>`),
  fullscreen: icon(
    svg`<path d="M4 9V4h5"/><path d="M20 9V4h-5"/><path d="M4 15v5h5"/><path d="M20 15v5h-5"/>`,
  ),
  exitFullscreen: icon(
    svg`<path d="M9 4v5H4"/><path d="M15 4v5h5"/><path d="M9 20v-5H4"/><path d="M15 20v-5h5"/>`,
  ),
};
