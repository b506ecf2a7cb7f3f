import { svg, type SVGTemplateResult } from 'lit';

/** The editor's own tool icons, on the shared icons' 24-unit grid, stroked in currentColor. */
const icon = (body: SVGTemplateResult): SVGTemplateResult =>
  svg`<svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor"
    stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

export const editorIcons = {
  brush: icon(
    svg`<path d="M18.4 3.6a2 2 0 0 1 2.8 2.8L12 15.6 8.4 12z"/><path d="M8.4 12c-2 0-3.4 1.6-3.4 3.6 0 1.5-.8 2.6-2 3.4 3.7.8 8-.6 8.6-4.6"/>`,
  ),
  eraser: icon(svg`<path d="M7 21h10"/><path d="M5.5 14.5l8-8 6 6-6.5 6.5H9z"/><path d="M9.5 10.5l6 6"/>`),
  crop: icon(svg`<path d="M6 2v14a2 2 0 0 0 2 2h14"/><path d="M18 22V8a2 2 0 0 0-2-2H2"/>`),
  resize: icon(
    svg`<rect x="3" y="3" width="18" height="18" rx="2"/><path d="M9 15l6-6"/><path d="M11 9h4v4"/><path d="M13 15H9v-4"/>`,
  ),
  palette: icon(
    svg`<path d="M12 3a9 9 0 1 0 0 18c1 0 1.6-.8 1.6-1.7 0-.5-.2-.9-.5-1.2-.3-.3-.4-.7-.4-1.1 0-.9.7-1.7 1.7-1.7h2A4.6 4.6 0 0 0 21 10.8C21 6.5 17 3 12 3z"/><circle cx="7.5" cy="11" r="1"/><circle cx="10" cy="7" r="1"/><circle cx="15" cy="7.5" r="1"/>`,
  ),
  size: icon(svg`<circle cx="12" cy="12" r="9"/><path d="M5.6 18.4L18.4 5.6"/>`),
  hand: icon(
    svg`<path d="M18 11V6a2 2 0 0 0-4 0v5"/><path d="M14 10V4a2 2 0 0 0-4 0v6"/><path d="M10 10.5V6a2 2 0 0 0-4 0v8"/><path d="M18 8a2 2 0 1 1 4 0v6a8 8 0 0 1-8 8h-2c-2.8 0-4.5-.9-6-2.4l-3.6-3.6a2 2 0 0 1 2.8-2.8L7 15"/>`,
  ),
  zoomIn: icon(
    svg`<circle cx="11" cy="11" r="7"/><path d="M20 20l-3.5-3.5"/><path d="M11 8v6"/><path d="M8 11h6"/>`,
  ),
  zoomOut: icon(svg`<circle cx="11" cy="11" r="7"/><path d="M20 20l-3.5-3.5"/><path d="M8 11h6"/>`),
  redo: icon(svg`<path d="M15 14l5-5-5-5"/><path d="M20 9H10a6 6 0 0 0 0 12h3"/>`),
  layers: icon(svg`<path d="M12 3l9 5-9 5-9-5z"/><path d="M3 13l9 5 9-5"/>`),
  eye: icon(svg`<path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z"/><circle cx="12" cy="12" r="3"/>`),
  eyeOff: icon(
    svg`<path d="M9.9 5.2A10 10 0 0 1 12 5c6.4 0 10 7 10 7a17.6 17.6 0 0 1-2.6 3.6"/><path d="M6.6 6.6A17.8 17.8 0 0 0 2 12s3.6 7 10 7a9.7 9.7 0 0 0 5.4-1.6"/><path d="M9.9 9.9a3 3 0 0 0 4.2 4.2"/><path d="M2 2l20 20"/>`,
  ),
  arrowUp: icon(svg`<path d="M12 19V5"/><path d="M6 11l6-6 6 6"/>`),
  arrowDown: icon(svg`<path d="M12 5v14"/><path d="M6 13l6 6 6-6"/>`),
} satisfies Record<string, SVGTemplateResult>;
