import { svg, type SVGTemplateResult } from 'lit';

/**
 * The small stroke icons blocks share (toolbars, lists, players). Drawn on a 24-unit grid in
 * currentColor, so they follow the theme; decorative: the button around one carries its name.
 */
const icon = (body: SVGTemplateResult): SVGTemplateResult =>
  svg`<svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor"
    stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

export const icons = {
  copy: icon(
    svg`<rect x="8" y="8" width="12" height="12" rx="2"/><path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2"/>`,
  ),
  check: icon(svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`),
  download: icon(svg`<path d="M12 4v11"/><path d="M7 10.5l5 5 5-5"/><path d="M5 20h14"/>`),
  upload: icon(svg`<path d="M12 20V9"/><path d="M7 13.5l5-5 5 5"/><path d="M5 4h14"/>`),
  close: icon(svg`<path d="M6 6l12 12"/><path d="M18 6L6 18"/>`),
  chevronDown: icon(svg`<path d="M6 9.5l6 6 6-6"/>`),
  chevronRight: icon(svg`<path d="M9.5 6l6 6-6 6"/>`),
  chevronLeft: icon(svg`<path d="M14.5 6l-6 6 6 6"/>`),
  maximize: icon(svg`<path d="M4 9V4h5"/><path d="M20 9V4h-5"/><path d="M4 15v5h5"/><path d="M20 15v5h-5"/>`),
  minimize: icon(svg`<path d="M9 4v5H4"/><path d="M15 4v5h5"/><path d="M9 20v-5H4"/><path d="M15 20v-5h5"/>`),
  reset: icon(svg`<path d="M4 12a8 8 0 1 0 2.5-5.8"/><path d="M4 4v5h5"/>`),
  link: icon(
    svg`<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1"/><path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/>`,
  ),
  /** Gradio's code badge, `</>`. */
  code: icon(svg`<path d="M8 7l-5 5 5 5"/><path d="M16 7l5 5-5 5"/><path d="M13.5 4l-3 16"/>`),
  file: icon(
    svg`<path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z"/><path d="M14 3v5h5"/>`,
  ),
  image: icon(
    svg`<rect x="3" y="4" width="18" height="16" rx="2"/><circle cx="9" cy="10" r="2"/><path d="M21 16l-5-5-9 9"/>`,
  ),
  trash: icon(
    svg`<path d="M4 7h16"/><path d="M10 11v6"/><path d="M14 11v6"/><path d="M6 7l1 13h10l1-13"/><path d="M9 7V4h6v3"/>`,
  ),
  plus: icon(svg`<path d="M12 5v14"/><path d="M5 12h14"/>`),
  search: icon(svg`<circle cx="11" cy="11" r="6.5"/><path d="M20 20l-4.2-4.2"/>`),
  calendar: icon(
    svg`<rect x="4" y="5" width="16" height="15" rx="2"/><path d="M4 10h16"/><path d="M9 3v4"/><path d="M15 3v4"/>`,
  ),
  share: icon(
    svg`<circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="6" r="2.5"/><circle cx="18" cy="18" r="2.5"/><path d="M8.3 10.8l7.4-3.6"/><path d="M8.3 13.2l7.4 3.6"/>`,
  ),
} satisfies Record<string, SVGTemplateResult>;

export type IconName = keyof typeof icons;
