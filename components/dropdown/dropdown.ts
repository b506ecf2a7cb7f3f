import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { blockInfoId, renderBlockTitle, renderValueError } from '../../src/base/block-title.js';
import { describedBy } from '../common/described-by.js';
import { icons } from '../common/icons.js';
import {
  describe,
  indexOfValue,
  normalizeChoices,
  type Choice,
  type ChoiceValue,
} from '../common/choices.js';
import { placeListbox, scrollOptionIntoView } from './internal/place-listbox.js';
import { dropdownStyles } from './dropdown.styles.js';
import { renderValidation } from '../common/validation.js';

type Value = ChoiceValue | ChoiceValue[] | null;

/** A selected entry of a multiselect: a choice's index, or a custom value the user typed. */
type Token = { readonly index: number; readonly value: ChoiceValue; readonly text: string };

let lists = 0;

/**
 * @summary A WAI-ARIA combobox with a listbox of choices, for a Gradio `Dropdown` block: single or
 *   multiple selection (tokens), filtering by typing, custom values, keyboard throughout.
 * @event gr-input - The user picked, removed or typed a value.
 * @event gr-change - The value changed through the user.
 * @event gr-select - The user picked (or removed) a choice: `{index, value, selected}`.
 * @event gr-focus - The box gained focus.
 * @event gr-blur - The box lost focus.
 * @event gr-key_up - A key went up in the box: `{key, input_value}`.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('dropdown')
export class GrDropdown extends GradioElement {
  static override css = dropdownStyles;

  /** The picked value (a list when `multiselect`), or null. */
  @property({ attribute: false }) value: Value = null;
  /** `[label, value]` pairs (or plain values from older servers). */
  @property({ attribute: false }) choices: unknown = [];
  /** Several values, shown as tokens. */
  @property({ type: Boolean }) multiselect = false;
  /** The most values a multiselect takes. */
  @property({ type: Number, attribute: 'max-choices' }) maxChoices: number | null = null;
  /** Typed text that is no choice is kept as the value. */
  @property({ type: Boolean, attribute: 'allow-custom-value' }) allowCustomValue = false;
  /** Typing filters the choices; off makes a pick-only list. */
  @property({ type: Boolean }) filterable = true;
  /** Choices rendered at first; more come as the list scrolls (null: all). */
  @property({ type: Number, attribute: 'num-choices-shown' }) numChoicesShown: number | null = 100;
  /** Message from a 6.x validator, shown under the control. */
  @property({ attribute: false }) validationError: string | null = null;
  /** Help text under the label. */
  @property() info: string | null = null;

  @state() private listOpen = false;
  /** The text the user is typing, or null while the box shows the value. */
  @state() private typedText: string | null = null;
  /** The highlighted option (an index into the choices), or null. */
  @state() private activeIndex: number | null = null;
  /** How many of the matching options are rendered (grows as the list scrolls). */
  @state() private renderedCount = 0;

  readonly #listId = `gr-dropdown-list-${++lists}`;
  #typeahead = '';
  #typeaheadTimer: ReturnType<typeof setTimeout> | undefined;
  #choices: Choice[] = [];

  get #input(): HTMLInputElement | null {
    return this.querySelector('input.combobox');
  }

  get #list(): HTMLElement | null {
    return this.querySelector('.options');
  }

  // ---- the value, as data ----

  get #values(): readonly unknown[] {
    if (Array.isArray(this.value)) return this.value;
    return this.value === null || this.value === undefined ? [] : [this.value];
  }

  /** Selected entries of a multiselect, in value order: known choices and allowed custom values. */
  #tokens(): Token[] {
    const tokens: Token[] = [];
    for (const value of this.#values) {
      const index = indexOfValue(this.#choices, value);
      if (index >= 0) tokens.push({ index, value: value as ChoiceValue, text: this.#choices[index]![0] });
      else if (this.allowCustomValue && (typeof value === 'string' || typeof value === 'number'))
        tokens.push({ index: -1, value, text: String(value) });
    }
    return tokens;
  }

  /** The text the closed box shows for a single value. */
  #valueText(): string {
    if (this.multiselect) return '';
    const value = this.#values[0];
    if (value === undefined) return '';
    const index = indexOfValue(this.#choices, value);
    if (index >= 0) return this.#choices[index]![0];
    return this.allowCustomValue ? String(value) : '';
  }

  #selectedIndices(): Set<number> {
    return new Set(this.#values.map((v) => indexOfValue(this.#choices, v)).filter((i) => i >= 0));
  }

  /** Indices of the choices matching the typed text (all of them while nothing is typed). */
  #filtered(): number[] {
    const all = this.#choices.map((_, i) => i);
    if (this.typedText === null || this.typedText === '' || !this.filterable) return all;
    const needle = this.typedText.toLowerCase();
    return all.filter((i) => this.#choices[i]![0].toLowerCase().includes(needle));
  }

  #atMax(): boolean {
    return this.multiselect && this.maxChoices !== null && this.#values.length >= this.maxChoices;
  }

  #problem(): string | null {
    if (this.multiselect && this.value !== null && !Array.isArray(this.value))
      return `The app sent ${describe(this.value)}, which is not a list of choices.`;
    if (this.allowCustomValue) return null;
    const unknown = this.#values.filter((v) => indexOfValue(this.#choices, v) < 0);
    if (!unknown.length) return null;
    return `${unknown.map(describe).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not among the choices.`;
  }

  // ---- user actions ----

  #commit(value: Value): void {
    const changed = JSON.stringify(value) !== JSON.stringify(this.value ?? null);
    this.value = value;
    this.emit('input');
    if (changed) this.emit('change');
  }

  #pick(index: number): void {
    const [, value] = this.#choices[index]!;
    if (!this.multiselect) {
      this.typedText = null;
      this.listOpen = false;
      this.activeIndex = null;
      this.#commit(value);
      this.emit('select', { index, value, selected: true });
      return;
    }
    const selected = this.#values.some((v) => v === value);
    if (!selected && this.#atMax()) return;
    this.typedText = null;
    this.#commit(
      selected
        ? (this.#values.filter((v) => v !== value) as ChoiceValue[])
        : [...(this.#values as ChoiceValue[]), value],
    );
    this.emit('select', { index, value, selected: !selected });
  }

  /** Typed text that matches no label becomes the value, where custom values are allowed. */
  #commitTyped(): boolean {
    const text = this.typedText;
    if (text === null) return false;
    const index = this.#choices.findIndex(([label]) => label === text);
    if (index >= 0) {
      if (!this.multiselect || !this.#values.includes(this.#choices[index]![1])) this.#pick(index);
      this.typedText = null;
      return true;
    }
    if (!this.allowCustomValue) return false;
    if (!this.multiselect) {
      this.typedText = null;
      this.#commit(text);
      return true;
    }
    if (text === '' || this.#atMax()) return false;
    this.typedText = null;
    if (!this.#values.includes(text)) {
      this.#commit([...(this.#values as ChoiceValue[]), text]);
      this.emit('select', { index: -1, value: text, selected: true });
    }
    return true;
  }

  #remove(token: Token): void {
    this.#commit(this.#values.filter((v) => v !== token.value) as ChoiceValue[]);
    this.emit('select', { index: token.index, value: token.value, selected: false });
  }

  #clear(): void {
    this.typedText = null;
    this.#commit([]);
  }

  #openList(active: number | null = this.#firstActive()): void {
    if (!this.interactive) return;
    this.listOpen = true;
    this.activeIndex = active;
  }

  #firstActive(): number | null {
    const filtered = this.#filtered();
    if (!this.multiselect) {
      const selected = indexOfValue(this.#choices, this.#values[0]);
      if (selected >= 0 && filtered.includes(selected)) return selected;
    }
    return this.typedText ? (filtered[0] ?? null) : null;
  }

  #move(step: 1 | -1 | 'first' | 'last'): void {
    const filtered = this.#filtered();
    if (!filtered.length) return;
    let position: number;
    if (step === 'first') position = 0;
    else if (step === 'last') position = filtered.length - 1;
    else {
      const at = this.activeIndex === null ? -1 : filtered.indexOf(this.activeIndex);
      position =
        at < 0 ? (step === 1 ? 0 : filtered.length - 1) : (at + step + filtered.length) % filtered.length;
    }
    this.activeIndex = filtered[position]!;
    if (position >= this.renderedCount) this.renderedCount = position + 1;
  }

  #onFocus(): void {
    this.emit('focus');
    this.#openList();
  }

  #onBlur(): void {
    if (this.allowCustomValue && this.typedText !== null) this.#commitTyped();
    this.typedText = null;
    this.listOpen = false;
    this.activeIndex = null;
    this.emit('blur');
  }

  #onInput(event: Event): void {
    this.typedText = (event.target as HTMLInputElement).value;
    const filtered = this.#filtered();
    this.listOpen = true;
    this.activeIndex = this.allowCustomValue && !this.multiselect ? null : (filtered[0] ?? null);
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (!this.listOpen) this.#openList(this.#firstActive());
        if (event.altKey) return;
        if (!this.listOpen) return;
        if (this.activeIndex === null || !this.#filtered().includes(this.activeIndex))
          this.#move(event.key === 'ArrowDown' ? 'first' : 'last');
        else this.#move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Home':
      case 'End':
        if (!this.listOpen) return;
        event.preventDefault();
        this.#move(event.key === 'Home' ? 'first' : 'last');
        return;
      case 'Enter':
        if (this.listOpen && this.activeIndex !== null) {
          event.preventDefault();
          this.#pick(this.activeIndex);
          if (!this.multiselect) this.#input?.select();
        } else if (this.typedText !== null) {
          event.preventDefault();
          if (this.#commitTyped() && !this.multiselect) this.listOpen = false;
        }
        return;
      case 'Escape':
        if (this.listOpen) {
          event.preventDefault();
          this.listOpen = false;
          this.activeIndex = null;
          if (!this.multiselect) this.typedText = null;
        } else if (this.typedText !== null) {
          event.preventDefault();
          this.typedText = null;
        }
        return;
      case 'Backspace':
        if (this.multiselect && (this.typedText ?? '') === '') {
          const tokens = this.#tokens();
          const last = tokens.at(-1);
          if (last) {
            event.preventDefault();
            this.#remove(last);
          }
        }
        return;
      default:
        if (!this.filterable && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey)
          this.#typeAhead(event.key);
    }
  }

  /** A pick-only list jumps to the next choice starting with the letters typed. */
  #typeAhead(key: string): void {
    clearTimeout(this.#typeaheadTimer);
    this.#typeahead += key.toLowerCase();
    this.#typeaheadTimer = setTimeout(() => (this.#typeahead = ''), 600);
    const start = this.activeIndex === null ? 0 : this.activeIndex + (this.#typeahead.length === 1 ? 1 : 0);
    const n = this.#choices.length;
    for (let k = 0; k < n; k++) {
      const i = (start + k) % n;
      if (this.#choices[i]![0].toLowerCase().startsWith(this.#typeahead)) {
        if (!this.listOpen) this.#openList(i);
        this.activeIndex = i;
        if (i >= this.renderedCount) this.renderedCount = i + 1;
        return;
      }
    }
  }

  #onKeyUp(event: KeyboardEvent): void {
    this.emit('key_up', { key: event.key, input_value: (event.target as HTMLInputElement).value });
  }

  /** A press on the box (not on a token's button) focuses the input, or opens or closes the list. */
  #onBoxPointerDown(event: PointerEvent): void {
    const input = this.#input;
    if (!this.interactive || event.button !== 0 || !input) return;
    if ((event.target as Element).closest('button')) return;
    const focused = (this.getRootNode() as Document | ShadowRoot).activeElement === input;
    if (event.target !== input) event.preventDefault();
    if (!focused) {
      input.focus(); // opens the list
    } else if (!this.listOpen) {
      this.#openList();
    } else if (event.target !== input) {
      this.listOpen = false;
    }
  }

  #onListScroll(event: Event): void {
    const list = event.currentTarget as HTMLElement;
    if (list.scrollTop + list.clientHeight >= list.scrollHeight - 40)
      this.renderedCount += this.numChoicesShown ?? 0;
  }

  // ---- rendering ----

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#choices = normalizeChoices(this.choices);
    const own = changed as Map<PropertyKey, unknown>;
    if (own.has('listOpen') || own.has('typedText') || own.has('choices')) {
      const page = this.numChoicesShown ?? Infinity;
      this.renderedCount = Math.max(
        Math.min(page, this.#choices.length),
        this.activeIndex === null ? 0 : this.activeIndex + 1,
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const list = this.#list;
    const anchor = this.querySelector<HTMLElement>('.wrap');
    if (!list || !anchor) return;
    const show = this.listOpen && this.interactive && list.childElementCount > 0;
    if (show) {
      if (!list.matches(':popover-open')) list.showPopover();
      placeListbox(list, anchor);
      this.#follow(true);
      const active =
        this.activeIndex === null
          ? null
          : list.querySelector<HTMLElement>(`#${this.#listId}-${this.activeIndex}`);
      if (active) scrollOptionIntoView(list, active);
    } else {
      if (list.matches(':popover-open')) list.hidePopover();
      this.#follow(false);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#follow(false);
    clearTimeout(this.#typeaheadTimer);
  }

  #following = false;
  #followed: Node | null = null;
  readonly #reposition = (): void => {
    const list = this.#list;
    const anchor = this.querySelector<HTMLElement>('.wrap');
    if (list && anchor && this.listOpen) placeListbox(list, anchor);
  };

  /** While open, the list follows its box through scrolling and resizing. */
  #follow(on: boolean): void {
    if (on === this.#following) return;
    this.#following = on;
    const capture = { capture: true, passive: true };
    // Scrolling inside the app's root (a scrolling column) does not reach window: listen there too.
    if (on) this.#followed = this.getRootNode();
    const root = this.#followed;
    for (const target of root && root !== document ? [window, root] : [window]) {
      if (on) target.addEventListener('scroll', this.#reposition, capture);
      else target.removeEventListener('scroll', this.#reposition, capture);
    }
    if (on) window.addEventListener('resize', this.#reposition);
    else window.removeEventListener('resize', this.#reposition);
  }

  protected override renderContent(): unknown {
    const id = `${this.#listId}-input`;
    const label = this.label ?? (this.multiselect ? 'Multiselect' : 'Dropdown');
    const disabled = !this.interactive;
    const tokens = this.multiselect ? this.#tokens() : [];
    const filtered = this.#filtered();
    const selected = this.#selectedIndices();
    const atMax = this.#atMax();
    const problem = this.#problem();
    const text = this.typedText ?? this.#valueText();
    const activeId =
      this.listOpen && this.activeIndex !== null && filtered.includes(this.activeIndex)
        ? `${this.#listId}-${this.activeIndex}`
        : null;
    return html`<div class="block ${this.container ? '' : 'no-container'}">
      ${renderBlockTitle({ for: id, label, show: this.showLabel, info: this.info })}
      <div
        class="wrap ${disabled ? 'disabled' : ''} ${this.listOpen ? 'open' : ''}"
        @pointerdown=${this.#onBoxPointerDown}
      >
        ${tokens.map(
          (token) =>
            html`<span class="token"
              ><span class="token-text">${token.text}</span>${
                disabled
                  ? nothing
                  : html`<button
                      type="button"
                      class="token-remove"
                      aria-label=${`Remove ${token.text}`}
                      title=${`Remove ${token.text}`}
                      @pointerdown=${(e: Event) => e.preventDefault()}
                      @click=${() => this.#remove(token)}
                    >
                      ${icons.close}
                    </button>`
              }</span
            >`,
        )}
        <input
          id=${id}
          class="combobox"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-controls=${this.#listId}
          aria-expanded=${this.listOpen && filtered.length > 0 ? 'true' : 'false'}
          aria-autocomplete=${this.filterable ? 'list' : 'none'}
          aria-activedescendant=${activeId ?? nothing}
          aria-describedby=${describedBy(this.info && blockInfoId(id), problem && `${id}-problem`)}
          .value=${live(text)}
          ?readonly=${!this.filterable}
          ?disabled=${disabled}
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
          @keyup=${this.#onKeyUp}
          @focus=${this.#onFocus}
          @blur=${this.#onBlur}
        />
        ${
          !disabled && this.multiselect && tokens.length > 0
            ? html`<button
                type="button"
                class="clear"
                aria-label="Clear"
                title="Clear"
                @pointerdown=${(e: Event) => e.preventDefault()}
                @click=${this.#clear}
              >
                ${icons.close}
              </button>`
            : nothing
        }
        ${disabled ? nothing : html`<span class="arrow" aria-hidden="true">${icons.chevronDown}</span>`}
      </div>
      <ul
        class="options"
        id=${this.#listId}
        role="listbox"
        popover="manual"
        aria-label=${label}
        aria-multiselectable=${this.multiselect ? 'true' : nothing}
        @pointerdown=${(e: Event) => e.preventDefault()}
        @scroll=${this.#onListScroll}
      >
        ${
          this.listOpen
            ? filtered.slice(0, Math.max(this.renderedCount, 0)).map((index) => {
                const isSelected = selected.has(index);
                const unavailable = atMax && !isSelected;
                return html`<li
                  class="option ${index === this.activeIndex ? 'active' : ''} ${isSelected ? 'selected' : ''}"
                  id=${`${this.#listId}-${index}`}
                  role="option"
                  aria-selected=${isSelected ? 'true' : 'false'}
                  aria-disabled=${unavailable ? 'true' : nothing}
                  @click=${() => this.#pick(index)}
                >
                  <span class="check" aria-hidden="true">${isSelected ? icons.check : nothing}</span>${
                    this.#choices[index]![0]
                  }
                </li>`;
              })
            : nothing
        }
      </ul>
      ${renderValidation(this.validationError)}
      ${problem ? html`<div id=${`${id}-problem`}>${renderValueError(problem)}</div>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-dropdown': GrDropdown;
  }
}
