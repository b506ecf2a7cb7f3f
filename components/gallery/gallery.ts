import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { cssLength } from '../../src/base/css-length.js';
import { renderValueError } from '../../src/base/block-title.js';
import { fileName, isFileData, type FileData } from '../../src/base/file-data.js';
import { icons } from '../common/icons.js';
import { mediaIcons } from '../common/media-icons.js';
import { renderBlockLabel } from '../common/block-label.js';
import { renderEmptyState } from '../common/empty-state.js';
import { renderCustomButtons } from '../common/custom-buttons.js';
import { downloadFile } from '../common/download.js';
import { FullscreenController } from '../common/fullscreen.js';
import '../common/upload/upload-zone.js';
import type { GrUploadZone, UploadedEvent } from '../common/upload/upload-zone.js';
import '../common/webcam/webcam.js';
import type { WebcamCaptureEvent } from '../common/webcam/webcam.js';
import { uniqueNames, zipStored, type ZipEntry } from './internal/zip.js';
import { galleryStyles } from './gallery.styles.js';

/** One gallery entry as Gradio sends it: an image or a video, with an optional caption. */
export type GalleryItem =
  { image: FileData; caption?: string | null } | { video: FileData; caption?: string | null };

type Fit = 'contain' | 'cover' | 'fill' | 'none' | 'scale-down';

function checkItems(value: unknown): GalleryItem[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new Error('it is not a list of images or videos');
  for (const item of value) {
    const media =
      (item as { image?: unknown; video?: unknown } | null)?.image ?? (item as { video?: unknown })?.video;
    if (!isFileData(media) && typeof (media as { url?: unknown })?.url !== 'string')
      throw new Error('an entry is not an image or a video');
  }
  return value as GalleryItem[];
}

const mediaOf = (item: GalleryItem): FileData => ('image' in item ? item.image : item.video);
const isVideo = (item: GalleryItem): boolean => 'video' in item;

/**
 * @summary A Gradio `Gallery`: a grid of images and videos (`columns`, `rows`, `height`,
 * `object_fit`, `fit_columns`, captions) that stays light with hundreds of items (lazy images
 * decoded off the main thread, tiles whose size never depends on their image); a preview of one item with a thumbnail strip, moved
 * with the arrow keys or a click on either half and closed with Escape; download of one or all
 * (a ZIP); full screen; when interactive, upload (drop, click, paste, webcam), delete and clear.
 * @event gr-select - The user picked an item: `{index, value: {image|video, caption}}`.
 * @event gr-preview_open - The preview opened by the user's click.
 * @event gr-preview_close - The user closed the preview.
 * @event gr-upload - The user's files reached the server; the payload is the new items.
 * @event gr-change - The items changed through the user.
 * @event gr-delete - The user removed an item: `{file, index}` (and the file's own fields, for
 *   gr.DeletedFileData).
 * @event gr-custom_button_click - One of the app's buttons in the toolbar: `{id}`.
 */
@block('gallery')
export class GrGallery extends GradioElement {
  static override css = galleryStyles;
  /** The shown item changes by the user; kept so the next sync does not close the preview. */
  static override userProps = ['selectedIndex'];

