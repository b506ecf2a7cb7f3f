import { css, html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { registerStyles } from '../../src/base/style-registry.js';

/**
 * The badge a data or media block shows in its top-left corner (an icon and the label), as
 * Gradio draws it; `.block-label` in the base chrome. Floating over the content, or in the flow
 * above it. A hidden label stays in the accessibility tree, so the block keeps its name.
 */
export interface BlockLabelOptions {
  readonly label: string | null;
  readonly show: boolean;
  readonly icon: SVGTemplateResult;
  /** Over the content (absolute) or above it (in the flow). */
  readonly float?: boolean;
  /** An id, so the block's content can be `aria-labelledby` it. */
  readonly id?: string;
  readonly rtl?: boolean;
  /** Off when the block draws no box (`container=False`): the badge loses its frame too. */
  readonly container?: boolean;
}

registerStyles(css`
  @layer gr.components {
    .block .block-label.in-flow {
      position: static;
      align-self: flex-start;
      margin: var(--block-label-margin) 0 0 var(--block-label-margin);
    }
    .block .block-label.no-container {
      border-width: 0;
      background: transparent;
      box-shadow: none;
    }
    .block .block-label .block-label-icon {
      display: inline-flex;
      opacity: 0.8;
    }
    .block .block-label[dir='rtl'] {
      left: auto;
      right: var(--block-label-margin);
    }
  }
`);

export function renderBlockLabel(options: BlockLabelOptions): TemplateResult {
  if (!options.show || !options.label) {
    return html`<span class="gr-visually-hidden" id=${options.id ?? nothing}>${options.label ?? ''}</span>`;
  }
  return html`<span
    class="block-label ${options.float === false ? 'in-flow' : ''} ${options.container === false ? 'no-container' : ''}"
    id=${options.id ?? nothing}
    dir=${options.rtl ? 'rtl' : nothing}
    ><span class="block-label-icon">${options.icon}</span>${options.label}</span
  >`;
}
