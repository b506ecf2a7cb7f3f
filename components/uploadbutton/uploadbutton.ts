import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import type { FileData } from '../../src/base/file-data.js';
import '../common/upload/upload-zone.js';
import type { GrUploadZone, UploadedEvent, UploadFailedEvent } from '../common/upload/upload-zone.js';
import { uploadbuttonStyles } from './uploadbutton.styles.js';

/**
 * @summary A Gradio `UploadButton`: a button that opens the file picker and uploads what was
 * picked; its value is the uploaded file (or files).
 * @event gr-click - The user pressed the button.
 * @event gr-upload - The picked files reached the server.
 * @event gr-change - The value changed through the user.
 */
@block('uploadbutton')
export class GrUploadbutton extends GradioElement {
  static override css = uploadbuttonStyles;

  /** FileData, a list of them (multiple/directory), or null. */
  @property({ attribute: false }) value: FileData | FileData[] | null = null;
  /** `primary`, `secondary` or `stop`. */
  @property() variant = 'secondary';
  /** `sm`, `md` or `lg`. */
  @property() size = 'lg';
  @property({ attribute: false }) icon: { url?: string } | string | null = null;
  @property({ attribute: false }) fileCount: 'single' | 'multiple' | 'directory' = 'single';
  @property({ attribute: false }) fileTypes: string[] | null = null;

  @state() private error: string | null = null;

  override interactive = true;

  get #zone(): GrUploadZone | null {
    return this.querySelector('gr-upload-zone');
  }

  #onClick(): void {
    this.error = null;
    this.emit('click');
    this.#zone?.openPicker();
  }

  #onUploaded(event: UploadedEvent): void {
    this.value = this.fileCount === 'single' ? (event.files[0] ?? null) : event.files;
    this.emit('upload');
    this.emit('change');
  }

  protected override renderContent(): unknown {
    const icon = typeof this.icon === 'string' ? this.icon : this.icon?.url;
    const uploading = this.#zone?.uploading ?? false;
    return html`<button
        type="button"
        class="gr-button ${this.variant} ${this.size}"
        ?disabled=${!this.interactive || uploading}
        @click=${this.#onClick}
      >
        ${icon ? html`<img class="icon" src=${icon} alt="" />` : nothing}${this.label ?? 'Upload a File'}
      </button>
      <gr-upload-zone
        hidden
        .services=${this.services}
        .blockId=${this.blockId}
        .fileTypes=${this.fileTypes}
        .fileCount=${this.fileCount}
        @upload-zone-uploaded=${this.#onUploaded}
        @upload-zone-failed=${(e: UploadFailedEvent) => (this.error = e.message)}
      ></gr-upload-zone>
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-uploadbutton': GrUploadbutton;
  }
}
