import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { blockInfoId, renderBlockTitle, renderValueError } from '../../src/base/block-title.js';
import { describedBy } from '../common/described-by.js';
import { describe } from '../common/choices.js';
import { numberStyles } from './number.styles.js';

/** A number the block can show: a finite number, or a string that reads as one. */
function asNumber(value: unknown): number | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

/**
 * @summary A number input for a Gradio `Number` block.
 * @event gr-input - The user edited the number.
 * @event gr-change - The number changed through the user.
 * @event gr-submit - The user pressed Enter.
 * @event gr-focus - The box gained focus.
 * @event gr-blur - The box lost focus.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('number')
export class GrNumber extends GradioElement {
  static override css = numberStyles;

  /**
   * The number, or null when empty. A config without a value shows 0 and sends 0, as Gradio's
   * own page does.
   */
  @property({ attribute: false }) value: number | null = 0;
  /** Smallest allowed value (the server rejects less). */
  @property({ type: Number }) minimum: number | null = null;
  /** Largest allowed value (the server rejects more). */
  @property({ type: Number }) maximum: number | null = null;
  /** Step of the arrow keys and spinner. */
  @property({ type: Number }) step: number | null = 1;
  /** Hint shown while empty. */
  @property() placeholder: string | null = null;
  /** Help text under the label. */
  @property() info: string | null = null;
  /** Message from a 6.x validator, shown under the box. */
  @property({ attribute: false }) validationError: string | null = null;

  /** What the box says about the text being typed (not a number, out of range). */
  @state() private inputProblem: string | null = null;

  get #input(): HTMLInputElement | null {
    return this.querySelector('input');
  }

  #rangeProblem(value: number | null): string | null {
    if (value === null) return null;
    if (this.minimum !== null && value < this.minimum) return `The value must be at least ${this.minimum}.`;
    if (this.maximum !== null && value > this.maximum) return `The value must be at most ${this.maximum}.`;
    return null;
  }

  #onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    // As Gradio: text that is not a number (yet) sends null; the box says why.
    const bad = input.validity.badInput;
    const value = bad || input.value === '' ? null : input.valueAsNumber;
    this.inputProblem = bad ? 'Enter a number.' : this.#rangeProblem(value);
    this.value = value;
    this.emit('input');
    this.emit('change');
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.emit('submit');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A value from the app replaces whatever the user was told about their own text.
    if (changed.has('value') && !this.#ownEdit()) this.inputProblem = null;
  }

  /** Whether the current value is the one the box already shows (the user's own edit). */
  #ownEdit(): boolean {
    const input = this.#input;
    if (!input) return false;
    const shown = input.validity.badInput || input.value === '' ? null : input.valueAsNumber;
    return shown === asNumber(this.value);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The box keeps the user's text ("1.", "-", "1e") while it means the same number.
    const input = this.#input;
    if (!input) return;
    const value = asNumber(this.value);
    if (value === undefined) {
      input.value = '';
      return;
    }
    if (!this.#ownEdit()) input.value = value === null ? '' : String(value);
  }

  protected override renderContent(): unknown {
    const id = `gr-${this.blockId}-input`;
    const value = asNumber(this.value);
    const message = this.validationError ?? this.inputProblem;
    const outOfRange = this.inputProblem !== null || this.validationError !== null;
    return html`<div class="block ${this.container ? '' : 'no-container'}">
      ${renderBlockTitle({ for: id, label: this.label ?? 'Number', show: this.showLabel, info: this.info })}
      <input
        id=${id}
        class="input ${outOfRange ? 'invalid' : ''}"
        type="number"
        inputmode="decimal"
        min=${this.minimum ?? nothing}
        max=${this.maximum ?? nothing}
        step=${this.step ?? 'any'}
        placeholder=${this.placeholder ?? ''}
        ?disabled=${!this.interactive}
        aria-invalid=${outOfRange ? 'true' : 'false'}
        aria-describedby=${describedBy(this.info && blockInfoId(id), message && `${id}-message`)}
        @input=${this.#onInput}
        @keydown=${this.#onKeyDown}
        @focus=${() => this.emit('focus')}
        @blur=${() => this.emit('blur')}
      />
      ${message ? html`<div class="validation" id=${`${id}-message`} role="alert">${message}</div>` : nothing}
      ${
        value === undefined
          ? renderValueError(`The app sent ${describe(this.value)}, which is not a number.`)
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-number': GrNumber;
  }
}
