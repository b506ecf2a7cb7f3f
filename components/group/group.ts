import { html } from 'lit';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { groupStyles } from './group.styles.js';

/**
 * @summary A Gradio `Group`: children drawn as one box, without gaps.
 */
@block('group')
export class GrGroup extends GradioElement {
  static override css = groupStyles;

  protected override renderContent(): unknown {
    return html`<div class="group">${this.renderChildren()}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-group': GrGroup;
  }
}
