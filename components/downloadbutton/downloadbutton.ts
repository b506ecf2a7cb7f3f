import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { fileName, isFileData, type FileData } from '../../src/base/file-data.js';
import { downloadFile } from '../common/download.js';
import { downloadbuttonStyles } from './downloadbutton.styles.js';

/**
 * @summary A Gradio `DownloadButton`: saves its file (the value) when pressed, without ever
 * navigating the host page.
 * @event gr-click - The user pressed the button.
 */
@block('downloadbutton')
export class GrDownloadbutton extends GradioElement {
  static override css = downloadbuttonStyles;

  /** The file to save. */
  @property({ attribute: false }) value: FileData | null = null;
  @property() variant = 'secondary';
  @property() size = 'lg';
  @property({ attribute: false }) icon: { url?: string } | string | null = null;

  @state() private busy = false;

  override interactive = true;

  async #onClick(): Promise<void> {
    this.emit('click');
    const file = this.value;
    const url = isFileData(file) ? this.services?.fileUrl(file) : null;
    if (!file || !url) return;
    this.busy = true;
    try {
      await downloadFile(url, fileName(file), this);
    } finally {
      this.busy = false;
    }
  }

  protected override renderContent(): unknown {
    const icon = typeof this.icon === 'string' ? this.icon : this.icon?.url;
    return html`<button
      type="button"
      class="gr-button ${this.variant} ${this.size}"
      ?disabled=${!this.interactive || this.busy}
      @click=${this.#onClick}
    >
      ${icon ? html`<img class="icon" src=${icon} alt="" />` : nothing}${this.label ?? 'Download'}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-downloadbutton': GrDownloadbutton;
  }
}
