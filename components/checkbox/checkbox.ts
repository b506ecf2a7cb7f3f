import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderValueError } from '../../src/base/block-title.js';
import { inlineMarkdown } from '../../src/base/inline-markdown.js';
import { describe } from '../common/choices.js';
import '../common/check-styles.js';
import { checkboxStyles } from './checkbox.styles.js';
import { renderValidation } from '../common/validation.js';

/**
 * @summary A single checkbox with its label beside it, for a Gradio `Checkbox` block.
 * @event gr-input - The user ticked or unticked the box.
 * @event gr-change - The value changed through the user.
 * @event gr-select - The user ticked or unticked the box: `{index: 0, value, selected}`.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('checkbox')
export class GrCheckbox extends GradioElement {
  static override css = checkboxStyles;

  /** Whether the box is ticked. */
  @property({ attribute: false }) value: boolean | null = false;
  /** Message from a 6.x validator, shown under the control. */
  @property({ attribute: false }) validationError: string | null = null;
  /** Help text under the box. */
  @property() info: string | null = null;

  #onChange(event: Event): void {
    this.#set((event.target as HTMLInputElement).checked);
  }

  /** As on Gradio's page, Enter toggles the box too. */
  #onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    const box = event.target as HTMLInputElement;
    box.checked = !box.checked;
    this.#set(box.checked);
  }

  #set(checked: boolean): void {
    this.value = checked;
    this.emit('input');
    this.emit('change');
    this.emit('select', { index: 0, value: checked, selected: checked });
  }

  protected override renderContent(): unknown {
    const id = `gr-${this.blockId}-checkbox`;
    const bad = this.value !== null && typeof this.value !== 'boolean';
    const label = this.label ?? 'Checkbox';
    return html`<div class="block ${this.container ? '' : 'no-container'}">
      <label class="checkbox-label ${this.interactive ? '' : 'disabled'}">
        <input
          id=${id}
          class="gr-check"
          type="checkbox"
          .checked=${live(this.value === true)}
          ?disabled=${!this.interactive}
          aria-describedby=${this.info ? `${id}-info` : nothing}
          @change=${this.#onChange}
          @keydown=${this.#onKeyDown}
        />
        <span class="text ${this.showLabel ? '' : 'gr-visually-hidden'}">${label}</span>
      </label>
      ${this.info ? html`<span class="info" id=${`${id}-info`}>${inlineMarkdown(this.info)}</span>` : nothing}
      ${renderValidation(this.validationError)}
      ${bad ? renderValueError(`The app sent ${describe(this.value)}, which is not true or false.`) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-checkbox': GrCheckbox;
  }
}
