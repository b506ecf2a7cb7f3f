import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderBlockTitle } from '../../src/base/block-title.js';
import { textboxStyles } from './textbox.styles.js';

/**
 * @summary Text input or output for a Gradio `Textbox` block.
 * @event gr-input - The user edited the text.
 * @event gr-change - The text changed through the user.
 * @event gr-submit - The user pressed Enter in a single-line box.
 * @event gr-focus - The box gained focus.
 * @event gr-blur - The box lost focus.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('textbox')
export class GrTextbox extends GradioElement {
  static override css = textboxStyles;
  static override emptyValue = '';

  /** Current text. */
  @property() value: string | null = '';
  /** Visible lines; 1 makes a single-line input. */
  @property({ type: Number }) lines = 1;
  /** Maximum lines before it scrolls. */
  @property({ type: Number, attribute: 'max-lines' }) maxLines: number | null = null;
  /** Hint shown while empty. */
  @property() placeholder: string | null = null;
  /** Help text under the label. */
  @property() info: string | null = null;
  /** `text`, `password` or `email`. */
  @property() type = 'text';
  /** Right-to-left text. */
  @property({ type: Boolean }) rtl = false;
  /** Focus on first render. */
  @property({ type: Boolean }) override autofocus = false;
  /** Message from a 6.x validator, shown under the box. */
  @property({ attribute: false }) validationError: string | null = null;

  get #text(): string {
    return this.value ?? '';
  }

  #onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.emit('input');
    this.emit('change');
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    // As in Gradio: Enter submits a one-line box; Shift+Enter submits a multi-line one.
    const submits = this.lines === 1 ? !event.shiftKey : event.shiftKey;
    if (!submits) return;
    event.preventDefault();
    this.emit('submit');
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (this.autofocus) this.querySelector<HTMLElement>('.input')?.focus({ preventScroll: true });
  }

  protected override renderContent(): unknown {
    const common = {
      disabled: !this.interactive,
      placeholder: this.placeholder ?? '',
    };
    const id = `gr-${this.blockId}-input`;
    const control =
      this.lines === 1 && this.type !== 'text'
        ? html`<input
            id=${id}
            class="input"
            type=${this.type === 'password' || this.type === 'email' ? this.type : 'text'}
            .value=${live(this.#text)}
            placeholder=${common.placeholder}
            ?disabled=${common.disabled}
            dir=${this.rtl ? 'rtl' : 'ltr'}
            @input=${this.#onInput}
            @keydown=${this.#onKeyDown}
            @focus=${() => this.emit('focus')}
            @blur=${() => this.emit('blur')}
          />`
        : html`<textarea
            id=${id}
            class="input"
            rows=${this.lines}
            .value=${live(this.#text)}
            placeholder=${common.placeholder}
            ?disabled=${common.disabled}
            dir=${this.rtl ? 'rtl' : 'ltr'}
            style=${this.maxLines ? `max-height:${this.maxLines * 1.5 + 1.3}em` : ''}
            @input=${this.#onInput}
            @keydown=${this.#onKeyDown}
            @focus=${() => this.emit('focus')}
            @blur=${() => this.emit('blur')}
          ></textarea>`;
    return html`<div class="block ${this.container ? '' : 'no-container'}">
      ${renderBlockTitle({ for: id, label: this.label, show: this.showLabel, info: this.info })} ${control}
      ${this.validationError ? html`<div class="validation" role="alert">${this.validationError}</div>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-textbox': GrTextbox;
  }
}
