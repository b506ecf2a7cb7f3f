import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { cssLength } from '../../src/base/css-length.js';
import { rowStyles } from './row.styles.js';

/**
 * @summary A Gradio `Row`: children side by side, wrapping when the row is too narrow.
 * @cssproperty --layout-gap - Space between children.
 */
@block('row')
export class GrRow extends GradioElement {
  static override css = rowStyles;

  /** `default`, `panel` or `compact`. */
  @property({ reflect: true }) variant = 'default';
  /** Stretch children to the tallest one. */
  @property({ type: Boolean, reflect: true, attribute: 'equal-height' }) equalHeight = false;
  /** Fixed height (px number or CSS length). */
  @property({ attribute: false }) height: number | string | null = null;
  @property({ attribute: false }) maxHeight: number | string | null = null;
  @property({ attribute: false }) minHeight: number | string | null = null;

  protected override renderContent(): unknown {
    const style = [
      this.height !== null ? `height:${cssLength(this.height)}` : '',
      this.maxHeight !== null ? `max-height:${cssLength(this.maxHeight)}` : '',
      this.minHeight !== null ? `min-height:${cssLength(this.minHeight)}` : '',
    ]
      .filter(Boolean)
      .join(';');
    return html`<div class="row" style=${style}>${this.renderChildren()}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-row': GrRow;
  }
}
