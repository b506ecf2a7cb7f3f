import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderValueError } from '../../src/base/block-title.js';
import { inlineMarkdown } from '../../src/base/inline-markdown.js';
import {
  describe,
  indexOfValue,
  normalizeChoices,
  type Choice,
  type ChoiceValue,
} from '../common/choices.js';
import '../common/check-styles.js';
import { radioStyles } from './radio.styles.js';
import { renderValidation } from '../common/validation.js';

let groups = 0;

/**
 * @summary A group of radio buttons, for a Gradio `Radio` block. Arrow keys move the choice, as in
 *   any radio group.
 * @event gr-input - The user picked a choice.
 * @event gr-change - The value changed through the user.
 * @event gr-select - The user picked a choice: `{index, value, selected: true}`.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('radio')
export class GrRadio extends GradioElement {
  static override css = radioStyles;

  /** The picked choice's value, or null. */
  @property({ attribute: false }) value: ChoiceValue | null = null;
  /** `[label, value]` pairs (or plain values from older servers). */
  @property({ attribute: false }) choices: unknown = [];
  /** Help text under the label. */
  @property() info: string | null = null;
  /** Message from a 6.x validator, shown under the control. */
  @property({ attribute: false }) validationError: string | null = null;
  /** Right-to-left layout. */
  @property({ type: Boolean }) rtl = false;

  /** The radios' shared name: one group per block, even with several apps on a page. */
  readonly #name = `gr-radio-${++groups}`;

  #pick(choices: readonly Choice[], index: number): void {
    const value = choices[index]![1];
    this.value = value;
    this.emit('input');
    this.emit('change');
    this.emit('select', { index, value, selected: true });
  }

  protected override renderContent(): unknown {
    const choices = normalizeChoices(this.choices);
    const id = `${this.#name}-${this.blockId}`;
    const picked = indexOfValue(choices, this.value);
    const disabled = !this.interactive;
    const unknown = this.value !== null && this.value !== undefined && picked < 0;
    return html`<div
      class="block ${this.container ? '' : 'no-container'}"
      role="radiogroup"
      dir=${this.rtl ? 'rtl' : nothing}
      aria-labelledby=${`${id}-label`}
      aria-describedby=${this.info ? `${id}-info` : nothing}
    >
      <div class="label-wrap">
        <span class="label ${this.showLabel ? '' : 'gr-visually-hidden'}" id=${`${id}-label`}
          >${this.label ?? 'Radio'}</span
        >
        ${this.info ? html`<span class="info" id=${`${id}-info`}>${inlineMarkdown(this.info)}</span>` : nothing}
      </div>
      <div class="gr-choices">
        ${choices.map(
          ([text], index) =>
            html`<label class="gr-choice ${index === picked ? 'selected' : ''} ${disabled ? 'disabled' : ''}">
              <input
                class="gr-check"
                type="radio"
                name=${this.#name}
                .checked=${live(index === picked)}
                ?disabled=${disabled}
                @change=${() => this.#pick(choices, index)}
              />
              <span>${text}</span>
            </label>`,
        )}
      </div>
      ${renderValidation(this.validationError)}
      ${unknown ? renderValueError(`${describe(this.value)} is not among the choices.`) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-radio': GrRadio;
  }
}
