import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderBlockTitle } from '../../src/base/block-title.js';
import { simpletextboxStyles } from './simpletextbox.styles.js';

/**
 * @summary A one-line text field, for Gradio's minimal `SimpleTextbox` block.
 * @event gr-input - The user edited the text.
 * @event gr-change - The text changed through the user.
 * @event gr-submit - The user pressed Enter.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('simpletextbox')
export class GrSimpletextbox extends GradioElement {
  static override css = simpletextboxStyles;

  /** The text. */
  @property() value: string | null = '';
  /** Hint shown while empty. */
  @property() placeholder: string | null = null;
  /** Right-to-left text. */
  @property({ type: Boolean }) rtl = false;

  #onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.emit('input');
    this.emit('change');
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.emit('submit');
  }

  protected override renderContent(): unknown {
    const id = `gr-${this.blockId}-text`;
    return html`<div class="block ${this.container ? '' : 'no-container'}">
      ${renderBlockTitle({ for: id, label: this.label, show: this.showLabel })}
      <input
        id=${id}
        class="input"
        type="text"
        dir=${this.rtl ? 'rtl' : 'ltr'}
        placeholder=${this.placeholder ?? ''}
        .value=${live(this.value === null || this.value === undefined ? '' : String(this.value))}
        ?disabled=${!this.interactive}
        @input=${this.#onInput}
        @keydown=${this.#onKeyDown}
      />
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-simpletextbox': GrSimpletextbox;
  }
}
