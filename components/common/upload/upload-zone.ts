import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AppServices } from '../../../src/base/app-services.js';
import type { FileData } from '../../../src/base/file-data.js';
import { acceptAttribute } from '../../../src/base/file-types.js';
import { registerStyles } from '../../../src/base/style-registry.js';
import { icons } from '../icons.js';
import { uploadZoneStyles } from './upload-zone.styles.js';

/** One file on its way to the server. */
interface Transfer {
  name: string;
  loaded: number;
  total: number;
}

/** Fired when the server has the files; `detail` is their FileData, in order. */
export class UploadedEvent extends Event {
  constructor(readonly files: FileData[]) {
    super('upload-zone-uploaded', { bubbles: true, composed: false });
  }
}

/** Fired when an upload was refused or failed; `message` says why, for the user. */
export class UploadFailedEvent extends Event {
  constructor(readonly message: string) {
    super('upload-zone-failed', { bubbles: true, composed: false });
  }
}

/**
 * The place files come in, shared by every block that takes them (file, image, audio, video,
 * gallery, chat input): click or Enter opens the picker, files can be dropped or pasted, each
 * upload shows its progress with a cancel button, and a refused or failed upload says why and
 * leaves every other value alone. It uploads through `services.upload` (the app's client).
 * Light DOM, like the blocks, so app CSS reaches it; not a block type (the tag has a hyphen).
 */
export class GrUploadZone extends LitElement {
  /** The app's services; the zone uploads through them. */
  @property({ attribute: false }) services: AppServices | null = null;
  /** The block the files are for (events taking its value wait for the upload). */
  @property({ attribute: false }) blockId: number | undefined = undefined;
  /** Gradio's `file_types`. */
  @property({ attribute: false }) fileTypes: readonly string[] | string | null = null;
  /** `single`, `multiple` or `directory`. */
  @property({ attribute: false }) fileCount: 'single' | 'multiple' | 'directory' = 'single';
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** What the drop area says, e.g. "Drop Image Here". */
  @property() prompt = 'Drop File Here';
  /** A button-sized zone (no text block), for toolbars and chat inputs. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** The accessible name of the zone's button. */
  @property({ attribute: 'label' }) accessibleLabel = 'Upload a file';
  /**
   * The block's own text for the zone (Gradio's `placeholder`: a `# heading` line, then text),
   * shown instead of the prompt.
   */
  @property() placeholder: string | null = null;

  @state() private dragging = false;
  @state() private transfers: Transfer[] = [];
  @state() private error: string | null = null;

  #abort: AbortController | null = null;

  static {
    registerStyles(uploadZoneStyles);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Whether an upload is in flight. */
  get uploading(): boolean {
    return this.transfers.length > 0;
  }

  /** Opens the file picker (for a block's own upload button). */
  openPicker(): void {
    if (this.disabled) return;
    this.querySelector<HTMLInputElement>('input[type=file]')?.click();
  }

  /** Uploads files the block got another way (pasted into it, dropped elsewhere on it). */
  async uploadFiles(files: readonly File[]): Promise<void> {
    if (this.disabled || !files.length || this.uploading) return;
    const picked = this.fileCount === 'single' ? files.slice(0, 1) : [...files];
    const services = this.services;
    if (!services) {
      this.#fail('This block is not connected to an app.');
      return;
    }
    this.error = null;
    this.#abort = new AbortController();
    this.transfers = picked.map((f) => ({ name: f.name, loaded: 0, total: f.size }));
    const total = picked.reduce((sum, f) => sum + f.size, 0);
    try {
      const uploaded = await services.upload(picked, {
        fileTypes: this.fileTypes,
        signal: this.#abort.signal,
        blockId: this.blockId,
        onProgress: (loaded) => this.#spread(loaded, total),
      });
      this.transfers = [];
      this.dispatchEvent(new UploadedEvent(uploaded));
    } catch (error) {
      this.transfers = [];
      this.#fail((error as Error).message);
    } finally {
      this.#abort = null;
    }
  }

  /** Cancels the upload in flight. */
  cancel(): void {
    this.#abort?.abort();
  }

  /** The server reports bytes for the whole request: fill the files' bars in order. */
  #spread(loaded: number, total: number): void {
    let left = Math.min(loaded, total);
    this.transfers = this.transfers.map((t) => {
      const part = Math.min(left, t.total);
      left -= part;
      return { ...t, loaded: part };
    });
  }

