import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderBlockTitle } from '../../src/base/block-title.js';
import { fileName, isFileData, type FileData } from '../../src/base/file-data.js';
import { acceptsFile } from '../../src/base/file-types.js';
import { icons } from '../common/icons.js';
import { chatIcons } from '../common/chat-icons.js';
import '../common/upload/upload-zone.js';
import type { GrUploadZone, UploadedEvent } from '../common/upload/upload-zone.js';
import { AudioRecorder } from './internal/recorder.js';
import { multimodaltextboxStyles } from './multimodaltextbox.styles.js';

/** The wire value: text and the files already on the server. */
export interface MultimodalValue {
  text: string;
  files: FileData[];
}

/** gr.InputHTMLAttributes (6.x), passed to the text area as they are. */
interface InputHtmlAttributes {
  autocapitalize?: string | null;
  autocorrect?: string | boolean | null;
  spellcheck?: boolean | null;
  autocomplete?: string | null;
  tabindex?: number | null;
  enterkeyhint?: string | null;
  lang?: string | null;
}

const EMPTY: MultimodalValue = { text: '', files: [] };

/**
 * @summary A Gradio `MultimodalTextbox`, the chat input: text plus files (picker, drag and drop,
 * paste, microphone), previews with remove buttons, upload progress with cancel, submit and stop
 * buttons. Enter submits a one-line box, Shift+Enter a taller one; text pasted beyond
 * `max_plain_text_length` becomes a file.
 * @event gr-input - The user edited the text or the files.
 * @event gr-change - The value changed through the user.
 * @event gr-submit - Enter or the submit button.
 * @event gr-stop - The stop button.
 * @event gr-upload - The user's files reached the server.
 * @event gr-select - Text selected (`{index: [start, end], value}`).
 * @event gr-focus - The text area gained focus.
 * @event gr-blur - The text area lost focus.
 * @event gr-stop_recording - A microphone recording ended.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('multimodaltextbox')
export class GrMultimodaltextbox extends GradioElement {
  static override css = multimodaltextboxStyles;
  static override emptyValue: MultimodalValue = EMPTY;

  /** `{text, files}`; a plain string is read as text. */
  @property({ attribute: false }) value: MultimodalValue | string | null = EMPTY;
  @property({ type: Number }) lines = 1;
  @property({ type: Number }) maxLines: number | null = 20;
  @property() placeholder: string | null = null;
  @property() info: string | null = null;
  @property({ type: Boolean }) rtl = false;
  @property() textAlign: 'left' | 'right' | null = null;
  /** `upload` and/or `microphone`. */
  @property({ attribute: false }) sources: readonly string[] | string | null = ['upload'];
  @property({ attribute: false }) fileTypes: readonly string[] | null = null;
  @property() fileCount: 'single' | 'multiple' | 'directory' = 'single';
  /** A submit button: true for an icon, or its label. */
  @property({ attribute: false }) submitBtn: string | boolean | null = true;
  /** A stop button: true for an icon, or its label. */
  @property({ attribute: false }) stopBtn: string | boolean | null = false;
  /** Pasted text longer than this becomes a text file. */
  @property({ type: Number }) maxPlainTextLength = 1000;
  @property({ type: Boolean }) autoscroll = true;
  @property({ attribute: false }) htmlAttributes: InputHtmlAttributes | null = null;
  @property({ type: Boolean }) override autofocus = false;
  @property({ attribute: false }) validationError: string | null = null;

  @state() private dragging = false;
  @state() private message: string | null = null;
  @state() private recording = false;
  @state() private recordingSeconds = 0;
  /** A finished recording, uploaded, waiting to be attached (or discarded). */
  @state() private recorded: FileData | null = null;
  @state() private recordingUpload = false;

  readonly #recorder = new AudioRecorder();
  #recordingTimer: ReturnType<typeof setInterval> | null = null;
  #dragDepth = 0;

  get #value(): MultimodalValue {
    const value = this.value;
    if (value === null || value === undefined) return EMPTY;
    if (typeof value === 'string') return { text: value, files: [] };
    if (typeof value !== 'object' || Array.isArray(value))
      throw new TypeError('its value is not {text, files}');
    const files = Array.isArray(value.files) ? value.files : [];
    if (!files.every(isFileData)) throw new TypeError('one of its files is not a file');
    return { text: typeof value.text === 'string' ? value.text : '', files };
  }

  get #sources(): string[] {
    const sources = this.sources;
    if (!sources) return ['upload'];
    return typeof sources === 'string' ? sources.split(',').map((s) => s.trim()) : [...sources];
  }

  /** Gradio hides the upload button once a single-file box holds its file. */
  get #canUpload(): boolean {
    return this.#sources.includes('upload') && !(this.fileCount === 'single' && this.#value.files.length > 0);
  }

  get #zone(): GrUploadZone | null {
    return this.querySelector('gr-upload-zone');
  }

  get #textarea(): HTMLTextAreaElement | null {
    return this.querySelector('textarea');
  }

  #set(value: MultimodalValue): void {
    this.value = value;
    this.emit('input');
    this.emit('change');
  }

  #onInput(event: Event): void {
    this.#set({ ...this.#value, text: (event.target as HTMLTextAreaElement).value });
    this.#autosize();
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    // As in Gradio: Enter submits a one-line box; Shift+Enter submits a taller one.
    const submits = this.lines > 1 ? event.shiftKey : !event.shiftKey;
    if (!submits) return;
    event.preventDefault();
    this.#submit();
  }

  #submit(): void {
    if (!this.interactive) return;
    this.#attachRecording();
    this.emit('submit');
  }

  #onSelect(event: Event): void {
    const target = event.target as HTMLTextAreaElement;
    const start = target.selectionStart ?? 0;
    const end = target.selectionEnd ?? start;
    this.emit('select', { index: [start, end], value: target.value.slice(start, end) });
  }

  #onUploaded(event: UploadedEvent): void {
    const files =
      this.fileCount === 'single' ? event.files.slice(0, 1) : [...this.#value.files, ...event.files];
    this.value = { ...this.#value, files };
    this.emit('upload', event.files);
    this.emit('input');
    this.emit('change');
  }

  /** Files from a drop or a paste: those of the wrong type are refused, the others uploaded. */
  #take(files: File[]): void {
    if (!this.interactive || !this.#canUpload || !files.length) return;
    const accepted = files.filter((file) => acceptsFile(this.fileTypes, file));
    const refused = files.length - accepted.length;
    this.message = refused
      ? `${refused} file(s) were rejected. Accepted formats: ${(this.fileTypes ?? []).join(', ')}`
      : null;
    if (accepted.length) void this.#zone?.uploadFiles(accepted);
  }

  #onPaste(event: ClipboardEvent): void {
    const data = event.clipboardData;
    if (!data) return;
    const text = data.getData('text');
    if (text && text.length > this.maxPlainTextLength && this.#canUpload) {
      event.preventDefault();
      this.#take([new File([text], 'pasted_text.txt', { type: 'text/plain', lastModified: Date.now() })]);
      return;
    }
    const files = [...data.files];
    if (files.length && this.#canUpload) {
      event.preventDefault();
      this.#take(files);
    }
  }

  #onDragEnter(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files') || !this.interactive) return;
    event.preventDefault();
    this.#dragDepth++;
    this.dragging = true;
  }

  #onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files') || !this.interactive) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = this.#canUpload ? 'copy' : 'none';
  }

  #onDragLeave(): void {
    this.#dragDepth = Math.max(0, this.#dragDepth - 1);
    if (!this.#dragDepth) this.dragging = false;
  }

  #onDrop(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.#dragDepth = 0;
    this.dragging = false;
    this.#take([...(event.dataTransfer.files ?? [])]);
  }

  #remove(index: number): void {
    const files = [...this.#value.files];
    files.splice(index, 1);
    this.#set({ ...this.#value, files });
    this.#textarea?.focus({ preventScroll: true });
  }

  // ---- Microphone ---------------------------------------------------------------------------

  async #startRecording(): Promise<void> {
    this.message = null;
    this.recorded = null;
    try {
      await this.#recorder.start();
    } catch (error) {
      this.message = `The microphone could not be used: ${(error as Error).message}`;
      return;
    }
    this.recording = true;
    this.recordingSeconds = 0;
    this.#recordingTimer = setInterval(
      () => (this.recordingSeconds = Math.floor(this.#recorder.elapsed)),
      250,
    );
  }

  #stopTimer(): void {
    if (this.#recordingTimer !== null) clearInterval(this.#recordingTimer);
    this.#recordingTimer = null;
    this.recording = false;
  }

  async #stopRecording(): Promise<void> {
    this.#stopTimer();
    const file = await this.#recorder.stop();
    this.emit('stop_recording');
    if (!this.services) return;
    this.recordingUpload = true;
    try {
      const [uploaded] = await this.services.upload([file], { blockId: this.blockId });
      this.recorded = uploaded ?? null;
    } catch (error) {
      this.message = (error as Error).message;
    } finally {
      this.recordingUpload = false;
    }
  }

  #cancelRecording(): void {
    this.#stopTimer();
    this.#recorder.cancel();
    this.recorded = null;
  }

  /** The finished recording joins the files (its confirm button, or a submit). */
  #attachRecording(): void {
    const recorded = this.recorded;
    if (!recorded) return;
    this.recorded = null;
    const files = this.fileCount === 'single' ? [recorded] : [...this.#value.files, recorded];
    this.#set({ ...this.#value, files });
  }

  // ---- Lifecycle ----------------------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.recording) this.#cancelRecording();
    this.#resizeObserver.disconnect();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver.observe(this);
  }

  #width = 0;
  readonly #resizeObserver = new ResizeObserver((entries) => {
    const width = entries[0]?.contentRect.width ?? 0;
    if (width !== this.#width) {
      this.#width = width;
      this.#autosize();
    }
  });

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Never scrolls the host page to bring the box into view.
    if (this.autofocus) this.#textarea?.focus({ preventScroll: true });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('value') || changed.has('lines') || changed.has('maxLines')) this.#autosize();
  }

  /** Grows the text area with its text between `lines` and `max_lines`; beyond, it scrolls. */
  #autosize(): void {
    const area = this.#textarea;
    if (!area) return;
    const style = getComputedStyle(area);
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    const maxLines = Math.max(this.maxLines ?? this.lines + 1, this.lines);
    const min = this.lines * lineHeight + padding;
    const max = maxLines * lineHeight + padding;
    area.style.height = '0px';
    const content = area.scrollHeight;
    area.style.height = `${Math.min(Math.max(content, min), max)}px`;
    area.style.overflowY = content > max + 1 ? 'auto' : 'hidden';
    if (this.autoscroll && content > max + 1 && area.selectionStart === area.value.length) {
      area.scrollTop = area.scrollHeight;
    }
  }

  // ---- Rendering ----------------------------------------------------------------------------

  #renderThumbnail(file: FileData, index: number): unknown {
    const name = fileName(file);
    const mime = file.mime_type ?? '';
    const url = this.services?.fileUrl(file) ?? file.url ?? '';
    const preview = mime.includes('image')
      ? html`<img class="thumbnail-image" src=${url} alt="" loading="lazy" />`
      : mime.includes('audio')
        ? chatIcons.music
        : mime.includes('video')
          ? chatIcons.video
          : icons.file;
    return html`<span class="thumbnail-wrapper" role="listitem" title=${name}>
      <span class="thumbnail-item">${preview}</span>
      <span class="thumbnail-name">${name}</span>
      ${
        this.interactive
          ? html`<button
              type="button"
              class="delete-button"
              aria-label=${`Remove ${name}`}
              @click=${() => this.#remove(index)}
            >
              ${icons.close}
            </button>`
          : nothing
      }
    </span>`;
  }

  #renderButton(kind: 'submit' | 'stop', setting: string | boolean): unknown {
    const text = typeof setting === 'string' ? setting : null;
    const label = kind === 'submit' ? 'Submit' : 'Stop';
    return html`<button
      type="button"
      class="${kind}-button ${text ? 'padded-button' : ''}"
      aria-label=${text ?? label}
      title=${ifDefined(text ? undefined : label)}
      ?disabled=${kind === 'submit' && !this.interactive}
      @click=${() => (kind === 'submit' ? this.#submit() : this.emit('stop'))}
    >
      ${text ?? (kind === 'submit' ? chatIcons.arrowUp : chatIcons.stop)}
    </button>`;
  }

  #renderRecorder(): unknown {
    if (this.recording) {
      const s = this.recordingSeconds;
      return html`<div class="recording-row" role="group" aria-label="Recording">
        <span class="recording-dot" aria-hidden="true"></span>
        <span class="recording-time" role="timer"
          >${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}</span
        >
        <button
          type="button"
          class="recording-action"
          aria-label="Stop recording"
          @click=${() => void this.#stopRecording()}
        >
          ${chatIcons.stop}
        </button>
        <button
          type="button"
          class="recording-action"
          aria-label="Cancel recording"
          @click=${() => this.#cancelRecording()}
        >
          ${icons.close}
        </button>
      </div>`;
    }
    if (this.recordingUpload) {
      return html`<div class="recording-row" role="status">Uploading the recording…</div>`;
    }
    if (this.recorded) {
      const url = this.services?.fileUrl(this.recorded) ?? this.recorded.url ?? '';
      return html`<div class="recording-row" role="group" aria-label="Recording">
        <audio class="recording-preview" controls src=${url} aria-label="Recorded audio"></audio>
        <button
          type="button"
          class="recording-action"
          aria-label="Attach audio"
          @click=${() => this.#attachRecording()}
        >
          ${icons.check}
        </button>
        <button
          type="button"
          class="recording-action"
          aria-label="Clear audio"
          @click=${() => (this.recorded = null)}
        >
          ${icons.close}
        </button>
      </div>`;
    }
    return nothing;
  }

  protected override renderContent(): unknown {
    const value = this.#value;
    const id = `gr-${this.blockId}-input`;
    const sources = this.#sources;
    const canUpload = this.#canUpload;
    const attrs = this.htmlAttributes ?? {};
    const autocorrect =
      typeof attrs.autocorrect === 'boolean'
        ? attrs.autocorrect
          ? 'on'
          : 'off'
        : (attrs.autocorrect ?? undefined);
    const running = this.loadingStatus?.stage === 'pending' || this.loadingStatus?.stage === 'generating';
    return html`<div
      class="block mm-block ${this.container ? '' : 'no-container'} ${this.dragging ? 'dragging' : ''}"
      dir=${this.rtl ? 'rtl' : 'ltr'}
      role="group"
      aria-label=${this.label || 'Multimedia input field'}
      @dragenter=${this.#onDragEnter}
      @dragover=${this.#onDragOver}
      @dragleave=${this.#onDragLeave}
      @drop=${this.#onDrop}
    >
      ${renderBlockTitle({ for: id, label: this.label || 'MultimodalTextbox', show: this.showLabel, info: this.info })}
      ${
        sources.includes('upload')
          ? html`<gr-upload-zone
              class="mm-upload"
              compact
              label="Upload a file"
              .services=${this.services}
              .blockId=${this.blockId}
              .fileTypes=${this.fileTypes}
              .fileCount=${this.fileCount}
              ?disabled=${!this.interactive || !canUpload}
              @upload-zone-uploaded=${this.#onUploaded}
            ></gr-upload-zone>`
          : nothing
      }
      <div class="input-wrapper ${value.files.length ? 'has-files' : ''}">
        ${
          value.files.length
            ? html`<div class="thumbnails" role="list" aria-label="Uploaded files">
                ${value.files.map((file, i) => this.#renderThumbnail(file, i))}
              </div>`
            : nothing
        }
        ${this.#renderRecorder()}
        <div class="input-row">
          ${
            canUpload
              ? html`<button
                  type="button"
                  class="upload-button"
                  aria-label="Upload a file"
                  title="Upload a file"
                  ?disabled=${!this.interactive}
                  @click=${() => {
                    this.message = null;
                    this.#zone?.openPicker();
                  }}
                >
                  ${chatIcons.paperclip}
                </button>`
              : nothing
          }
          <textarea
            id=${id}
            class="mm-input"
            rows=${this.lines}
            .value=${live(value.text)}
            placeholder=${this.placeholder ?? ''}
            ?disabled=${!this.interactive}
            dir=${this.rtl ? 'rtl' : 'ltr'}
            style=${this.textAlign ? `text-align:${this.textAlign}` : ''}
            autocapitalize=${ifDefined(attrs.autocapitalize ?? undefined)}
            autocorrect=${ifDefined(autocorrect)}
            spellcheck=${ifDefined(typeof attrs.spellcheck === 'boolean' ? String(attrs.spellcheck) : undefined)}
            autocomplete=${ifDefined(attrs.autocomplete ?? undefined)}
            tabindex=${ifDefined(attrs.tabindex ?? undefined)}
            enterkeyhint=${ifDefined(attrs.enterkeyhint ?? undefined)}
            lang=${ifDefined(attrs.lang ?? undefined)}
            @input=${this.#onInput}
            @keydown=${this.#onKeyDown}
            @select=${this.#onSelect}
            @paste=${this.#onPaste}
            @focus=${() => this.emit('focus')}
            @blur=${() => this.emit('blur')}
          ></textarea>
          ${
            sources.includes('microphone')
              ? html`<button
                  type="button"
                  class="microphone-button ${this.recording ? 'recording' : ''}"
                  aria-label="Record audio"
                  aria-pressed=${this.recording ? 'true' : 'false'}
                  ?disabled=${!this.interactive}
                  @click=${() => (this.recording ? void this.#stopRecording() : void this.#startRecording())}
                >
                  ${chatIcons.microphone}
                </button>`
              : nothing
          }
          ${this.submitBtn && !(running && this.stopBtn) ? this.#renderButton('submit', this.submitBtn) : nothing}
          ${this.stopBtn ? this.#renderButton('stop', this.stopBtn) : nothing}
        </div>
      </div>
      ${this.message ? html`<div class="mm-message" role="alert">${this.message}</div>` : nothing}
      ${this.validationError ? html`<div class="validation" role="alert">${this.validationError}</div>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-multimodaltextbox': GrMultimodaltextbox;
  }
}
