import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { blockInfoId, renderBlockTitle, renderValueError } from '../../src/base/block-title.js';
import { describedBy } from '../common/described-by.js';
import { describe } from '../common/choices.js';
import { toHex } from './internal/to-hex.js';
import { colorpickerStyles } from './colorpicker.styles.js';

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** "#ABC", "abc", "#aabbcc" -> "#aabbcc"; null for anything else. */
function typedHex(text: string): string | null {
  const match = HEX.exec(text.trim());
  if (!match) return null;
  const digits = match[1]!.toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`;
}

/**
 * @summary A colour swatch (the browser's colour picker) and a hex field, for a Gradio
 *   `ColorPicker` block.
 * @event gr-input - The user picked or typed a colour.
 * @event gr-change - The colour changed through the user.
 * @event gr-release - The user closed the picker on a colour; the payload is the colour.
 * @event gr-submit - The user pressed Enter in the hex field.
 * @event gr-focus - Focus entered the block.
 * @event gr-blur - Focus left the block.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('colorpicker')
export class GrColorpicker extends GradioElement {
  static override css = colorpickerStyles;

  /** The colour as `#rrggbb`. */
  @property({ attribute: false }) value: string | null = '#000000';
  /** Help text under the label. */
  @property() info: string | null = null;
  /** Message from a 6.x validator, shown under the field. */
  @property({ attribute: false }) validationError: string | null = null;

  /** What the user is typing in the hex field, or null while it shows the value. */
  @state() private typedText: string | null = null;
  @state() private inputProblem: string | null = null;

  #set(hex: string): void {
    const changed = hex !== this.value;
    this.value = hex;
    this.emit('input');
    if (changed) this.emit('change');
  }

  #onSwatchInput(event: Event): void {
    this.typedText = null;
    this.inputProblem = null;
    this.#set((event.target as HTMLInputElement).value);
  }

  #onSwatchChange(event: Event): void {
    this.emit('release', (event.target as HTMLInputElement).value);
  }

  #onTextInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.typedText = text;
    const hex = typedHex(text);
    if (hex) {
      this.inputProblem = null;
      this.#set(hex);
    }
  }

  /** Leaving the field (or Enter) checks it: a colour is kept, anything else is pointed out. */
  #checkText(): boolean {
    if (this.typedText === null) return true;
    if (typedHex(this.typedText)) {
      this.typedText = null;
      return true;
    }
    this.inputProblem = 'Enter a colour as #rrggbb (or #rgb).';
    return false;
  }

  #onTextKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    if (this.#checkText()) this.emit('submit');
  }

  #onFocusIn(event: FocusEvent): void {
    if (!this.contains(event.relatedTarget as Node | null)) this.emit('focus');
  }

  #onFocusOut(event: FocusEvent): void {
    if (!this.contains(event.relatedTarget as Node | null)) this.emit('blur');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A colour from the app replaces the text being typed, and what was said about it.
    if (changed.has('value') && this.typedText !== null && typedHex(this.typedText) !== this.value) {
      this.typedText = null;
      this.inputProblem = null;
    }
  }

  protected override renderContent(): unknown {
    const id = `gr-${this.blockId}-color`;
    const label = this.label ?? 'Color Picker';
    const hex = typeof this.value === 'string' ? toHex(this.value) : null;
    const bad = this.value !== null && hex === null;
    const disabled = !this.interactive;
    const message = this.inputProblem ?? this.validationError;
    return html`<div class="block ${this.container ? '' : 'no-container'}">
      ${renderBlockTitle({ for: id, label, show: this.showLabel, info: this.info })}
      <div class="picker" @focusin=${this.#onFocusIn} @focusout=${this.#onFocusOut}>
        <input
          id=${id}
          class="swatch"
          type="color"
          .value=${live(hex ?? '#000000')}
          ?disabled=${disabled}
          @input=${this.#onSwatchInput}
          @change=${this.#onSwatchChange}
        />
        <input
          class="input hex ${message ? 'invalid' : ''}"
          type="text"
          spellcheck="false"
          autocomplete="off"
          maxlength="7"
          aria-label=${`${label}, hex value`}
          aria-invalid=${message ? 'true' : 'false'}
          aria-describedby=${describedBy(this.info && blockInfoId(id), message && `${id}-message`)}
          .value=${live(this.typedText ?? (typeof this.value === 'string' ? this.value : ''))}
          ?disabled=${disabled}
          @input=${this.#onTextInput}
          @keydown=${this.#onTextKeyDown}
          @blur=${this.#checkText}
        />
      </div>
      ${message ? html`<div class="validation" id=${`${id}-message`} role="alert">${message}</div>` : nothing}
      ${bad ? renderValueError(`The app sent ${describe(this.value)}, which is not a colour.`) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-colorpicker': GrColorpicker;
  }
}
