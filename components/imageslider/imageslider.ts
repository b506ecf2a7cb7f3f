import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { cssLength } from '../../src/base/css-length.js';
import { renderValueError } from '../../src/base/block-title.js';
import { isFileData, type FileData } from '../../src/base/file-data.js';
import { icons } from '../common/icons.js';
import { renderBlockLabel } from '../common/block-label.js';
import { renderEmptyState } from '../common/empty-state.js';
import { renderCustomButtons } from '../common/custom-buttons.js';
import { downloadFile } from '../common/download.js';
import { FullscreenController } from '../common/fullscreen.js';
import { renderMissingFile } from '../common/missing-file.js';
import '../common/upload/upload-zone.js';
import type { UploadedEvent } from '../common/upload/upload-zone.js';
import { imagesliderStyles } from './imageslider.styles.js';

type Slot = FileData | null;
type SliderValue = [Slot, Slot];

function check(value: unknown): SliderValue {
  if (value === null || value === undefined) return [null, null];
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((v) => v === null || isFileData(v) || typeof (v as FileData)?.url === 'string')
  )
    throw new Error('it is not a pair of images');
  return value as SliderValue;
}

const clamp = (n: number): number => Math.min(100, Math.max(0, n));

/**
 * @summary A Gradio `ImageSlider`: two images one over the other, the second revealed right of a
 * divider the user drags (pointer) or moves from the keyboard (arrows, Shift for 10 %, Home/End,
 * Page Up/Down). `slider_position` (0–100) places it. When interactive, both images can be
 * uploaded (two drop zones, or two files at once).
 * @event gr-upload - The user's image(s) reached the server.
 * @event gr-input - The user changed the images (upload, clear).
 * @event gr-change - The images changed through the user.
 * @event gr-clear - The user removed the images.
 * @event gr-custom_button_click - One of the app's buttons in the toolbar: `{id}`.
 */
@block('imageslider')
export class GrImageslider extends GradioElement {
  static override css = imagesliderStyles;
  /** As on Gradio's page, an empty slider holds (and sends) `[null, null]`. */
  static override emptyValue = [null, null];

  /** `[before, after]` FileData (either may be null), or null. */
  @property({ attribute: false }) value: SliderValue | null = null;
  /** Where the divider starts, in percent of the width. */
  @property({ type: Number }) sliderPosition = 50;
  /** The images' largest height in px (not in full screen). */
  @property({ type: Number }) maxHeight = 500;
  @property({ attribute: false }) height: number | string | null = null;
  @property({ attribute: false }) width: number | string | null = null;
  /** 6.x toolbar: `download`, `fullscreen` and gr.Button entries; null shows both. */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;
  /** Text for the empty drop zones (`# heading` then text). */
  @property() placeholder: string | null = null;
  /** The divider's colour (6.x `slider_color`, when the server sends it). */
  @property() sliderColor: string | null = null;

  /** The divider's place, in percent; follows `slider_position` until the user moves it. */
  @state() private position = 50;
  @state() private broken = false;

