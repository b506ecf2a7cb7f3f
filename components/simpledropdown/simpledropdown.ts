import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { blockInfoId, renderBlockTitle, renderValueError } from '../../src/base/block-title.js';
import { describedBy } from '../common/described-by.js';
import { describe, indexOfValue, normalizeChoices, type ChoiceValue } from '../common/choices.js';
import { simpledropdownStyles } from './simpledropdown.styles.js';
import { renderValidation } from '../common/validation.js';

/**
 * @summary The browser's own select, for Gradio's minimal `SimpleDropdown` block.
 * @event gr-input - The user picked a choice.
 * @event gr-change - The value changed through the user.
 * @event gr-select - The user picked a choice: `{index, value, selected: true}`.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('simpledropdown')
export class GrSimpledropdown extends GradioElement {
  static override css = simpledropdownStyles;

  /** The picked choice's value, or null. */
  @property({ attribute: false }) value: ChoiceValue | null = null;
  /** `[label, value]` pairs (or plain values). */
  @property({ attribute: false }) choices: unknown = [];
  /** Message from a 6.x validator, shown under the control. */
  @property({ attribute: false }) validationError: string | null = null;
  /** Help text under the label. */
  @property() info: string | null = null;

  #onChange(event: Event): void {
    const choices = normalizeChoices(this.choices);
    const index = (event.target as HTMLSelectElement).selectedIndex - 1;
    const choice = choices[index];
    if (!choice) return;
    this.value = choice[1];
    this.emit('input');
    this.emit('change');
    this.emit('select', { index, value: choice[1], selected: true });
  }

  protected override renderContent(): unknown {
    const choices = normalizeChoices(this.choices);
    const id = `gr-${this.blockId}-select`;
    const picked = indexOfValue(choices, this.value);
    const unknown = this.value !== null && this.value !== undefined && this.value !== '' && picked < 0;
    return html`<div class="block ${this.container ? '' : 'no-container'}">
      ${renderBlockTitle({ for: id, label: this.label, show: this.showLabel, info: this.info })}
      <select
        id=${id}
        aria-describedby=${describedBy(this.info && blockInfoId(id))}
        class="input"
        ?disabled=${!this.interactive}
        @change=${this.#onChange}
      >
        <option value="" hidden ?selected=${picked < 0}></option>
        ${choices.map(([text], index) => html`<option ?selected=${index === picked}>${text}</option>`)}
      </select>
      ${renderValidation(this.validationError)}
      ${unknown ? renderValueError(`${describe(this.value)} is not among the choices.`) : nothing}
    </div>`;
  }

  protected override updated(): void {
    // The select shows the value, even after the user picked something the app then replaced.
    const select = this.querySelector('select');
    const picked = indexOfValue(normalizeChoices(this.choices), this.value);
    if (select && select.selectedIndex !== picked + 1) select.selectedIndex = picked + 1;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-simpledropdown': GrSimpledropdown;
  }
}
