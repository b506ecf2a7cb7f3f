import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderValueError } from '../../src/base/block-title.js';
import { isFileData, type FileData } from '../../src/base/file-data.js';
import { icons } from '../common/icons.js';
import { renderBlockLabel } from '../common/block-label.js';
import { renderEmptyState } from '../common/empty-state.js';
import { downloadFile } from '../common/download.js';
import { renderMissingFile } from '../common/missing-file.js';
import '../common/upload/upload-zone.js';
import type { GrUploadZone, UploadedEvent } from '../common/upload/upload-zone.js';
import { simpleimageStyles } from './simpleimage.styles.js';

/**
 * @summary A Gradio `SimpleImage` (6.x's minimal image block): one image shown, with a download
 * button; when interactive, a drop zone (click, drop, paste) and a remove button.
 * @event gr-upload - The user's image reached the server.
 * @event gr-change - The image changed through the user.
 * @event gr-clear - The user removed the image.
 */
@block('simpleimage')
export class GrSimpleimage extends GradioElement {
  static override css = simpleimageStyles;

  /** FileData or null. */
  @property({ attribute: false }) value: FileData | null = null;
  /** Show the download button on a static image. */
  @property({ type: Boolean }) showDownloadButton = true;
  /** Text for the empty drop area (`# heading` then text). */
  @property() placeholder: string | null = null;

  @state() private brokenUrl: string | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value')) this.brokenUrl = null;
  }

  /** The drop zone, for tests. */
  get uploadZone(): GrUploadZone | null {
    return this.querySelector('gr-upload-zone');
  }

  #onUploaded(event: UploadedEvent): void {
    const file = event.files[0];
    if (!file) return;
    this.value = file;
    this.emit('upload');
    this.emit('change');
  }

  #clear(): void {
    this.value = null;
    this.emit('clear');
    this.emit('change');
  }

  protected override renderContent(): unknown {
    const value = this.value;
    if (
      value !== null &&
      value !== undefined &&
      !isFileData(value) &&
      typeof (value as FileData).url !== 'string'
    )
      return html`<div class="block">
        ${renderValueError('This image block cannot show its value: it is not an image file.')}
      </div>`;
    const url = value ? this.services?.fileUrl(value) : null;
    const label = this.label || 'Image';
    return html`<div
      class="block ${this.container ? '' : 'no-container'} ${!url && this.interactive ? 'dashed' : ''}"
    >
      ${renderBlockLabel({ label, show: this.showLabel, icon: icons.image, container: this.container })}
      ${
        url
          ? html`<div class="icon-buttons">
              ${
                !this.interactive && this.showDownloadButton
                  ? html`<button
                      type="button"
                      class="icon-button"
                      aria-label="Download"
                      title="Download"
                      @click=${() => void downloadFile(url, value?.orig_name || 'image', this)}
                    >
                      ${icons.download}
                    </button>`
                  : nothing
              }
              ${
                this.interactive
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
            </div>`
          : nothing
      }
      ${
        url
          ? this.brokenUrl === url
            ? renderMissingFile()
            : html`<div class="image-frame">
                <img
                  src=${url}
                  alt=${value?.alt_text ?? ''}
                  decoding="async"
                  @error=${() => (this.brokenUrl = url)}
                />
              </div>`
          : this.interactive
            ? html`<gr-upload-zone
                .services=${this.services}
                .blockId=${this.blockId}
                .fileTypes=${['image']}
                prompt="Drop Image Here"
                .placeholder=${this.placeholder}
                label=${`Upload an image to ${label}`}
                @upload-zone-uploaded=${this.#onUploaded}
              ></gr-upload-zone>`
            : renderEmptyState(icons.image, 'large')
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-simpleimage': GrSimpleimage;
  }
}
