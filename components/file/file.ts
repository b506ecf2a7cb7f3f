import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { cssLength } from '../../src/base/css-length.js';
import { renderValueError } from '../../src/base/block-title.js';
import { fileName, formatBytes, isFileData, type FileData } from '../../src/base/file-data.js';
import { icons } from '../common/icons.js';
import { downloadFile } from '../common/download.js';
import '../common/upload/upload-zone.js';
import type { GrUploadZone, UploadedEvent } from '../common/upload/upload-zone.js';
import { fileStyles } from './file.styles.js';

type FileValue = FileData | FileData[] | null;

/**
 * @summary A Gradio `File` / `Files`: a list of files with sizes and download links; when
 * interactive, a drop zone, and delete, clear and (with `allow_reordering`) reorder controls.
 * @event gr-upload - The user's files reached the server.
 * @event gr-change - The files changed through the user.
 * @event gr-clear - The user cleared the files.
 * @event gr-delete - The user removed one file; the payload is its FileData (DeletedFileData).
 * @event gr-select - The user picked a file's row; SelectData `{index, value: name}`.
 * @event gr-download - The user downloaded a file; the payload is its FileData (DownloadData).
 */
@block('file')
export class GrFile extends GradioElement {
  static override css = fileStyles;

  /** FileData, a list of them, or null. */
  @property({ attribute: false }) value: FileValue = null;
  /** `single`, `multiple` or `directory`. */
  @property({ attribute: false }) fileCount: 'single' | 'multiple' | 'directory' = 'single';
  /** Gradio's `file_types`. */
  @property({ attribute: false }) fileTypes: string[] | null = null;
  /** Height of the list (px or CSS length); it scrolls beyond. */
  @property({ attribute: false }) height: number | string | null = null;
  /** Files can be dragged (or moved with buttons) into another order. */
  @property({ type: Boolean }) allowReordering = false;
  /** Whether a `select` listener is bound. */
  @property({ type: Boolean }) selectable = false;

  @state() private dragIndex: number | null = null;

