import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { cssLength } from '../../src/base/css-length.js';
import { renderValueError } from '../../src/base/block-title.js';
import type { FileData } from '../../src/base/file-data.js';
import { icons } from '../common/icons.js';
import { renderBlockLabel } from '../common/block-label.js';
import { renderEmptyState } from '../common/empty-state.js';
import { renderCustomButtons } from '../common/custom-buttons.js';
import { downloadFile } from '../common/download.js';
import { renderMissingFile } from '../common/missing-file.js';
import { FullscreenController } from '../common/fullscreen.js';
import { renderSourceSelect, type MediaSource } from '../common/source-select.js';
import '../common/upload/upload-zone.js';
import type { GrUploadZone, UploadedEvent } from '../common/upload/upload-zone.js';
import '../common/webcam/webcam.js';
import type { GrWebcam, WebcamCaptureEvent, WebcamFrameEvent } from '../common/webcam/webcam.js';
import { pixelAt, pointOf } from './internal/coords.js';
import { imageStyles } from './image.styles.js';

/** An image value: Gradio's ImageData (a FileData), or `{url}` (a streamed frame, a data URL). */
export type ImageValue = (Partial<FileData> & { url?: string | null; alt_text?: string | null }) | null;

const DEFAULT_SOURCES = ['upload', 'webcam', 'clipboard'];
const IMAGE_TYPES = ['image'];

function isImageValue(value: unknown): value is ImageValue {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'object') return false;
  const { url, path } = value as { url?: unknown; path?: unknown };
  return typeof url === 'string' || typeof path === 'string';
}

/** Whether the browser can read images from the clipboard on request (the async Clipboard API). */
const canReadClipboard = (): boolean => typeof navigator.clipboard?.read === 'function';

/**
 * @summary A Gradio `Image`: shows an image (fit inside `height`/`width`, full screen, download),
 * and when interactive takes one by drop, click, paste or the webcam (mirror, camera choice),
 * or streams webcam frames (`streaming`). `select` reports the clicked pixel `[x, y]` in the
 * image's own pixels; from the keyboard, arrow keys move a cross-hair and Enter picks.
 * @event gr-upload - The user's image reached the server.
 * @event gr-input - The user changed the image (upload, capture, clear).
 * @event gr-change - The image changed through the user.
 * @event gr-clear - The user removed the image.
 * @event gr-select - The user picked a pixel: `{index: [x, y], value: null}`.
 * @event gr-stream - A webcam frame while streaming: `{value: {url}, is_value_data: true}`; the
 * frame is also the block's value.
 * @event gr-stop_recording - Streaming stopped (by the user, the time limit, or the camera going away).
 * @event gr-close_stream - The same moment, under the name Gradio's own page uses.
 * @event gr-custom_button_click - One of the app's buttons in the toolbar: `{id}`.
 */
@block('image')
export class GrImage extends GradioElement {
  static override css = imageStyles;

  /** Gradio's ImageData (FileData), a `{url}` frame, or null. */
  @property({ attribute: false }) value: ImageValue = null;
  /** Where an image may come from: `upload`, `webcam`, `clipboard`. */
  @property({ attribute: false }) sources: readonly string[] | string | null = null;
  /** Block height and width (px number or CSS length); the image fits inside. */
  @property({ attribute: false }) height: number | string | null = null;
  @property({ attribute: false }) width: number | string | null = null;
  /** 6.x toolbar: `download`, `share`, `fullscreen` and gr.Button entries; null shows the built-ins. */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;
  /** 5.x spellings of the toolbar. */
  @property({ attribute: false }) showDownloadButton: boolean | null = null;
  @property({ attribute: false }) showFullscreenButton: boolean | null = null;
  /** 6.x `webcam_options`: `{mirror, constraints}`. */
  @property({ attribute: false }) webcamOptions: { mirror?: boolean; constraints?: unknown } | null = null;
  /** 5.x spellings of the webcam options. */
  @property({ attribute: false }) mirrorWebcam: boolean | null = null;
  @property({ attribute: false }) webcamConstraints: Record<string, unknown> | null = null;
  /** Stream webcam frames (with `sources: ["webcam"]`). */
  @property({ type: Boolean }) streaming = false;
  /** Seconds between streamed frames (set from the stream listener's `stream_every`). */
  @property({ type: Number }) streamEvery = 0.5;
  /** Seconds a stream may run (the stream listener's `time_limit`), if any. */
  @property({ type: Number }) timeLimit: number | null = null;
  /** Whether a `select` listener is bound. */
  @property({ type: Boolean }) selectable = false;
  /** Text for the empty drop area (`# heading` then text). */
  @property() placeholder: string | null = null;
  /** Alternative text for the image (6.x `alt_text`); a value's own `alt_text` wins. */
  @property() altText: string | null = null;

