import { svg, type SVGTemplateResult } from 'lit';

const icon = (body: SVGTemplateResult): SVGTemplateResult =>
  svg`<svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2"
    stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

/** Icons only the dataframe draws (the shared ones are in components/common/icons.ts). */
export const dfIcons = {
  sortAsc: icon(svg`<path d="M12 19V5"/><path d="M6 11l6-6 6 6"/>`),
  sortDesc: icon(svg`<path d="M12 5v14"/><path d="M6 13l6 6 6-6"/>`),
  sortable: icon(svg`<path d="M8 9l4-4 4 4"/><path d="M8 15l4 4 4-4"/>`),
  more: icon(
    svg`<circle cx="12" cy="5" r="1.2"/><circle cx="12" cy="12" r="1.2"/><circle cx="12" cy="19" r="1.2"/>`,
  ),
  filter: icon(svg`<path d="M4 5h16l-6 7.5V19l-4-2v-4.5z"/>`),
  lock: icon(svg`<rect x="5" y="11" width="14" height="9" rx="2"/><path d="M8 11V8a4 4 0 0 1 8 0v3"/>`),
  table: icon(
    svg`<rect x="3.5" y="4.5" width="17" height="15" rx="1.5"/><path d="M3.5 9.5h17"/><path d="M3.5 14.5h17"/><path d="M9.5 4.5v15"/>`,
  ),
  apply: icon(svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`),
};
