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
import { checkboxgroupStyles } from './checkboxgroup.styles.js';
import { renderValidation } from '../common/validation.js';

/**
 * @summary A group of checkboxes, for a Gradio `CheckboxGroup` block.
 * @event gr-input - The user ticked or unticked a choice (or all of them).
 * @event gr-change - The value changed through the user.
 * @event gr-select - The user ticked or unticked one choice: `{index, value, selected}`.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('checkboxgroup')
export class GrCheckboxgroup extends GradioElement {
  static override css = checkboxgroupStyles;

  /** The values of the ticked choices, in the order they were ticked. */
  @property({ attribute: false }) value: ChoiceValue[] | null = [];
  /** `[label, value]` pairs (or plain values from older servers). */
  @property({ attribute: false }) choices: unknown = [];
  /** Help text under the label. */
  @property() info: string | null = null;
  /** Message from a 6.x validator, shown under the control. */
  @property({ attribute: false }) validationError: string | null = null;
  /** A box that ticks or unticks every choice, beside the label. */
  @property({ type: Boolean, attribute: 'show-select-all' }) showSelectAll = false;

  get #selected(): readonly unknown[] {
    return Array.isArray(this.value) ? this.value : [];
  }

  #set(value: ChoiceValue[]): void {
    this.value = value;
    this.emit('input');
    this.emit('change');
  }

  #toggle(choices: readonly Choice[], index: number, checked: boolean): void {
    const choice = choices[index]!;
    const rest = this.#selected.filter((v) => v !== choice[1]) as ChoiceValue[];
    this.#set(checked ? [...rest, choice[1]] : rest);
    this.emit('select', { index, value: choice[1], selected: checked });
  }

  #toggleAll(choices: readonly Choice[]): void {
    const all = choices.every(([, v]) => this.#selected.includes(v));
    this.#set(all ? [] : choices.map(([, v]) => v));
  }

  /** As on Gradio's page, Enter toggles a box too. */
  #onKeyDown(event: KeyboardEvent, choices: readonly Choice[], index: number): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    const box = event.target as HTMLInputElement;
    box.checked = !box.checked;
    this.#toggle(choices, index, box.checked);
  }

  #problem(choices: readonly Choice[]): string | null {
    if (this.value !== null && !Array.isArray(this.value))
      return `The app sent ${describe(this.value)}, which is not a list of choices.`;
    const unknown = this.#selected.filter((v) => indexOfValue(choices, v) < 0);
    if (!unknown.length) return null;
    return `${unknown.map(describe).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not among the choices.`;
  }

  protected override renderContent(): unknown {
    const choices = normalizeChoices(this.choices);
    const id = `gr-${this.blockId}-group`;
    const disabled = !this.interactive;
    const ticked = choices.filter(([, v]) => this.#selected.includes(v)).length;
    const problem = this.#problem(choices);
    const label = this.label ?? 'Checkbox Group';
    const selectAll = this.showSelectAll && this.interactive;
    return html`<div
      class="block ${this.container ? '' : 'no-container'}"
      role="group"
      aria-labelledby=${`${id}-label`}
      aria-describedby=${this.info ? `${id}-info` : nothing}
    >
      <div class="head">
        ${
          selectAll
            ? html`<input
                class="gr-check select-all"
                type="checkbox"
                aria-label="Select all"
                title="Select all"
                .checked=${live(choices.length > 0 && ticked === choices.length)}
                .indeterminate=${ticked > 0 && ticked < choices.length}
                @change=${() => this.#toggleAll(choices)}
              />`
            : nothing
        }
        <div class="label-wrap">
          <span class="label ${this.showLabel ? '' : 'gr-visually-hidden'}" id=${`${id}-label`}
            >${label}</span
          >
          ${this.info ? html`<span class="info" id=${`${id}-info`}>${inlineMarkdown(this.info)}</span>` : nothing}
        </div>
      </div>
      <div class="gr-choices">
        ${choices.map(([text, value], index) => {
          const checked = this.#selected.includes(value);
          return html`<label class="gr-choice ${checked ? 'selected' : ''} ${disabled ? 'disabled' : ''}">
            <input
              class="gr-check"
              type="checkbox"
              .checked=${live(checked)}
              ?disabled=${disabled}
              @change=${(e: Event) => this.#toggle(choices, index, (e.target as HTMLInputElement).checked)}
              @keydown=${(e: KeyboardEvent) => this.#onKeyDown(e, choices, index)}
            />
            <span>${text}</span>
          </label>`;
        })}
      </div>
      ${renderValidation(this.validationError)} ${problem ? renderValueError(problem) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-checkboxgroup': GrCheckboxgroup;
  }
}
