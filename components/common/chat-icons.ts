import { svg, type SVGTemplateResult } from 'lit';

/**
 * Icons of the chat blocks (chatbot, multimodaltextbox), in the style of `icons.ts`: 24-unit
 * grid, currentColor, decorative (the button around one carries its name).
 */
const icon = (body: SVGTemplateResult, fill = 'none'): SVGTemplateResult =>
  svg`<svg viewBox="0 0 24 24" width="1em" height="1em" fill=${fill} stroke="currentColor"
    stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

const thumb = svg`<path d="M7 10v11"/><path d="M15 5.9 14 10h5.8a2 2 0 0 1 1.9 2.6l-2.3 7A2 2 0 0 1 17.5 21H4a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1h2.8a2 2 0 0 0 1.8-1.1L12 2a3.1 3.1 0 0 1 3 3.9z"/>`;
const flag = svg`<path d="M4 22V4"/><path d="M4 15s1-1 4-1 5 2 8 2 4-1 4-1V3s-1 1-4 1-5-2-8-2-4 1-4 1z"/>`;

export const chatIcons = {
  chat: icon(svg`<path d="M21 12a8 8 0 0 1-11.6 7.1L4 21l1.9-5.4A8 8 0 1 1 21 12z"/>`),
  retry: icon(svg`<path d="M20 12a8 8 0 1 1-2.3-5.7"/><path d="M20 4v5h-5"/>`),
  undo: icon(svg`<path d="M9 14 4 9l5-5"/><path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11"/>`),
  edit: icon(svg`<path d="M12 20h9"/><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"/>`),
  thumbUp: icon(thumb),
  thumbUpFilled: icon(thumb, 'currentColor'),
  thumbDown: icon(svg`<g transform="rotate(180 12 12)">${thumb}</g>`),
  thumbDownFilled: icon(svg`<g transform="rotate(180 12 12)">${thumb}</g>`, 'currentColor'),
  flag: icon(flag),
  flagFilled: icon(flag, 'currentColor'),
  arrowDown: icon(svg`<path d="M12 5v14"/><path d="M6 13l6 6 6-6"/>`),
  arrowUp: icon(svg`<path d="M12 19V5"/><path d="M6 11l6-6 6 6"/>`),
  stop: icon(svg`<rect x="6" y="6" width="12" height="12" rx="1.5"/>`),
  paperclip: icon(
    svg`<path d="M21.4 11.1l-9.2 9.2a6 6 0 0 1-8.5-8.5l9.2-9.2a4 4 0 0 1 5.7 5.7l-9.2 9.2a2 2 0 0 1-2.8-2.8l8.5-8.5"/>`,
  ),
  microphone: icon(
    svg`<rect x="9" y="2" width="6" height="12" rx="3"/><path d="M5 10v1a7 7 0 0 0 14 0v-1"/><path d="M12 18v4"/>`,
  ),
  music: icon(svg`<path d="M9 18V5l12-2v13"/><circle cx="6" cy="18" r="3"/><circle cx="18" cy="16" r="3"/>`),
  video: icon(svg`<rect x="2" y="6" width="14" height="12" rx="2"/><path d="M22 8l-6 4 6 4z"/>`),
};
