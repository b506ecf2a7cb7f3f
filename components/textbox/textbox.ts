import { html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderBlockTitle } from '../../src/base/block-title.js';
import { renderCopyButton } from '../common/copy-button.js';
import { customButtons, renderCustomButtons } from '../common/custom-buttons.js';
import { textboxStyles } from './textbox.styles.js';

/** gr.InputHTMLAttributes (6.x): attributes passed to the input or textarea as they are. */
export interface InputHtmlAttributes {
  autocapitalize?: string | null;
  autocorrect?: string | boolean | null;
  spellcheck?: boolean | null;
  autocomplete?: string | null;
  tabindex?: number | null;
  enterkeyhint?: string | null;
  lang?: string | null;
}

/** Lines a text box grows to when the app names no `max_lines` (Gradio's default). */
const DEFAULT_MAX_LINES = 20;

const sendIcon = svg`<svg viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M12 19V5"/><path d="M6 11l6-6 6 6"/></svg>`;
const stopIcon = svg`<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2.5" aria-hidden="true"><rect x="5" y="5" width="14" height="14" rx="1"/></svg>`;

const RUNNING = new Set(['pending', 'generating', 'streaming']);

/**
 * @summary Text input or output for a Gradio `Textbox` block: one line or a text area that
 * grows between `lines` and `max_lines`, optional submit / stop / copy buttons.
 * @event gr-input - The user edited the text.
 * @event gr-change - The text changed through the user.
 * @event gr-submit - Enter in a one-line box, Shift+Enter in a multi-line one, or the submit button.
 * @event gr-stop - The stop button.
 * @event gr-select - The user selected text (`{index: [start, end], value}`).
 * @event gr-copy - The user copied the text with the copy button (`{value}`).
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
  /** Lines shown at least; 1 with `max_lines` 1 makes a single-line input. */
  @property({ type: Number }) lines = 1;
  /** Lines the box grows to before it scrolls (default max(lines, 20)). */
  @property({ type: Number, attribute: 'max-lines' }) maxLines: number | null = null;
  /** Hint shown while empty. */
  @property() placeholder: string | null = null;
  /** Help text under the label. */
  @property() info: string | null = null;
  /** `text`, `password` or `email`. */
  @property() type = 'text';
  /** Right-to-left text. */
  @property({ type: Boolean }) rtl = false;
  /** `left` or `right`; by default the text's own direction. */
  @property({ attribute: 'text-align' }) textAlign: 'left' | 'right' | null = null;
  /** Most characters the user may type. */
  @property({ type: Number, attribute: 'max-length' }) maxLength: number | null = null;
  /** A submit button in the box: true for an icon, or its label. */
  @property({ attribute: false }) submitBtn: string | boolean | null = false;
  /** A stop button in the box: true for an icon, or its label. */
  @property({ attribute: false }) stopBtn: string | boolean | null = false;
  /** 6.x toolbar buttons: `"copy"` copies the text. */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;
  /** 5.x spelling of `buttons: ["copy"]`. */
  @property({ type: Boolean, attribute: 'show-copy-button' }) showCopyButton = false;
  /** Follow the end of the text while it streams in, unless the user scrolled up. */
  @property({ type: Boolean }) autoscroll = true;
  /** 6.x attributes for the input element (spellcheck, autocomplete, lang, ...). */
  @property({ attribute: false }) htmlAttributes: InputHtmlAttributes | null = null;
  /** Focus on first render. */
  @property({ type: Boolean }) override autofocus = false;
  /** Message from a 6.x validator, shown under the box. */
  @property({ attribute: false }) validationError: string | null = null;

  #userScrolledUp = false;
  #userEdited = false;
  #lastScrollTop = 0;

  get #text(): string {
    return this.value ?? '';
  }

  get #maxLines(): number {
    if (this.maxLines === null || this.maxLines === undefined) {
      return this.type === 'text' ? Math.max(this.lines, DEFAULT_MAX_LINES) : 1;
    }
    return Math.max(this.maxLines, this.lines);
  }

  get #singleLine(): boolean {
    return this.type !== 'text' || (this.lines === 1 && this.#maxLines === 1);
  }

  get #control(): HTMLTextAreaElement | HTMLInputElement | null {
    return this.querySelector('.input');
  }

  #onInput(event: Event): void {
    this.#userEdited = true;
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

  #onSelect(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const start = target.selectionStart ?? 0;
    const end = target.selectionEnd ?? start;
    this.emit('select', { index: [start, end], value: target.value.slice(start, end) });
  }

  #onScroll(event: Event): void {
    const target = event.target as HTMLTextAreaElement;
    if (target.scrollTop < this.#lastScrollTop) this.#userScrolledUp = true;
    this.#lastScrollTop = target.scrollTop;
    if (target.scrollTop >= target.scrollHeight - target.clientHeight - 1) this.#userScrolledUp = false;
  }

  /** Grows the text area with its text between `lines` and `max_lines`; beyond, it scrolls. */
  #autosize(): void {
    const area = this.#control;
    if (!(area instanceof HTMLTextAreaElement)) return;
    const style = getComputedStyle(area);
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    const border = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    const min = this.lines * lineHeight + padding;
    const max = this.#maxLines * lineHeight + padding;
    let content: number;
    if (!area.value && !area.placeholder) {
      // Nothing to measure (most boxes as an app first shows): one empty line, in whole pixels
      // as scrollHeight reports it, without forcing a layout to learn that.
      content = Math.round(lineHeight + padding);
    } else {
      area.style.height = '0px';
      content = area.scrollHeight;
    }
    const height = Math.min(Math.max(content, min), max);
    area.style.height = `${height + (style.boxSizing === 'border-box' ? border : 0)}px`;
    // A scroll bar only once the text really overflows (Gradio shows none for a near miss).
    area.style.overflowY = content > max + 1 ? 'auto' : 'hidden';
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (this.autofocus) this.#control?.focus({ preventScroll: true });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('value') || changed.has('lines') || changed.has('maxLines') || changed.has('type')) {
      const fromUser = this.#userEdited;
      this.#userEdited = false;
      // The app wrote the text (a stream, say): follow its end unless the user scrolled up.
      const follow = changed.has('value') && !fromUser && this.autoscroll && !this.#userScrolledUp;
      // Not before the box has been laid out: the resize observer measures it then, in the frame
      // it first shows (measuring during the app's first render forces a layout per box).
      if (this.#width > 0) {
        this.#autosize();
        if (follow) this.#followEnd();
      } else {
        this.#followPending ||= follow;
      }
    }
  }

  #followEnd(): void {
    const area = this.#control;
    // An empty box has no end to follow (reading its scroll height would force a layout).
    if (area?.value) area.scrollTop = area.scrollHeight;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Fonts and the theme arrive after the first render: measure again once the box has a size.
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
  }

  #width = 0;
  /** The app's text came before the box was laid out: follow its end once it is. */
  #followPending = false;
  readonly #resizeObserver = new ResizeObserver((entries) => {
    const width = entries[0]?.contentRect.width ?? 0;
    if (width !== this.#width) {
      this.#width = width;
      this.#autosize();
      if (this.#followPending && width > 0) {
        this.#followPending = false;
        this.#followEnd();
      }
    }
  });

  #renderButton(kind: 'submit' | 'stop', setting: string | boolean): unknown {
    const label = typeof setting === 'string' ? setting : kind === 'submit' ? 'Submit' : 'Stop';
    return html`<button
      type="button"
      class="${kind}-button ${typeof setting === 'string' ? 'padded-button' : ''}"
      aria-label=${label}
      title=${ifDefined(typeof setting === 'string' ? undefined : label)}
      @click=${() => this.emit(kind)}
    >
      ${typeof setting === 'string' ? setting : kind === 'submit' ? sendIcon : stopIcon}
    </button>`;
  }

  protected override renderContent(): unknown {
    if (this.value !== null && this.value !== undefined && typeof this.value !== 'string') {
      throw new TypeError('its value is not text');
    }
    const id = `gr-${this.blockId}-input`;
    const attrs = this.htmlAttributes ?? {};
    const autocorrect =
      typeof attrs.autocorrect === 'boolean'
        ? attrs.autocorrect
          ? 'on'
          : 'off'
        : (attrs.autocorrect ?? undefined);
    const spellcheck = typeof attrs.spellcheck === 'boolean' ? String(attrs.spellcheck) : undefined;
    const align = this.textAlign ? `text-align:${this.textAlign}` : '';
    const common = {
      disabled: !this.interactive,
      placeholder: this.placeholder ?? '',
    };
    const control = this.#singleLine
      ? html`<input
          id=${id}
          class="input"
          type=${this.type === 'password' || this.type === 'email' ? this.type : 'text'}
          .value=${live(this.#text)}
          placeholder=${common.placeholder}
          ?disabled=${common.disabled}
          dir=${this.rtl ? 'rtl' : 'ltr'}
          style=${align}
          maxlength=${ifDefined(this.maxLength ?? undefined)}
          autocapitalize=${ifDefined(attrs.autocapitalize ?? undefined)}
          autocorrect=${ifDefined(autocorrect)}
          spellcheck=${ifDefined(spellcheck)}
          autocomplete=${ifDefined(
            attrs.autocomplete ??
              (this.type === 'email' ? 'email' : this.type === 'password' ? 'current-password' : undefined),
          )}
          tabindex=${ifDefined(attrs.tabindex ?? undefined)}
          enterkeyhint=${ifDefined(attrs.enterkeyhint ?? undefined)}
          lang=${ifDefined(attrs.lang ?? undefined)}
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
          @select=${this.#onSelect}
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
          style=${align}
          maxlength=${ifDefined(this.maxLength ?? undefined)}
          autocapitalize=${ifDefined(attrs.autocapitalize ?? undefined)}
          autocorrect=${ifDefined(autocorrect)}
          spellcheck=${ifDefined(spellcheck)}
          autocomplete=${ifDefined(attrs.autocomplete ?? undefined)}
          tabindex=${ifDefined(attrs.tabindex ?? undefined)}
          enterkeyhint=${ifDefined(attrs.enterkeyhint ?? undefined)}
          lang=${ifDefined(attrs.lang ?? undefined)}
          @input=${(event: Event) => {
            this.#onInput(event);
            this.#autosize();
          }}
          @keydown=${this.#onKeyDown}
          @select=${this.#onSelect}
          @scroll=${this.#onScroll}
          @focus=${() => this.emit('focus')}
          @blur=${() => this.emit('blur')}
        ></textarea>`;
    // Gradio shows both buttons when both are set; while this box's own run is going, the
    // stop button stands alone (as a chat input does).
    const running = this.loadingStatus !== null && RUNNING.has(this.loadingStatus.stage);
    const showSubmit = Boolean(this.submitBtn) && !(running && this.stopBtn);
    const copy = this.showLabel && (this.showCopyButton || Boolean(this.buttons?.includes('copy')));
    const custom = customButtons(this.buttons).length > 0;
    return html`<div class="block ${this.container ? '' : 'no-container'}" dir=${this.rtl ? 'rtl' : 'ltr'}>
      ${
        copy || custom
          ? html`<div class="icon-buttons">
              ${renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }))}
              ${
                copy
                  ? renderCopyButton(() => this.#text, {
                      label: 'Copy',
                      onCopied: (value) => this.emit('copy', { value }),
                    })
                  : nothing
              }
            </div>`
          : nothing
      }
      ${renderBlockTitle({
        for: id,
        // An empty label (ChatInterface's box) still names the control: by its placeholder.
        label: this.label || this.placeholder || 'Textbox',
        show: this.showLabel && Boolean(this.label),
        info: this.info,
      })}
      <div
        class="input-container ${this.submitBtn || this.stopBtn ? 'with-buttons' : ''} ${this.submitBtn ? 'borderless' : ''}"
      >
        ${control} ${showSubmit ? this.#renderButton('submit', this.submitBtn!) : nothing}
        ${this.stopBtn ? this.#renderButton('stop', this.stopBtn) : nothing}
      </div>
      ${this.validationError ? html`<div class="validation" role="alert">${this.validationError}</div>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-textbox': GrTextbox;
  }
}