  #fail(message: string): void {
    this.error = message;
    this.dispatchEvent(new UploadFailedEvent(message));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('disabled') && this.disabled) this.dragging = false;
  }

  #onPicked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // The same file picked twice in a row must still upload.
    input.value = '';
    void this.uploadFiles(files);
  }

  #onDragOver(event: DragEvent): void {
    if (this.disabled || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  #onDrop(event: DragEvent): void {
    if (this.disabled) return;
    event.preventDefault();
    this.dragging = false;
    void this.uploadFiles([...(event.dataTransfer?.files ?? [])]);
  }

  #onPaste(event: ClipboardEvent): void {
    const files = [...(event.clipboardData?.files ?? [])];
    if (!files.length || this.disabled) return;
    event.preventDefault();
    void this.uploadFiles(files);
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    this.openPicker();
  }

  protected override render(): unknown {
    const directory = this.fileCount === 'directory';
    return html`<input
        type="file"
        hidden
        accept=${acceptAttribute(this.fileTypes) ?? nothing}
        ?multiple=${this.fileCount !== 'single'}
        ?webkitdirectory=${directory}
        @change=${this.#onPicked}
      />
      <div
        class="drop ${this.dragging ? 'dragging' : ''}"
        role="button"
        tabindex=${this.disabled ? -1 : 0}
        aria-disabled=${this.disabled ? 'true' : 'false'}
        aria-label=${this.accessibleLabel}
        @click=${() => this.openPicker()}
        @keydown=${this.#onKeyDown}
        @dragover=${this.#onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.#onDrop}
        @paste=${this.#onPaste}
      >
        <span class="icon">${icons.upload}</span>
        ${
          this.compact
            ? nothing
            : this.placeholder?.trim()
              ? renderPlaceholder(this.placeholder)
              : html`<span class="text">${this.prompt}<span class="or">- or -</span>Click to Upload</span>`
        }
      </div>
      ${this.transfers.length ? this.#renderProgress() : nothing}
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}`;
  }

  #renderProgress(): unknown {
    return html`<div class="progress" role="status" aria-label="Uploading">
      ${this.transfers.map((t) => {
        const percent = t.total ? Math.round((t.loaded / t.total) * 100) : 0;
        return html`<div class="transfer">
          <span class="name">${t.name}</span>
          <progress max="100" value=${percent} aria-label=${`Uploading ${t.name}`}></progress>
          <span class="percent">${percent}%</span>
        </div>`;
      })}
      <button type="button" class="cancel" @click=${() => this.cancel()}>Cancel upload</button>
    </div>`;
  }
}

/** Gradio's placeholder text: an optional first `# heading` line, then a paragraph. */
function renderPlaceholder(text: string): unknown {
  const trimmed = text.trim();
  const match = /^#\s*(.+)$/m.exec(trimmed);
  const heading = match ? match[1]!.trim() : '';
  const paragraph = match ? trimmed.slice(match.index + match[0].length).trim() : trimmed;
  return html`<span class="text placeholder"
    >${heading ? html`<strong class="placeholder-heading">${heading}</strong>` : nothing}${
      paragraph ? html`<span class="placeholder-text">${paragraph}</span>` : nothing
    }</span
  >`;
}

if (!customElements.get('gr-upload-zone')) customElements.define('gr-upload-zone', GrUploadZone);

declare global {
  interface HTMLElementTagNameMap {
    'gr-upload-zone': GrUploadZone;
  }
  interface HTMLElementEventMap {
    'upload-zone-uploaded': UploadedEvent;
    'upload-zone-failed': UploadFailedEvent;
  }
}
