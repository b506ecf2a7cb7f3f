import { html } from 'lit';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { formStyles } from './form.styles.js';

/**
 * @summary The `form` block Gradio inserts around consecutive form inputs: one framed group.
 */
@block('form')
export class GrForm extends GradioElement {
  static override css = formStyles;

  protected override renderContent(): unknown {
    return html`<div class="form">${this.renderChildren()}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-form': GrForm;
  }
}
