import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { blockInfoId, renderBlockTitle, renderValueError } from '../../src/base/block-title.js';
import { describedBy } from '../common/described-by.js';
import { icons } from '../common/icons.js';
import { describe } from '../common/choices.js';
import { sliderStyles } from './slider.styles.js';
import { renderValidation } from '../common/validation.js';

/** Keys that move a range input; their release ends a keyboard "drag". */
const MOVING_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * @summary A range slider with a number box beside it, for a Gradio `Slider` block.
 * @event gr-input - The user moved the slider or typed a number.
 * @event gr-change - The value changed through the user.
 * @event gr-release - The user let go of the slider (pointer up, or key up after moving it by
 *   keyboard), committed a typed number, or reset it; the payload is the value.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('slider')
export class GrSlider extends GradioElement {
  static override css = sliderStyles;

  /** The value. */
  @property({ attribute: false }) value: number | null = 0;
  @property({ type: Number }) minimum = 0;
  @property({ type: Number }) maximum = 100;
  @property({ type: Number }) step: number | null = 1;
  /** Help text under the label. */
  @property() info: string | null = null;
  /** 6.x built-in buttons: the reset button shows unless the list leaves out "reset". */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;
  /** Message from a 6.x validator, shown under the control. */
  @property({ attribute: false }) validationError: string | null = null;
  /** 5.x switch for the reset button. */
  @property({ attribute: false }) showResetButton: boolean | null = null;

  /** The value the app started with, which reset returns to. */
  #initial: number | null = null;

  get #showReset(): boolean {
    if (this.showResetButton === false) return false;
    return this.buttons === null || this.buttons === undefined || this.buttons.includes('reset');
  }

  get #number(): HTMLInputElement | null {
    return this.querySelector('input[type=number]');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value') && this.#initial === null && finite(this.value)) this.#initial = this.value;
  }

  #set(value: number): void {
    this.value = value;
    this.emit('input');
    this.emit('change');
  }

  #clamp(value: number): number {
    return Math.min(Math.max(value, this.minimum), this.maximum);
  }

  #onRange(event: Event): void {
    this.#set((event.target as HTMLInputElement).valueAsNumber);
  }

  #onRangeKeyUp(event: KeyboardEvent): void {
    if (MOVING_KEYS.has(event.key)) this.emit('release', this.value);
  }

  /** Whether the box holds typing not committed yet (Enter, then leaving it, commit once). */
  #numberEdited = false;

  #onNumberInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.#numberEdited = true;
    if (input.validity.badInput || input.value === '') return;
    // A number outside the range waits for the commit, which brings it within: Gradio rejects it
    // (an error on the page), and its run would hold back the commit's while it is on the way.
    if (input.valueAsNumber !== this.#clamp(input.valueAsNumber)) return;
    this.#set(input.valueAsNumber);
  }

  /** Leaving the box (or Enter) commits it: kept within the range, then released. */
  #commitNumber(): void {
    const input = this.#number;
    if (!input || !this.#numberEdited) return;
    this.#numberEdited = false;
    const typed = input.validity.badInput || input.value === '' ? null : input.valueAsNumber;
    const current = finite(this.value) ? this.value : this.minimum;
    const next = this.#clamp(typed ?? current);
    if (next !== this.value) this.#set(next);
    input.value = String(next);
    this.emit('release', next);
  }

  #onNumberKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.#commitNumber();
  }

  #reset(): void {
    const value = this.#initial ?? this.minimum;
    this.#set(value);
    this.emit('release', value);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The box keeps the user's text ("2.", or empty while retyping) while they are in it.
    const input = this.#number;
    if (!input || !finite(this.value)) return;
    const shown = input.validity.badInput || input.value === '' ? null : input.valueAsNumber;
    if (shown === this.value) return;
    const focused = (this.getRootNode() as Document | ShadowRoot).activeElement === input;
    if (shown === null && focused) return;
    input.value = String(this.value);
  }

  protected override renderContent(): unknown {
    const id = `gr-${this.blockId}-range`;
    const label = this.label ?? 'Slider';
    const ok = finite(this.value);
    const value = ok ? (this.value as number) : this.minimum;
    const span = this.maximum - this.minimum;
    const progress = span > 0 ? Math.min(100, Math.max(0, ((value - this.minimum) / span) * 100)) : 0;
    const disabled = !this.interactive;
    return html`<div class="block ${this.container ? '' : 'no-container'}">
      <div class="head">
        ${renderBlockTitle({ for: id, label, show: this.showLabel, info: this.info })}
        <div class="number-wrap">
          <input
            class="number"
            type="number"
            inputmode="decimal"
            aria-label=${`${label} value`}
            min=${this.minimum}
            max=${this.maximum}
            step=${this.step ?? 'any'}
            ?disabled=${disabled}
            @input=${this.#onNumberInput}
            @change=${this.#commitNumber}
            @keydown=${this.#onNumberKeyDown}
          />
          ${
            this.#showReset
              ? html`<button
                  type="button"
                  class="reset"
                  aria-label="Reset to default value"
                  title="Reset to default value"
                  ?disabled=${disabled}
                  @click=${this.#reset}
                >
                  ${icons.reset}
                </button>`
              : nothing
          }
        </div>
      </div>
      <div class="track">
        <span class="bound" aria-hidden="true">${this.minimum}</span>
        <input
          id=${id}
          class="range"
          type="range"
          min=${this.minimum}
          max=${this.maximum}
          step=${this.step ?? 'any'}
          .value=${live(String(value))}
          style=${`--range-progress: ${progress}%`}
          aria-describedby=${describedBy(this.info && blockInfoId(id))}
          ?disabled=${disabled}
          @input=${this.#onRange}
          @pointerup=${() => this.emit('release', this.value)}
          @keyup=${this.#onRangeKeyUp}
        />
        <span class="bound" aria-hidden="true">${this.maximum}</span>
      </div>
      ${renderValidation(this.validationError)}
      ${ok ? nothing : renderValueError(`The app sent ${describe(this.value)}, which is not a number.`)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-slider': GrSlider;
  }
}