  /** The items, or null. */
  @property({ attribute: false }) value: GalleryItem[] | null = null;
  /** Items per row (a list, from old servers: one per breakpoint). */
  @property({ attribute: false }) columns: number | number[] | null = 2;
  /** Rows the grid shows before it scrolls. */
  @property({ attribute: false }) rows: number | number[] | null = null;
  /** Height of the grid (px or CSS length; "auto" for Gradio's default box). */
  @property({ attribute: false }) height: number | string | null = null;
  /** How each thumbnail fills its square. */
  @property() objectFit: Fit | null = null;
  /** Fewer columns than `columns` when there are fewer items. */
  @property({ type: Boolean }) fitColumns = true;
  /** A click opens the preview. */
  @property({ type: Boolean }) allowPreview = true;
  /** Start in the preview of the first item. */
  @property({ type: Boolean }) preview: boolean | null = null;
  /** The item shown in the preview (or highlighted), or null. */
  @property({ type: Number }) selectedIndex: number | null = null;
  /** 6.x toolbar: `share`, `download`, `download_all`, `fullscreen`, gr.Button entries; null: all. */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;
  /** 5.x spellings. */
  @property({ attribute: false }) showDownloadButton: boolean | null = null;
  @property({ attribute: false }) showFullscreenButton: boolean | null = null;
  /** Accepted uploads (Gradio's `file_types`); images and videos by default. */
  @property({ attribute: false }) fileTypes: string[] | null = null;
  /** Where uploads may come from: `upload`, `webcam`, `clipboard`. */
  @property({ attribute: false }) sources: string[] | null = null;

  @state() private webcamOpen = false;
  @state() private notice: string | null = null;
  @state() private broken = new Set<number>();

  readonly #fullscreen = new FullscreenController(this);
  #started = false;
  #previousValue: unknown = undefined;