  get #files(): FileData[] {
    const value = this.value;
    if (value === null || value === undefined) return [];
    const list = Array.isArray(value) ? value : [value];
    if (!list.every(isFileData)) throw new Error('its value is not a file or a list of files');
    return list;
  }

  /** Sets the files as the user changed them, keeping the single/multiple shape Gradio sends. */
  #setFiles(files: FileData[]): void {
    const multiple = this.fileCount !== 'single' || Array.isArray(this.value);
    this.value = files.length === 0 ? null : multiple ? files : files[0]!;
  }

  #onUploaded(event: UploadedEvent): void {
    const current = this.#files;
    const added = event.files;
    this.#setFiles(this.fileCount === 'single' ? added.slice(0, 1) : [...current, ...added]);
    this.emit('upload');
    this.emit('change');
  }

  #clear(): void {
    this.value = null;
    this.emit('clear');
    this.emit('change');
  }

  #delete(index: number): void {
    const files = [...this.#files];
    const [removed] = files.splice(index, 1);
    this.#setFiles(files);
    this.emit('delete', removed);
    this.emit('change');
  }

  #move(from: number, to: number): void {
    const files = [...this.#files];
    if (to < 0 || to >= files.length || from === to) return;
    const [moved] = files.splice(from, 1);
    files.splice(to, 0, moved!);
    this.#setFiles(files);
    this.emit('change');
  }

  async #download(event: Event, file: FileData): Promise<void> {
    event.preventDefault();
    event.stopPropagation();
    const url = this.services?.fileUrl(file);
    if (!url) return;
    this.emit('download', file);
    await downloadFile(url, fileName(file), this);
  }

  #select(index: number, file: FileData): void {
    if (this.selectable) this.emit('select', { index, value: fileName(file) });
  }

  protected override renderContent(): unknown {
    let files: FileData[];
    try {
      files = this.#files;
    } catch (error) {
      return html`<div class="block">
        ${renderValueError(`This file block cannot show its value: ${(error as Error).message}.`)}
      </div>`;
    }
    const label = this.label || 'File';
    const showZone = this.interactive && (files.length === 0 || this.fileCount !== 'single');
    return html`<div class="block ${this.container ? '' : 'no-container'} ${files.length ? '' : 'empty'}">
      <span class="block-label ${this.showLabel ? '' : 'gr-visually-hidden'}"
        >${icons.file}<span>${label}</span></span
      >
      ${
        this.interactive && files.length
          ? html`<div class="icon-buttons">
              <button
                type="button"
                class="icon-button"
                aria-label="Clear"
                title="Clear"
                @click=${this.#clear}
              >
                ${icons.close}
              </button>
            </div>`
          : nothing
      }
      ${files.length ? this.#renderList(files) : nothing}
      ${
        showZone
          ? html`<gr-upload-zone
              class=${files.length ? 'more' : ''}
              .services=${this.services}
              .blockId=${this.blockId}
              .fileTypes=${this.fileTypes}
              .fileCount=${this.fileCount}
              ?compact=${files.length > 0}
              label=${files.length ? `Add files to ${label}` : `Upload to ${label}`}
              @upload-zone-uploaded=${this.#onUploaded}
            ></gr-upload-zone>`
          : nothing
      }
      ${!this.interactive && !files.length ? html`<div class="empty-text">${icons.file}</div>` : nothing}
    </div>`;
  }

  #renderList(files: FileData[]): unknown {
    const reorder = this.interactive && this.allowReordering && files.length > 1;
    return html`<div class="list" style=${this.height !== null ? `max-height:${cssLength(this.height)}` : ''}>
      <table>
        <tbody>
          ${files.map((file, i) => {
            const url = this.services?.fileUrl(file) ?? null;
            const name = fileName(file);
            const dot = name.lastIndexOf('.');
            return html`<tr
              class="file ${this.selectable ? 'selectable' : ''} ${this.dragIndex === i ? 'dragging' : ''}"
              draggable=${reorder ? 'true' : 'false'}
              @click=${() => this.#select(i, file)}
              @dragstart=${(e: DragEvent) => this.#dragStart(e, i)}
              @dragover=${(e: DragEvent) => reorder && this.dragIndex !== null && e.preventDefault()}
              @drop=${(e: DragEvent) => this.#drop(e, i)}
              @dragend=${() => (this.dragIndex = null)}
            >
              <td class="name" title=${name}>
                <span class="stem">${dot > 0 ? name.slice(0, dot) : name}</span
                ><span class="ext">${dot > 0 ? name.slice(dot) : ''}</span>
              </td>
              <td class="download">
                ${
                  url
                    ? html`<a
                        href=${url}
                        @click=${(e: Event) => this.#download(e, file)}
                        aria-label=${`Download ${name}`}
                        >${typeof file.size === 'number' ? formatBytes(file.size) : 'Download'}&nbsp;⇣</a
                      >`
                    : 'Uploading…'
                }
              </td>
              ${
                reorder
                  ? html`<td class="order">
                      <button
                        type="button"
                        class="move"
                        aria-label=${`Move ${name} up`}
                        ?disabled=${i === 0}
                        @click=${(e: Event) => (e.stopPropagation(), this.#move(i, i - 1))}
                      >
                        ↑</button
                      ><button
                        type="button"
                        class="move"
                        aria-label=${`Move ${name} down`}
                        ?disabled=${i === files.length - 1}
                        @click=${(e: Event) => (e.stopPropagation(), this.#move(i, i + 1))}
                      >
                        ↓
                      </button>
                    </td>`
                  : nothing
              }
              ${
                this.interactive && files.length > 1
                  ? html`<td class="remove">
                      <button
                        type="button"
                        aria-label=${`Remove ${name}`}
                        @click=${(e: Event) => (e.stopPropagation(), this.#delete(i))}
                      >
                        ×
                      </button>
                    </td>`
                  : nothing
              }
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  #dragStart(event: DragEvent, index: number): void {
    if (!this.allowReordering || !this.interactive) return;
    this.dragIndex = index;
    event.dataTransfer?.setData('text/plain', String(index));
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  #drop(event: DragEvent, index: number): void {
    if (this.dragIndex === null) return;
    event.preventDefault();
    const from = this.dragIndex;
    this.dragIndex = null;
    this.#move(from, index);
  }

  /** The drop zone, for tests and for blocks that forward a paste. */
  get uploadZone(): GrUploadZone | null {
    return this.querySelector('gr-upload-zone');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-file': GrFile;
  }
}
