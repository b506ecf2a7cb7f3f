import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { columnStyles } from './column.styles.js';

/**
 * @summary A Gradio `Column`: children stacked; in a row, `scale` and `min_width` size it.
 * @cssproperty --layout-gap - Space between children.
 */
@block('column')
export class GrColumn extends GradioElement {
  static override css = columnStyles;

  /** `default`, `panel` or `compact`. */
  @property({ reflect: true }) variant: string | null = 'default';

  protected override renderContent(): unknown {
    return html`<div class="column">${this.renderChildren()}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-column': GrColumn;
  }
}