  /** The source in use (the first of `sources` until the user picks another). */
  @state() private activeSource: MediaSource | null = null;
  /** The shown image failed to load (a missing or expired file). */
  @state() private brokenUrl: string | null = null;
  /** A message about the clipboard or camera, for the user. */
  @state() private notice: string | null = null;
  /** The keyboard cross-hair, in image pixels. */
  @state() private cursor: [number, number] | null = null;

  readonly #fullscreen = new FullscreenController(this);

  get #sources(): string[] {
    const sources = this.sources ?? (this.streaming ? ['webcam'] : DEFAULT_SOURCES);
    return typeof sources === 'string' ? [sources] : [...sources];
  }

  get #source(): MediaSource | null {
    return this.activeSource ?? ((this.#sources[0] as MediaSource | undefined) || null);
  }

  get #mirror(): boolean {
    return this.webcamOptions?.mirror ?? this.mirrorWebcam ?? true;
  }

  get #constraints(): Record<string, unknown> | null {
    const options = this.webcamOptions?.constraints;
    if (options && typeof options === 'object') return options as Record<string, unknown>;
    return this.webcamConstraints;
  }

  #shows(button: 'download' | 'fullscreen'): boolean {
    if (this.buttons) return this.buttons.includes(button);
    const legacy = button === 'download' ? this.showDownloadButton : this.showFullscreenButton;
    return legacy ?? true;
  }

  /** The drop zone (its file input, progress and messages), for tests and paste. */
  get uploadZone(): GrUploadZone | null {
    return this.querySelector('gr-upload-zone');
  }

  /** The camera, while the webcam source is shown. */
  get webcam(): GrWebcam | null {
    return this.querySelector('gr-webcam');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value')) {
      this.cursor = null;
      if (this.brokenUrl && this.#url() !== this.brokenUrl) this.brokenUrl = null;
    }
    if (changed.has('sources') && this.activeSource && !this.#sources.includes(this.activeSource)) {
      this.activeSource = null;
    }
  }

  #url(): string | null {
    const value = this.value;
    if (!value) return null;
    return this.services?.fileUrl(value) ?? (typeof value.url === 'string' ? value.url : null);
  }

  // ---- user actions ----

  #onUploaded(event: UploadedEvent): void {
    const file = event.files[0];
    if (!file) return;
    this.notice = null;
    this.value = file;
    this.emit('upload');
    this.emit('input');
    this.emit('change');
  }

  #clear(): void {
    if (this.value === null) return;
    void this.#fullscreen.exit();
    this.value = null;
    this.emit('clear');
    this.emit('input');
    this.emit('change');
  }

  async #onCapture(event: WebcamCaptureEvent): Promise<void> {
    const services = this.services;
    if (!services) return;
    try {
      const [file] = await services.upload([new File([event.blob], 'image.png', { type: 'image/png' })], {
        fileTypes: IMAGE_TYPES,
        blockId: this.blockId,
      });
      if (!file) return;
      this.notice = null;
      this.value = file;
      this.emit('input');
      this.emit('change');
    } catch (error) {
      this.notice = `The photo could not be uploaded: ${(error as Error).message}`;
    }
  }

  /** A streamed frame is the block's value (what Gradio's Image sends per frame), then `stream`. */
  #onFrame(event: WebcamFrameEvent): void {
    this.value = { url: event.dataUrl };
    this.emit('stream', { value: this.value, is_value_data: true });
  }

  #onStreamStop(): void {
    this.emit('stop_recording');
    this.emit('close_stream');
  }

  async #selectSource(source: MediaSource): Promise<void> {
    this.notice = null;
    // As on Gradio's page, picking a source starts from an empty image.
    if (!this.streaming) this.#clear();
    this.activeSource = source;
    if (source === 'clipboard') await this.#pasteFromClipboard();
  }

  /** The clipboard source: read an image through the async Clipboard API, else ask for Ctrl+V. */
  async #pasteFromClipboard(): Promise<void> {
    const hint = 'Press Ctrl+V (⌘V on a Mac) to paste an image here.';
    if (!canReadClipboard()) {
      this.notice = hint;
      await this.updateComplete;
      this.querySelector<HTMLElement>('gr-upload-zone .drop')?.focus();
      return;
    }
    try {
      const items = await navigator.clipboard.read();
      for (const item of items) {
        const type = item.types.find((t) => t.startsWith('image/'));
        if (!type) continue;
        const blob = await item.getType(type);
        await this.updateComplete;
        await this.uploadZone?.uploadFiles([new File([blob], `clipboard.${type.slice(6)}`, { type })]);
        return;
      }
      this.notice = 'There is no image in the clipboard.';
    } catch {
      this.notice = hint;
      await this.updateComplete;
      this.querySelector<HTMLElement>('gr-upload-zone .drop')?.focus();
    }
  }

  /** A paste anywhere in the block (the zone handles its own). */
  #onPaste(event: ClipboardEvent): void {
    if (event.defaultPrevented || !this.interactive || this.streaming) return;
    const files = [...(event.clipboardData?.files ?? [])].filter((f) => f.type.startsWith('image/'));
    if (!files.length) return;
    event.preventDefault();
    void this.uploadZone?.uploadFiles(files);
  }

  /** An image dropped onto the shown one replaces it. */
  #onDragOver(event: DragEvent): void {
    if (!this.interactive || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }

  #onDrop(event: DragEvent): void {
    if (!this.interactive || !event.dataTransfer?.files.length) return;
    event.preventDefault();
    event.stopPropagation();
    void this.uploadZone?.uploadFiles([...event.dataTransfer.files]);
  }

  async #download(): Promise<void> {
    const url = this.#url();
    if (!url) return;
    const name = this.value?.orig_name || 'image';
    await downloadFile(url, name.includes('.') ? name : `${name}.png`, this);
  }

  #image(): HTMLImageElement | null {
    return this.querySelector('.image-frame img');
  }

  #onImageClick(event: MouseEvent): void {
    if (!this.selectable) return;
    const img = this.#image();
    if (!img) return;
    const pixel = pixelAt(
      img.getBoundingClientRect(),
      { width: img.naturalWidth, height: img.naturalHeight },
      event.clientX,
      event.clientY,
    );
    if (pixel) this.emit('select', { index: pixel, value: null });
  }

  /** Keyboard selection: arrows move a cross-hair (Shift: 10 %), Enter or Space picks its pixel. */
  #onImageKey(event: KeyboardEvent): void {
    if (!this.selectable) return;
    const img = this.#image();
    if (!img?.naturalWidth) return;
    const w = img.naturalWidth;
    const h = img.naturalHeight;
    const [x, y] = this.cursor ?? [Math.floor(w / 2), Math.floor(h / 2)];
    const stepX = event.shiftKey ? Math.max(1, Math.round(w / 10)) : Math.max(1, Math.round(w / 100));
    const stepY = event.shiftKey ? Math.max(1, Math.round(h / 10)) : Math.max(1, Math.round(h / 100));
    const clamp = (v: number, max: number) => Math.min(max - 1, Math.max(0, v));
    switch (event.key) {
      case 'ArrowLeft':
        this.cursor = [clamp(x - stepX, w), y];
        break;
      case 'ArrowRight':
        this.cursor = [clamp(x + stepX, w), y];
        break;
      case 'ArrowUp':
        this.cursor = [x, clamp(y - stepY, h)];
        break;
      case 'ArrowDown':
        this.cursor = [x, clamp(y + stepY, h)];
        break;
      case 'Enter':
      case ' ':
        this.cursor = [x, y];
        this.emit('select', { index: [x, y], value: null });
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  // ---- rendering ----

  protected override renderContent(): unknown {
    if (!isImageValue(this.value)) {
      return html`<div class="block">
        ${renderBlockLabel({ label: this.label || 'Image', show: this.showLabel, icon: icons.image })}
        ${renderValueError('This image block cannot show its value: it is not an image file.')}
      </div>`;
    }
    const url = this.#url();
    const interactive = this.interactive;
    const streaming = interactive && this.streaming;
    const source = this.#source;
    const webcamShown = interactive && source === 'webcam' && (streaming || !url);
    const showImage = Boolean(url) && !streaming;
    const style = [
      this.height !== null ? `height:${cssLength(this.height)}` : '',
      this.width !== null ? `width:${cssLength(this.width)}` : '',
    ].join(';');
    const empty = !url;
    return html`<div
      class="block ${this.container ? '' : 'no-container'} ${empty && interactive ? 'dashed' : ''} ${this.height !== null ? 'fixed-height' : ''}"
      style=${style}
      @paste=${this.#onPaste}
    >
      ${renderBlockLabel({ label: this.label || 'Image', show: this.showLabel, icon: icons.image, container: this.container })}
      ${this.#renderToolbar(showImage)}
      <div class="image-container">
        ${
          interactive && !webcamShown
            ? html`<gr-upload-zone
                class=${showImage ? 'behind' : ''}
                .services=${this.services}
                .blockId=${this.blockId}
                .fileTypes=${IMAGE_TYPES}
                ?disabled=${!this.#sources.some((s) => s === 'upload' || s === 'clipboard')}
                prompt=${source === 'clipboard' ? 'Paste from clipboard' : 'Drop Image Here'}
                .placeholder=${source === 'clipboard' ? null : this.placeholder}
                label=${`Upload an image to ${this.label || 'Image'}`}
                @upload-zone-uploaded=${this.#onUploaded}
              ></gr-upload-zone>`
            : nothing
        }
        ${
          webcamShown
            ? html`<gr-webcam
                .mirror=${this.#mirror}
                .constraints=${this.#constraints}
                .streaming=${streaming}
                .streamEvery=${this.streamEvery}
                .timeLimit=${this.timeLimit}
                label=${this.label || 'Image'}
                @webcam-capture=${this.#onCapture}
                @webcam-frame=${this.#onFrame}
                @webcam-stream-stop=${this.#onStreamStop}
              ></gr-webcam>`
            : nothing
        }
        ${showImage ? this.#renderImage(url!) : nothing}
        ${!interactive && !url ? renderEmptyState(icons.image, 'large') : nothing}
      </div>
      ${this.notice ? html`<div class="notice" role="status">${this.notice}</div>` : nothing}
      ${
        interactive && !this.streaming
          ? renderSourceSelect(this.#sources, source, (s) => void this.#selectSource(s))
          : nothing
      }
    </div>`;
  }

  #renderToolbar(showImage: boolean): unknown {
    const custom = renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }));
    const fullscreen = showImage && this.#shows('fullscreen');
    const download = showImage && !this.interactive && this.#shows('download');
    const clear = showImage && this.interactive;
    if (!fullscreen && !download && !clear && custom === nothing) return nothing;
    return html`<div class="icon-buttons">
      ${custom} ${fullscreen ? this.#fullscreen.renderButton() : nothing}
      ${
        download
          ? html`<button
              type="button"
              class="icon-button"
              aria-label="Download"
              title="Download"
              @click=${() => void this.#download()}
            >
              ${icons.download}
            </button>`
          : nothing
      }
      ${
        clear
          ? html`<button
              type="button"
              class="icon-button"
              aria-label="Remove Image"
              title="Remove Image"
              @click=${(e: Event) => (e.stopPropagation(), this.#clear())}
            >
              ${icons.close}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderImage(url: string): unknown {
    if (this.brokenUrl === url) {
      return renderMissingFile();
    }
    const alt = this.value?.alt_text ?? this.altText ?? '';
    const selectable = this.selectable;
    const cursor = this.cursor ? this.#cursorStyle(this.cursor) : null;
    return html`<div
      class="image-frame ${selectable ? 'selectable' : ''}"
      role=${selectable ? 'button' : nothing}
      tabindex=${selectable ? 0 : nothing}
      aria-label=${selectable ? `${this.label || 'Image'}: pick a point (arrow keys move, Enter picks)` : nothing}
      @click=${this.#onImageClick}
      @keydown=${this.#onImageKey}
      @dragover=${this.#onDragOver}
      @drop=${this.#onDrop}
    >
      <img
        src=${url}
        alt=${alt}
        decoding="async"
        @error=${() => (this.brokenUrl = url)}
        @load=${() => this.requestUpdate()}
      />
      ${cursor ? html`<span class="crosshair" style=${cursor} aria-hidden="true"></span>` : nothing}
    </div>`;
  }

  #cursorStyle(pixel: [number, number]): string | null {
    const img = this.#image();
    if (!img?.naturalWidth) return null;
    const point = pointOf(
      { width: img.clientWidth, height: img.clientHeight },
      { width: img.naturalWidth, height: img.naturalHeight },
      pixel,
    );
    return `left:${img.offsetLeft + point.x}px;top:${img.offsetTop + point.y}px`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-image': GrImage;
  }
}
