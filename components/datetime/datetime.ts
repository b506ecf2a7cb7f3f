import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { blockInfoId, renderBlockTitle, renderValueError } from '../../src/base/block-title.js';
import { describedBy } from '../common/described-by.js';
import { icons } from '../common/icons.js';
import { describe } from '../common/choices.js';
import { formatDate, fromNativeValue, normalizeDateText, toNativeValue } from './internal/date-text.js';
import { datetimeStyles } from './datetime.styles.js';

/**
 * @summary A date (and time) field with the browser's calendar, for a Gradio `DateTime` block.
 *   The value is the text the server parses (`YYYY-MM-DD[ HH:MM:SS]`, or `now - 1d`); `type`
 *   (string, datetime, timestamp) is the server's conversion of it.
 * @event gr-change - The user committed a new date (Enter, leaving the field, or the calendar).
 * @event gr-submit - The user pressed Enter on a valid date.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('datetime')
export class GrDatetime extends GradioElement {
  static override css = datetimeStyles;

  /** The date text; a number from an app is read as a Unix timestamp in seconds. */
  @property({ attribute: false }) value: string | number | null = '';
  /** Date and time, or the date alone. */
  @property({ type: Boolean, attribute: 'include-time' }) includeTime = true;
  /** The server's time zone for the typed time (shown beside the field). */
  @property() timezone: string | null = null;
  /** Help text under the label. */
  @property() info: string | null = null;
  /** Message from a 6.x validator, shown under the field. */
  @property({ attribute: false }) validationError: string | null = null;

  @state() private typedText: string | null = null;
  @state() private inputProblem: string | null = null;

  get #native(): HTMLInputElement | null {
    return this.querySelector('input.native');
  }

  /** The value as text, or undefined when the app sent something that is no date. */
  #valueText(): string | undefined {
    if (this.value === null || this.value === undefined) return '';
    if (typeof this.value === 'number') {
      if (!Number.isFinite(this.value)) return undefined;
      return formatDate(new Date(this.value * 1000), this.includeTime);
    }
    if (typeof this.value !== 'string') return undefined;
    return this.value;
  }

  #format(): string {
    return this.includeTime ? 'YYYY-MM-DD HH:MM:SS' : 'YYYY-MM-DD';
  }

  /** Commits the typed text; false (and a message) when it is no date. */
  #commitTyped(): boolean {
    if (this.typedText === null) return true;
    const normal = normalizeDateText(this.typedText, this.includeTime);
    if (normal === null) {
      this.inputProblem = `Enter a date as ${this.#format()}, or "now - 1d" (d, h, m, s).`;
      return false;
    }
    this.typedText = null;
    this.inputProblem = null;
    this.#set(normal);
    return true;
  }

  #set(text: string): void {
    if (text === this.#valueText()) return;
    this.value = text;
    this.emit('change');
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    if (this.#commitTyped()) this.emit('submit');
  }

  #openCalendar(): void {
    const native = this.#native;
    if (!native) return;
    native.value = toNativeValue(this.typedText ?? this.#valueText() ?? '', this.includeTime);
    try {
      native.showPicker();
    } catch {
      // No picker here (an old browser): the field still takes typing.
      native.focus();
    }
  }

  #onNative(event: Event): void {
    const text = fromNativeValue((event.target as HTMLInputElement).value, this.includeTime);
    if (text === null) return;
    this.typedText = null;
    this.inputProblem = null;
    this.#set(text);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value') && this.typedText !== null && this.typedText !== this.value) {
      this.typedText = null;
      this.inputProblem = null;
    }
  }

  protected override renderContent(): unknown {
    const id = `gr-${this.blockId}-datetime`;
    const text = this.#valueText();
    const disabled = !this.interactive;
    const message = this.inputProblem ?? this.validationError;
    return html`<div class="block ${this.container ? '' : 'no-container'}">
      ${renderBlockTitle({ for: id, label: this.label ?? 'Date', show: this.showLabel, info: this.info })}
      <div class="timebox">
        <input
          id=${id}
          class="input time ${message ? 'invalid' : ''}"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          spellcheck="false"
          placeholder=${this.#format()}
          aria-invalid=${message ? 'true' : 'false'}
          aria-describedby=${describedBy(this.info && blockInfoId(id), (message || this.timezone) && `${id}-note`)}
          .value=${live(this.typedText ?? text ?? '')}
          ?disabled=${disabled}
          @input=${(e: Event) => (this.typedText = (e.target as HTMLInputElement).value)}
          @keydown=${this.#onKeyDown}
          @blur=${this.#commitTyped}
        />
        ${
          this.timezone && this.includeTime
            ? html`<span class="zone" title="Time zone" aria-hidden="true">${this.timezone}</span>`
            : nothing
        }
        ${
          disabled
            ? nothing
            : html`<span class="calendar-wrap">
                <button
                  type="button"
                  class="calendar"
                  aria-label="Pick from a calendar"
                  @click=${this.#openCalendar}
                >
                  ${icons.calendar}
                </button>
                <input
                  class="native"
                  type=${this.includeTime ? 'datetime-local' : 'date'}
                  step="1"
                  tabindex="-1"
                  aria-hidden="true"
                  @change=${this.#onNative}
                />
              </span>`
        }
      </div>
      ${
        message || this.timezone
          ? html`<div
              id=${`${id}-note`}
              class=${message ? 'validation' : 'gr-visually-hidden'}
              role=${message ? 'alert' : nothing}
            >
              ${message ?? `Time zone: ${this.timezone}`}
            </div>`
          : nothing
      }
      ${text === undefined ? renderValueError(`The app sent ${describe(this.value)}, which is not a date.`) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-datetime': GrDatetime;
  }
}