  readonly #fullscreen = new FullscreenController(this);
  #dragging = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sliderPosition')) this.position = clamp(Number(this.sliderPosition) || 0);
    if (changed.has('value')) this.broken = false;
  }

  #shows(button: 'download' | 'fullscreen'): boolean {
    return this.buttons ? this.buttons.includes(button) : true;
  }

  #onUploaded(slot: 0 | 1, event: UploadedEvent): void {
    const [before, after] = check(this.value);
    const next: SliderValue = [before, after];
    if (event.files.length > 1) {
      next[0] = event.files[0]!;
      next[1] = event.files[1]!;
    } else if (event.files[0]) {
      next[slot] = event.files[0];
    } else {
      return;
    }
    this.value = next;
    this.emit('upload');
    this.emit('input');
    this.emit('change');
  }

  #clear(): void {
    void this.#fullscreen.exit();
    this.value = [null, null];
    this.position = clamp(Number(this.sliderPosition) || 0);
    this.emit('clear');
    this.emit('input');
    this.emit('change');
  }

  #moveTo(clientX: number): void {
    const wrap = this.querySelector<HTMLElement>('.slider-wrap');
    if (!wrap) return;
    const box = wrap.getBoundingClientRect();
    if (!box.width) return;
    this.position = clamp(Math.round(((clientX - box.left) / box.width) * 1000) / 10);
  }

  #onPointerDown(event: PointerEvent): void {
    if (event.button !== 0) return;
    this.#dragging = true;
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    this.#moveTo(event.clientX);
    this.querySelector<HTMLElement>('.divider')?.focus({ preventScroll: true });
    event.preventDefault();
  }

  #onPointerMove(event: PointerEvent): void {
    if (this.#dragging) this.#moveTo(event.clientX);
  }

  #onPointerUp(): void {
    this.#dragging = false;
  }

  #onKey(event: KeyboardEvent): void {
    const step = event.shiftKey ? 10 : 1;
    const moves: Record<string, number> = {
      ArrowLeft: this.position - step,
      ArrowDown: this.position - step,
      ArrowRight: this.position + step,
      ArrowUp: this.position + step,
      PageDown: this.position - 10,
      PageUp: this.position + 10,
      Home: 0,
      End: 100,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.position = clamp(moves[event.key]!);
  }

  #url(file: Slot): string | null {
    return file ? (this.services?.fileUrl(file) ?? file.url ?? null) : null;
  }

  protected override renderContent(): unknown {
    let pair: SliderValue;
    try {
      pair = check(this.value);
    } catch (error) {
      return html`<div class="block">
        ${renderValueError(`This image slider cannot show its value: ${(error as Error).message}.`)}
      </div>`;
    }
    const [before, after] = pair.map((f) => this.#url(f)) as [string | null, string | null];
    const both = Boolean(before && after);
    const label = this.label || 'Image';
    const style = [
      this.height !== null ? `height:${cssLength(this.height)}` : '',
      this.width !== null ? `width:${cssLength(this.width)}` : '',
      `--_max-height:${this.maxHeight > 0 ? `${this.maxHeight}px` : 'none'}`,
      this.sliderColor ? `--_divider:${this.sliderColor}` : '',
    ].join(';');
    const uploading = this.interactive && !both;
    return html`<div
      class="block ${this.container ? '' : 'no-container'} ${uploading && !before && !after ? 'dashed' : ''}"
      style=${style}
    >
      ${renderBlockLabel({ label, show: this.showLabel, icon: icons.image, container: this.container })}
      ${this.#renderToolbar(before, after, both)}
      ${
        this.broken
          ? renderMissingFile()
          : uploading
            ? this.#renderUpload(before, after, label)
            : both
              ? this.#renderSlider(before!, after!)
              : before || after
                ? html`<div class="single">
                    <img src=${(before ?? after)!} alt="" @error=${() => (this.broken = true)} />
                  </div>`
                : renderEmptyState(icons.image, 'large')
      }
    </div>`;
  }

  #renderToolbar(before: string | null, after: string | null, both: boolean): unknown {
    const any = Boolean(before || after);
    const custom = renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }));
    return html`<div class="icon-buttons">
      ${custom} ${both && this.#shows('fullscreen') ? this.#fullscreen.renderButton() : nothing}
      ${
        after && !this.interactive && this.#shows('download')
          ? html`<button
              type="button"
              class="icon-button"
              aria-label="Download"
              title="Download"
              @click=${() => void downloadFile(after, check(this.value)[1]?.orig_name || 'image', this)}
            >
              ${icons.download}
            </button>`
          : nothing
      }
      ${
        any && this.interactive
          ? html`<button
              type="button"
              class="icon-button"
              aria-label="Remove Image"
              title="Remove Image"
              @click=${this.#clear}
            >
              ${icons.close}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderSlider(before: string, after: string): unknown {
    const pos = this.position;
    return html`<div class="slider-area">
      <div
        class="slider-wrap"
        style=${`--_pos:${pos}%`}
        @pointerdown=${this.#onPointerDown}
        @pointermove=${this.#onPointerMove}
        @pointerup=${this.#onPointerUp}
        @pointercancel=${this.#onPointerUp}
      >
        <img
          class="before"
          src=${before}
          alt="Before"
          draggable="false"
          @error=${() => (this.broken = true)}
        />
        <img class="after" src=${after} alt="After" draggable="false" @error=${() => (this.broken = true)} />
        <div
          class="divider"
          role="slider"
          tabindex="0"
          aria-label="Divider between the two images"
          aria-valuemin="0"
          aria-valuemax="100"
          aria-valuenow=${pos}
          aria-valuetext=${`${pos}% of the first image shown`}
          @keydown=${this.#onKey}
        >
          <span class="handle" aria-hidden="true">${icons.chevronLeft}${icons.chevronRight}</span>
        </div>
      </div>
    </div>`;
  }

  #renderUpload(before: string | null, after: string | null, label: string): unknown {
    const slot = (index: 0 | 1, url: string | null) =>
      url
        ? html`<div class="slot">
            <img src=${url} alt=${index ? 'After' : 'Before'} @error=${() => (this.broken = true)} />
          </div>`
        : html`<gr-upload-zone
            class="slot"
            .services=${this.services}
            .blockId=${this.blockId}
            .fileTypes=${['image']}
            .fileCount=${'multiple'}
            prompt=${index ? 'Drop the second image' : 'Drop the first image (or both)'}
            .placeholder=${this.placeholder}
            label=${`Upload the ${index ? 'second' : 'first'} image to ${label}`}
            @upload-zone-uploaded=${(e: UploadedEvent) => this.#onUploaded(index, e)}
          ></gr-upload-zone>`;
    return html`<div class="upload-pair">${slot(0, before)}${slot(1, after)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-imageslider': GrImageslider;
  }
}