  get #items(): GalleryItem[] {
    return checkItems(this.value);
  }

  #shows(button: 'download' | 'download_all' | 'fullscreen'): boolean {
    if (this.buttons) return this.buttons.includes(button);
    if (button === 'download') return this.showDownloadButton ?? true;
    if (button === 'fullscreen') return this.showFullscreenButton ?? true;
    return true;
  }

  get #fileTypes(): string[] {
    return this.fileTypes ?? ['image', 'video'];
  }

  get #sources(): string[] {
    return this.sources ?? ['upload'];
  }

  /** The drop zone (its file input), for tests. */
  get uploadZone(): GrUploadZone | null {
    return this.querySelector('gr-upload-zone');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    let items: GalleryItem[];
    try {
      items = this.#items;
    } catch {
      return;
    }
    if (!this.#started) {
      this.#started = true;
      if (this.selectedIndex === null && this.preview && items.length) this.selectedIndex = 0;
    } else if (
      changed.has('value') &&
      this.#previousValue !== undefined &&
      !sameItems(this.#previousValue, this.value)
    ) {
      // New items keep the shown index when it still exists (as on Gradio's page).
      if (this.selectedIndex !== null)
        this.selectedIndex = items.length
          ? Math.max(0, Math.min(this.selectedIndex, items.length - 1))
          : null;
      this.broken = new Set();
    }
    if (changed.has('value')) this.#previousValue = this.value;
  }

  // ---- selection and preview ----

  #select(index: number): void {
    const item = this.#items[index];
    if (!item) return;
    this.emit('select', { index, value: item });
  }

  #open(index: number): void {
    if (this.selectedIndex === null && this.allowPreview) this.emit('preview_open');
    this.selectedIndex = index;
    this.#select(index);
    if (this.allowPreview) void this.#focusPreview();
  }

  #closePreview(): void {
    const index = this.selectedIndex;
    this.selectedIndex = null;
    this.emit('preview_close');
    void this.updateComplete.then(() => {
      if (index !== null) this.querySelector<HTMLElement>(`.grid .thumbnail[data-index="${index}"]`)?.focus();
    });
  }

  #step(delta: number): void {
    const n = this.#items.length;
    if (!n) return;
    const next = ((this.selectedIndex ?? 0) + delta + n) % n;
    this.selectedIndex = next;
    this.#select(next);
    void this.#scrollThumbIntoView(next);
  }

  async #focusPreview(): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>('.preview .media-button')?.focus({ preventScroll: true });
    if (this.selectedIndex !== null) await this.#scrollThumbIntoView(this.selectedIndex);
  }

  async #scrollThumbIntoView(index: number): Promise<void> {
    await this.updateComplete;
    const strip = this.querySelector<HTMLElement>('.preview .thumbnails');
    const thumb = strip?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (!strip || !thumb) return;
    // Scroll the strip only (never the page): centre the thumbnail.
    const left = thumb.offsetLeft - strip.clientWidth / 2 + thumb.offsetWidth / 2;
    strip.scrollTo({ left: Math.max(0, left), behavior: 'smooth' });
  }

  #onPreviewKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.#closePreview();
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      this.#step(-1);
    } else if (event.key === 'ArrowRight') {
      event.preventDefault();
      this.#step(1);
    }
  }

  /** A click on the left half shows the previous item, on the right half the next. */
  #onMediaClick(event: MouseEvent): void {
    const target = event.currentTarget as HTMLElement;
    const box = target.getBoundingClientRect();
    this.#step(event.clientX - box.left < box.width / 2 ? -1 : 1);
  }

  // ---- edits ----

  #toItems(files: FileData[]): GalleryItem[] {
    return files.map((file) =>
      (file.mime_type ?? '').includes('video') || /\.(mp4|webm|ogg|mov|avi|mkv)$/i.test(file.path)
        ? { video: file, caption: null }
        : { image: file, caption: null },
    );
  }

  #append(files: FileData[], upload: boolean): void {
    const added = this.#toItems(files);
    if (!added.length) return;
    this.value = [...this.#items, ...added];
    this.webcamOpen = false;
    this.notice = null;
    if (upload) this.emit('upload', added);
    this.emit('change');
  }

  #onUploaded(event: UploadedEvent): void {
    this.#append(event.files, true);
  }

  #delete(index: number): void {
    const items = this.#items;
    const item = items[index];
    if (!item) return;
    // Gradio's page sends {file, index}; 6.31's gr.DeletedFileData reads the payload as the file
    // itself and fails on that. Both fit here: the file's own fields, plus `file` and `index`.
    const file = mediaOf(item);
    this.emit('delete', { ...file, file, index });
    this.value = items.filter((_, i) => i !== index);
    this.emit('change');
  }

  #clear(): void {
    this.value = [];
    this.selectedIndex = null;
    this.emit('change');
  }

  async #onCapture(event: WebcamCaptureEvent): Promise<void> {
    try {
      const files = await this.services!.upload(
        [new File([event.blob], 'webcam_upload.png', { type: 'image/png' })],
        {
          fileTypes: this.#fileTypes,
          blockId: this.blockId,
        },
      );
      this.#append(files, false);
    } catch (error) {
      this.notice = `The photo could not be uploaded: ${(error as Error).message}`;
    }
  }

  async #paste(): Promise<void> {
    const hint = 'Press Ctrl+V (⌘V on a Mac) to paste an image here.';
    if (typeof navigator.clipboard?.read !== 'function') {
      this.notice = hint;
      return;
    }
    try {
      for (const item of await navigator.clipboard.read()) {
        const type = item.types.find((t) => t.startsWith('image/') || t.startsWith('video/'));
        if (!type) continue;
        const blob = await item.getType(type);
        await this.#uploadFiles([new File([blob], `clipboard.${type.split('/')[1]}`, { type })]);
        return;
      }
      this.notice = 'There is no image or video in the clipboard.';
    } catch {
      this.notice = hint;
    }
  }

  async #uploadFiles(files: File[]): Promise<void> {
    await this.updateComplete;
    await this.uploadZone?.uploadFiles(files);
  }

  #onPaste(event: ClipboardEvent): void {
    if (event.defaultPrevented || !this.interactive) return;
    const files = [...(event.clipboardData?.files ?? [])];
    if (!files.length) return;
    event.preventDefault();
    void this.#uploadFiles(files);
  }

  #onDragOver(event: DragEvent): void {
    if (!this.interactive || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
  }

  #onDrop(event: DragEvent): void {
    if (!this.interactive || !event.dataTransfer?.files.length || event.defaultPrevented) return;
    event.preventDefault();
    void this.#uploadFiles([...event.dataTransfer.files]);
  }

  // ---- downloads ----

  #url(file: FileData): string {
    return this.services?.fileUrl(file) ?? file.url ?? '';
  }

  async #downloadSelected(): Promise<void> {
    const item = this.#items[this.selectedIndex ?? -1];
    if (!item) return;
    const file = mediaOf(item);
    await downloadFile(this.#url(file), fileName(file) || 'image', this);
  }

  async #downloadAll(): Promise<void> {
    const items = this.#items;
    const names = uniqueNames(
      items.map((item, i) => {
        const file = mediaOf(item);
        return (
          file.orig_name || file.path?.split(/[\\/]/).pop() || `${isVideo(item) ? 'video' : 'image'}-${i + 1}`
        );
      }),
    );
    const entries = (
      await Promise.all(
        items.map(async (item, i) => {
          try {
            // Not from the cache (see downloadFile): the thumbnails were fetched without CORS.
            const response = await fetch(this.#url(mediaOf(item)), {
              credentials: 'omit',
              cache: 'no-store',
            });
            if (!response.ok) return null;
            const entry: ZipEntry = { name: names[i]!, data: new Uint8Array(await response.arrayBuffer()) };
            return entry;
          } catch {
            return null;
          }
        }),
      )
    ).filter((e) => e !== null);
    if (!entries.length) {
      this.notice = 'The files could not be downloaded.';
      return;
    }
    const url = URL.createObjectURL(new Blob([zipStored(entries)], { type: 'application/zip' }));
    try {
      await downloadFile(url, 'gallery.zip', this);
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  // ---- rendering ----

  protected override renderContent(): unknown {
    let items: GalleryItem[];
    try {
      items = this.#items;
    } catch (error) {
      return html`<div class="block">
        ${renderValueError(`This gallery cannot show its value: ${(error as Error).message}.`)}
      </div>`;
    }
    const label = this.label || 'Gallery';
    const previewIndex =
      this.allowPreview && this.selectedIndex !== null && items[this.selectedIndex]
        ? this.selectedIndex
        : null;
    const heightStyle =
      this.height !== null && this.height !== 'auto' ? `height:${cssLength(this.height)}` : '';
    return html`<div
      class="block ${this.container ? '' : 'no-container'}"
      style=${heightStyle}
      @paste=${this.#onPaste}
      @dragover=${this.#onDragOver}
      @drop=${this.#onDrop}
    >
      ${renderBlockLabel({ label, show: this.showLabel, icon: icons.image, container: this.container })}
      ${
        this.interactive && this.webcamOpen
          ? html`<div class="webcam-wrap">
              <gr-webcam label=${label} @webcam-capture=${this.#onCapture}></gr-webcam>
              <button
                type="button"
                class="icon-button close-webcam"
                aria-label="Close camera"
                @click=${() => (this.webcamOpen = false)}
              >
                ${icons.close}
              </button>
            </div>`
          : !items.length
            ? this.interactive
              ? html`<gr-upload-zone
                  class="full"
                  .services=${this.services}
                  .blockId=${this.blockId}
                  .fileTypes=${this.#fileTypes}
                  .fileCount=${'multiple'}
                  prompt="Drop Media Here"
                  label=${`Upload images or videos to ${label}`}
                  @upload-zone-uploaded=${this.#onUploaded}
                ></gr-upload-zone>`
              : renderEmptyState(icons.image, 'large')
            : html`<div class="gallery-container">
                ${previewIndex !== null ? this.#renderPreview(items, previewIndex) : nothing}
                ${this.#renderGrid(items, previewIndex !== null)}
              </div>`
      }
      ${this.notice ? html`<div class="notice" role="status">${this.notice}</div>` : nothing}
    </div>`;
  }

  #renderToolbar(items: GalleryItem[]): unknown {
    const custom = renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }));
    const sources = this.#sources;
    return html`<div class="icon-buttons grid-tools">
      ${custom}
      ${
        this.#shows('download_all') && items.length
          ? html`<button
              type="button"
              class="icon-button"
              aria-label="Download all"
              title="Download all"
              @click=${() => void this.#downloadAll()}
            >
              ${mediaIcons.downloadAll}
            </button>`
          : nothing
      }
      ${this.#shows('fullscreen') && items.length ? this.#fullscreen.renderButton() : nothing}
      ${
        this.interactive
          ? html`${
                sources.includes('upload')
                  ? html`<gr-upload-zone
                      compact
                      class="icon-zone"
                      .services=${this.services}
                      .blockId=${this.blockId}
                      .fileTypes=${this.#fileTypes}
                      .fileCount=${'multiple'}
                      label="Upload more images or videos"
                      @upload-zone-uploaded=${this.#onUploaded}
                    ></gr-upload-zone>`
                  : nothing
              }
              ${
                sources.includes('webcam')
                  ? html`<button
                      type="button"
                      class="icon-button"
                      aria-label="Capture from camera"
                      title="Capture from camera"
                      @click=${() => (this.webcamOpen = true)}
                    >
                      ${mediaIcons.webcam}
                    </button>`
                  : nothing
              }
              ${
                sources.includes('clipboard')
                  ? html`<button
                      type="button"
                      class="icon-button"
                      aria-label="Paste from clipboard"
                      title="Paste from clipboard"
                      @click=${() => void this.#paste()}
                    >
                      ${mediaIcons.paste}
                    </button>`
                  : nothing
              }
              <button
                type="button"
                class="icon-button"
                aria-label="Clear"
                title="Clear"
                @click=${this.#clear}
              >
                ${icons.trash}
              </button>`
          : nothing
      }
    </div>`;
  }

  /**
   * Columns at each width the grid may have (Gradio's breakpoints: base, 640, 768, 1024, 1280,
   * 1536 px), fitted to the item count. A number applies at every width; a list (older servers)
   * gives one per breakpoint, the last one carrying on. Here the widths are the gallery's own
   * (container queries), so an embed in a narrow column gets the narrow layout.
   */
  #columnsByWidth(count: number): number[] {
    const list = (Array.isArray(this.columns) ? this.columns : [this.columns ?? 2]).map((c) =>
      Math.max(1, Number(c) || 2),
    );
    return Array.from({ length: 6 }, (_, i) => {
      const columns = list[Math.min(i, list.length - 1)]!;
      return this.fitColumns && count ? Math.min(columns, count) : columns;
    });
  }

  #renderGrid(items: GalleryItem[], hidden: boolean): unknown {
    const rows = Array.isArray(this.rows) ? this.rows[0] : this.rows;
    const fixed = this.height === null || this.height === 'auto';
    const style = [
      ...this.#columnsByWidth(items.length).map((c, i) => `--_c${i}:${c}`),
      rows ? `--_rows:${rows}` : '',
      `--_fit:${this.objectFit ?? 'cover'}`,
    ].join(';');
    return html`<div
      class="grid-wrap ${fixed ? 'fixed-height' : ''}"
      ?inert=${hidden}
      aria-hidden=${hidden ? 'true' : 'false'}
    >
      ${this.#renderToolbar(items)}
      <ul
        class="grid ${rows ? 'has-rows' : ''} ${this.showLabel ? 'under-label' : ''}"
        style=${style}
        aria-label=${this.label || 'Gallery'}
      >
        ${repeat(
          items,
          (item, i) => `${i}:${mediaOf(item).url ?? mediaOf(item).path}`,
          (item, i) => this.#renderTile(item, i, items.length),
        )}
      </ul>
    </div>`;
  }

  #renderTile(item: GalleryItem, i: number, n: number): unknown {
    const media = mediaOf(item);
    const url = this.#url(media);
    const caption = item.caption ?? '';
    return html`<li class="gallery-item">
      <button
        type="button"
        class="thumbnail ${this.selectedIndex === i ? 'selected' : ''}"
        data-index=${i}
        aria-label=${`Thumbnail ${i + 1} of ${n}${caption ? `: ${caption}` : ''}`}
        @click=${() => this.#open(i)}
      >
        ${
          this.broken.has(i)
            ? html`<span class="missing" title="This file is missing or has expired">${icons.image}</span>`
            : isVideo(item)
              ? html`<video src=${url} preload="metadata" muted playsinline tabindex="-1"></video
                  ><span class="play" aria-hidden="true">${mediaIcons.play}</span>`
              : html`<img
                  src=${url}
                  alt=${caption}
                  loading="lazy"
                  decoding="async"
                  @error=${() => (this.broken = new Set(this.broken).add(i))}
                />`
        }
        ${caption ? html`<span class="caption-label">${caption}</span>` : nothing}
      </button>
      ${
        this.interactive
          ? html`<button
              type="button"
              class="delete-button"
              aria-label=${`Delete item ${i + 1}`}
              @click=${(e: Event) => (e.stopPropagation(), this.#delete(i))}
            >
              ${icons.close}
            </button>`
          : nothing
      }
    </li>`;
  }

  #renderPreview(items: GalleryItem[], index: number): unknown {
    const item = items[index]!;
    const media = mediaOf(item);
    const url = this.#url(media);
    const caption = item.caption ?? '';
    const custom = renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }));
    return html`<div
      class="preview"
      role="dialog"
      aria-label=${`Preview of item ${index + 1} of ${items.length}`}
      @keydown=${this.#onPreviewKey}
    >
      <div class="icon-buttons">
        ${custom}
        ${
          this.#shows('download')
            ? html`<button
                type="button"
                class="icon-button"
                aria-label="Download"
                title="Download"
                @click=${() => void this.#downloadSelected()}
              >
                ${icons.download}
              </button>`
            : nothing
        }
        ${this.#shows('fullscreen') ? this.#fullscreen.renderButton() : nothing}
        <button
          type="button"
          class="icon-button"
          aria-label="Close"
          title="Close"
          @click=${() => this.#closePreview()}
        >
          ${icons.close}
        </button>
      </div>
      ${
        isVideo(item)
          ? html`<div class="media-button video">
              <video src=${url} controls playsinline aria-label=${caption || 'Video'}></video>
            </div>`
          : html`<button
              type="button"
              class="media-button"
              aria-label="Detailed view of the selected image (left half: previous, right half: next)"
              @click=${this.#onMediaClick}
            >
              ${
                this.broken.has(index)
                  ? html`<span class="missing-text" role="alert"
                      >This image is missing or has expired on the server.</span
                    >`
                  : html`<img
                      src=${url}
                      alt=${caption}
                      @error=${() => (this.broken = new Set(this.broken).add(index))}
                    />`
              }
            </button>`
      }
      ${caption ? html`<p class="caption">${caption}</p>` : nothing}
      <div class="thumbnails" role="group" aria-label="Thumbnails">
        ${repeat(
          items,
          (it, i) => `${i}:${mediaOf(it).url ?? mediaOf(it).path}`,
          (it, i) =>
            html`<button
              type="button"
              class="thumbnail small ${i === index ? 'selected' : ''}"
              data-index=${i}
              aria-label=${`Thumbnail ${i + 1} of ${items.length}`}
              aria-current=${i === index ? 'true' : 'false'}
              @click=${() => {
                this.selectedIndex = i;
                this.#select(i);
              }}
            >
              ${
                isVideo(it)
                  ? html`<span class="play" aria-hidden="true">${mediaIcons.play}</span>`
                  : html`<img src=${this.#url(mediaOf(it))} alt="" loading="lazy" decoding="async" />`
              }
            </button>`,
        )}
      </div>
    </div>`;
  }
}

/** Whether two gallery values hold the same items (the app hands back equal copies). */
function sameItems(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-gallery': GrGallery;
  }
}
