import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderBlockTitle, renderValueError } from '../../src/base/block-title.js';
import { icons } from '../common/icons.js';
import { copyText } from '../common/copy-button.js';
import { dialogueStyles } from './dialogue.styles.js';
import {
  checkValue,
  formatLocally,
  insertTag,
  speakerColors,
  tagQuery,
  type DialogueLine,
  type DialogueValue,
} from './internal/lines.js';

const sendIcon = svg`<svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor"
  stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
  <path d="M4 12l16-8-6 16-2-7z"/><path d="M12 13l8-9"/></svg>`;

/** Where the tag menu is open: a line's text (its index) or the plain-text box (-1). */
type TagTarget = number;
const PLAIN = -1;

/**
 * @summary A Gradio `Dialogue`: lines of speaker and text, or the same dialogue as plain text
 * (`ui_mode` both / dialogue / text), with tag completion after `:`, a copy button and a submit
 * button. Switching between lines and text goes through the component's server functions
 * `format` and `unformat`, so the app's own formatter applies.
 * @event gr-input - The user typed in a line or in the text.
 * @event gr-change - The user changed the dialogue (typing, a speaker, a line added or removed).
 * @event gr-submit - The user pressed the submit button.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('dialogue')
export class GrDialogue extends GradioElement {
  static override css = dialogueStyles;

  /** The lines, or plain text. */
  @property({ attribute: false }) value: DialogueValue = null;
  /** The speakers a line may have. */
  @property({ attribute: false }) speakers: readonly string[] | null = null;
  /** Tags offered after `:`. */
  @property({ attribute: false }) tags: readonly string[] = [];
  /** What joins formatted lines (the server formats; shown here only as a fallback). */
  @property() separator = '\n';
  /** Speaker backgrounds when read-only. */
  @property({ attribute: false }) colorMap: Readonly<Record<string, string>> | null = null;
  /** `both` (a switch between lines and text), `dialogue` or `text`. */
  @property({ attribute: 'ui-mode' }) uiMode: 'both' | 'dialogue' | 'text' = 'both';
  /** The most lines a dialogue may have. */
  @property({ type: Number, attribute: 'max-lines' }) maxLines: number | null = null;
  /** Hint in empty text boxes. */
  @property() placeholder: string | null = null;
  /** Help text under the label. */
  @property() info: string | null = null;
  /** Toolbar buttons; `copy` copies the dialogue as text. */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;
  /** A submit button: its text, or true for an icon. */
  @property({ attribute: false }) submitBtn: string | boolean | null = false;
  /** Focus on first render. */
  @property({ type: Boolean }) override autofocus = false;

  /** Showing the plain text instead of the lines (ui_mode both). */
  @state() private plain = false;
  /** The plain text shown in the text box. */
  @state() private text = '';
  /** A server round trip (format / unformat) is under way. */
  @state() private busy: 'format' | 'unformat' | null = null;
  @state() private tagMenu: { target: TagTarget; options: string[]; active: number } | null = null;
  /** The speaker whose lines a read-only dialogue highlights. */
  @state() private hovered: string | null = null;
  @state() private copied = false;

  /** The value this element last set itself; any other value came from the app. */
  #own: unknown = undefined;

  get #speakers(): readonly string[] {
    return Array.isArray(this.speakers) ? this.speakers : [];
  }

  get #lines(): DialogueLine[] {
    const value = checkValue(this.value);
    if (Array.isArray(value) && value.length) return value;
    if (typeof value === 'string') return [];
    // An empty dialogue still offers one line to start from.
    return this.interactive ? [{ speaker: this.#speakers[0] ?? '', text: '' }] : [];
  }

  /**
   * Whether the text box shows instead of the lines: ui_mode "text", text as the value, the
   * switch on, or (as Gradio documents) an editable dialogue without speakers.
   */
  get #showsText(): boolean {
    if (this.uiMode === 'text' || typeof this.value === 'string') return true;
    if (this.uiMode === 'both' && this.plain) return true;
    return this.interactive && this.#speakers.length === 0 && this.uiMode !== 'dialogue';
  }

  get #hasSwitch(): boolean {
    return this.uiMode === 'both' && (this.#speakers.length > 0 || !this.interactive);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value') && this.value !== this.#own) this.#adoptValue();
  }

  /** A value from the app: text is shown as text; lines are formatted for the text box if shown. */
  #adoptValue(): void {
    let value: DialogueValue;
    try {
      value = checkValue(this.value);
    } catch {
      return; // renderContent says what is wrong.
    }
    this.tagMenu = null;
    if (typeof value === 'string') {
      this.text = value;
      if (this.uiMode === 'both') this.plain = true;
    } else if (!value?.length) {
      this.text = '';
    } else if (this.#showsText) {
      void this.#formatIntoText(value);
    }
  }

  #set(value: DialogueValue): void {
    this.#own = value;
    this.value = value;
  }

  #edited(typed: boolean): void {
    if (typed) this.emit('input');
    this.emit('change');
  }

  async #server(fn: 'format' | 'unformat', data: unknown): Promise<unknown> {
    if (!this.services) throw new Error('no app');
    const result = await this.services.callServerFunction(this.blockId, fn, data);
    if (result === undefined) throw new Error(`the server's ${fn} failed`);
    return result;
  }

  async #formatIntoText(lines: readonly DialogueLine[]): Promise<void> {
    this.busy = 'format';
    try {
      const formatted = await this.#server('format', lines);
      this.text = typeof formatted === 'string' ? formatted : formatLocally(lines, this.separator);
    } catch {
      this.text = formatLocally(lines, this.separator);
    } finally {
      this.busy = null;
    }
  }

  /** The text box's text as lines, by the app's own unformatter. */
  async #unformatText(): Promise<DialogueLine[] | null> {
    this.busy = 'unformat';
    try {
      const lines = checkValue(await this.#server('unformat', { text: this.text }));
      return Array.isArray(lines) ? lines : [];
    } catch {
      return null;
    } finally {
      this.busy = null;
    }
  }

  async #togglePlain(): Promise<void> {
    if (this.busy) return;
    if (!this.plain) {
      const value = checkValue(this.value);
      await this.#formatIntoText(typeof value === 'string' ? [] : this.#lines);
      if (typeof value === 'string') this.text = value;
      this.plain = true;
      return;
    }
    const lines = await this.#unformatText();
    if (!lines) return;
    this.#set(lines);
    this.plain = false;
    this.#edited(false);
  }

  async #submit(): Promise<void> {
    if (this.#showsText && this.#speakers.length) {
      const lines = await this.#unformatText();
      if (lines) {
        this.#set(lines);
        this.emit('change');
      }
    }
    this.emit('submit');
  }

  async #copy(event: Event): Promise<void> {
    const button = event.currentTarget as HTMLElement;
    const value = checkValue(this.value);
    let text: string;
    if (typeof value === 'string') text = value;
    else {
      try {
        const formatted = await this.#server('format', value ?? []);
        text = typeof formatted === 'string' ? formatted : formatLocally(value ?? [], this.separator);
      } catch {
        text = formatLocally(value ?? [], this.separator);
      }
    }
    if (!(await copyText(text, button))) return;
    this.copied = true;
    setTimeout(() => (this.copied = false), 1500);
  }

  // Lines ---------------------------------------------------------------------------------------

  #updateLine(index: number, patch: Partial<DialogueLine>, typed: boolean): void {
    const lines = this.#lines.map((line, i) => (i === index ? { ...line, ...patch } : line));
    this.#set(lines);
    this.#edited(typed);
  }

  #addLine(index: number): void {
    const lines = this.#lines;
    lines.splice(index + 1, 0, { speaker: this.#speakers[0] ?? '', text: '' });
    this.#set([...lines]);
    this.#edited(false);
    void this.updateComplete.then(() =>
      this.querySelector<HTMLTextAreaElement>(`[data-line="${index + 1}"] .line-text`)?.focus(),
    );
  }

  #deleteLine(index: number): void {
    const lines = this.#lines.filter((_, i) => i !== index);
    this.#set(lines);
    this.#edited(false);
    void this.updateComplete.then(() =>
      this.querySelector<HTMLTextAreaElement>(`[data-line="${Math.max(0, index - 1)}"] .line-text`)?.focus(),
    );
  }

  // Tags ----------------------------------------------------------------------------------------

  #updateTagMenu(target: TagTarget, field: HTMLTextAreaElement): void {
    const query = this.tags?.length ? tagQuery(field.value, field.selectionStart ?? 0) : null;
    const options = query
      ? this.tags.filter((t) => !query.search || t.toLowerCase().includes(query.search.toLowerCase()))
      : [];
    this.tagMenu = options.length ? { target, options, active: 0 } : null;
  }

  #pickTag(tag: string, target: TagTarget): void {
    const field = this.#field(target);
    if (!field) return;
    const { text, caret } = insertTag(field.value, field.selectionStart ?? field.value.length, tag, {
      dropSpeakerMarks: target !== PLAIN,
    });
    this.tagMenu = null;
    if (target === PLAIN) this.#setText(text);
    else this.#updateLine(target, { text }, true);
    void this.updateComplete.then(() => {
      field.focus();
      field.setSelectionRange(caret, caret);
    });
  }

  #field(target: TagTarget): HTMLTextAreaElement | null {
    return target === PLAIN
      ? this.querySelector<HTMLTextAreaElement>('.plain-text')
      : this.querySelector<HTMLTextAreaElement>(`[data-line="${target}"] .line-text`);
  }

  /** Arrow keys, Enter and Escape drive the tag menu while it is open. */
  #onKeyDown(event: KeyboardEvent, target: TagTarget): void {
    const menu = this.tagMenu;
    if (!menu || menu.target !== target) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const active = Math.min(menu.options.length - 1, Math.max(0, menu.active + step));
      this.tagMenu = { ...menu, active };
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      this.#pickTag(menu.options[menu.active]!, target);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.tagMenu = null;
    }
  }

  #setText(text: string): void {
    this.text = text;
    // Free text has no speakers to parse into: it is the value. Otherwise the text stays text
    // until it is turned back into lines (the switch, or submit).
    this.#set(text);
    this.#edited(true);
  }

  // Rendering -----------------------------------------------------------------------------------

  #renderTagMenu(target: TagTarget): unknown {
    const menu = this.tagMenu;
    if (!menu || menu.target !== target) return nothing;
    const id = `gr-${this.blockId}-tags`;
    return html`<ul class="tag-menu" role="listbox" id=${id} aria-label="Tags">
      ${menu.options.map(
        (tag, i) =>
          html`<li
            role="option"
            id="${id}-${i}"
            aria-selected=${i === menu.active ? 'true' : 'false'}
            class=${i === menu.active ? 'active' : ''}
            @mousedown=${(e: Event) => {
              e.preventDefault();
              this.#pickTag(tag, target);
            }}
          >
            ${tag}
          </li>`,
      )}
    </ul>`;
  }

  #comboboxAttrs(target: TagTarget): { expanded: string; active: string | typeof nothing } {
    const menu = this.tagMenu;
    const open = menu?.target === target;
    return {
      expanded: open ? 'true' : 'false',
      active: open ? `gr-${this.blockId}-tags-${menu.active}` : nothing,
    };
  }

  #renderLines(): unknown {
    const lines = this.#lines;
    const disabled = !this.interactive;
    const colors = disabled ? speakerColors(this.#speakers, this.colorMap) : {};
    const canAdd = this.maxLines === null || this.maxLines === undefined || lines.length < this.maxLines;
    const speakers = this.#speakers;
    return html`<div
      class="lines ${this.busy === 'unformat' ? 'loading' : ''}"
      role="list"
      aria-label="Lines"
    >
      ${lines.map((line, i) => {
        const color =
          disabled && (this.hovered === null || this.hovered === line.speaker)
            ? colors[line.speaker]
            : undefined;
        const attrs = this.#comboboxAttrs(i);
        const choices =
          speakers.includes(line.speaker) || !line.speaker ? speakers : [line.speaker, ...speakers];
        return html`<div
          class="line"
          role="listitem"
          data-line=${i}
          style=${color ? `--speaker-bg:${color}` : ''}
          @mouseenter=${() => disabled && (this.hovered = line.speaker)}
          @mouseleave=${() => disabled && (this.hovered = null)}
        >
          ${
            disabled
              ? html`<span class="speaker input">${line.speaker}</span>`
              : html`<select
                  class="speaker input"
                  aria-label="Speaker, line ${i + 1}"
                  .value=${live(line.speaker)}
                  @change=${(e: Event) =>
                    this.#updateLine(i, { speaker: (e.target as HTMLSelectElement).value }, false)}
                >
                  ${choices.map((s) => html`<option value=${s} ?selected=${s === line.speaker}>${s}</option>`)}
                </select>`
          }
          <div class="line-field">
            <textarea
              class="line-text input"
              rows="1"
              aria-label="Line ${i + 1}${line.speaker ? `, ${line.speaker}` : ''}"
              role=${this.tags?.length && !disabled ? 'combobox' : nothing}
              aria-autocomplete=${this.tags?.length && !disabled ? 'list' : nothing}
              aria-expanded=${this.tags?.length && !disabled ? attrs.expanded : nothing}
              aria-activedescendant=${attrs.active}
              placeholder=${this.placeholder ?? ''}
              ?disabled=${disabled}
              .value=${live(line.text)}
              @input=${(e: Event) => {
                const field = e.target as HTMLTextAreaElement;
                this.#updateLine(i, { text: field.value }, true);
                this.#updateTagMenu(i, field);
              }}
              @keydown=${(e: KeyboardEvent) => this.#onKeyDown(e, i)}
              @blur=${() => this.tagMenu?.target === i && (this.tagMenu = null)}
            ></textarea>
            ${this.#renderTagMenu(i)}
          </div>
          ${
            disabled
              ? nothing
              : html`<div class="line-actions">
                  ${
                    canAdd
                      ? html`<button
                          type="button"
                          class="icon-button add"
                          aria-label="Add a line after line ${i + 1}"
                          @click=${() => this.#addLine(i)}
                        >
                          ${icons.plus}
                        </button>`
                      : nothing
                  }
                  ${
                    i > 0
                      ? html`<button
                          type="button"
                          class="icon-button delete"
                          aria-label="Remove line ${i + 1}"
                          @click=${() => this.#deleteLine(i)}
                        >
                          ${icons.trash}
                        </button>`
                      : nothing
                  }
                </div>`
          }
        </div>`;
      })}
      ${this.busy === 'unformat' ? html`<div class="busy" role="status">Converting to dialogue format...</div>` : nothing}
    </div>`;
  }

  #renderText(): unknown {
    const attrs = this.#comboboxAttrs(PLAIN);
    const tags = this.tags?.length && this.interactive;
    return html`<div class="text-field ${this.busy === 'format' ? 'loading' : ''}">
      <textarea
        class="plain-text input"
        rows="5"
        aria-label=${this.label || 'Dialogue'}
        role=${tags ? 'combobox' : nothing}
        aria-autocomplete=${tags ? 'list' : nothing}
        aria-expanded=${tags ? attrs.expanded : nothing}
        aria-activedescendant=${attrs.active}
        placeholder=${this.placeholder ?? ''}
        ?disabled=${!this.interactive}
        .value=${live(this.text)}
        @input=${(e: Event) => {
          const field = e.target as HTMLTextAreaElement;
          this.#setText(field.value);
          this.#updateTagMenu(PLAIN, field);
        }}
        @keydown=${(e: KeyboardEvent) => this.#onKeyDown(e, PLAIN)}
        @blur=${() => this.tagMenu?.target === PLAIN && (this.tagMenu = null)}
      ></textarea>
      ${this.#renderTagMenu(PLAIN)}
      ${this.busy === 'format' ? html`<div class="busy" role="status">Converting to plain text...</div>` : nothing}
    </div>`;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (this.autofocus)
      this.querySelector<HTMLElement>('textarea:not(:disabled)')?.focus({ preventScroll: true });
  }

  protected override renderContent(): unknown {
    let error: string | null = null;
    try {
      checkValue(this.value);
    } catch (e) {
      error = (e as Error).message;
    }
    const buttons = Array.isArray(this.buttons) ? this.buttons : [];
    const copy = buttons.includes('copy') && this.showLabel;
    const submit = this.submitBtn && this.interactive;
    return html`<div class="block ${this.container ? '' : 'no-container'}">
      ${
        copy
          ? html`<div class="icon-buttons">
              <button
                type="button"
                class="icon-button"
                aria-label=${this.copied ? 'Copied' : 'Copy'}
                title="Copy"
                @click=${this.#copy}
              >
                ${this.copied ? icons.check : icons.copy}
              </button>
            </div>`
          : nothing
      }
      ${renderBlockTitle({ label: this.label || 'Dialogue', show: this.showLabel, info: this.info })}
      ${
        error
          ? renderValueError(`This dialogue cannot show its value: ${error}.`)
          : html`${
              this.#hasSwitch
                ? html`<div class="switch-row">
                    <button
                      type="button"
                      role="switch"
                      class="switch"
                      aria-checked=${this.plain ? 'true' : 'false'}
                      ?disabled=${this.busy !== null}
                      @click=${this.#togglePlain}
                    >
                      <span class="track" aria-hidden="true"></span>Plain Text
                    </button>
                  </div>`
                : nothing
            }
            ${this.#showsText ? this.#renderText() : this.#renderLines()}
            ${
              submit
                ? html`<div class="submit-row">
                    <button
                      type="button"
                      class="submit"
                      aria-label=${typeof this.submitBtn === 'string' ? nothing : 'Submit'}
                      @click=${this.#submit}
                    >
                      ${typeof this.submitBtn === 'string' ? this.submitBtn : sendIcon}
                    </button>
                  </div>`
                : nothing
            }`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-dialogue': GrDialogue;
  }
}
