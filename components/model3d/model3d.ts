import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
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
import '../common/upload/upload-zone.js';
import type { GrUploadZone, UploadedEvent } from '../common/upload/upload-zone.js';
import type { DisplayMode, ModelViewer, ViewerOptions } from './internal/viewer.js';
import { model3dStyles } from './model3d.styles.js';

/** What the viewer accepts, as Gradio's upload does. */
const MODEL_TYPES = ['.stl', '.obj', '.gltf', '.glb', 'model/obj', '.splat', '.ply'];

/** Whether this browser can draw WebGL (checked without loading three.js). */
function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

type Phase = 'idle' | 'loading' | 'shown' | 'error' | 'no-webgl';

/**
 * @summary A Gradio `Model3D`: a 3D model (glTF/GLB, OBJ, STL, PLY, and Gaussian splats in
 * .splat/.ply) in an orbit viewer: drag to rotate, right-drag or Shift+arrows to pan, wheel or
 * +/- to zoom, arrows to rotate, 0 to reset; `camera_position`, `zoom_speed`, `pan_speed`,
 * `clear_color`, `display_mode`. three.js loads only when a model is shown; without WebGL the
 * block says so and still offers the download. When interactive, a model can be uploaded.
 * @event gr-upload - The user's model reached the server.
 * @event gr-change - The model changed through the user.
 * @event gr-clear - The user removed the model.
 * @event gr-custom_button_click - One of the app's buttons in the toolbar: `{id}`.
 */
@block('model3d')
export class GrModel3d extends GradioElement {
  static override css = model3dStyles;

  /** FileData of the model, or null. */
  @property({ attribute: false }) value: FileData | null = null;
  @property() displayMode: DisplayMode | null = null;
  /** Background as RGBA, each 0–1; transparent by default. */
  @property({ attribute: false }) clearColor: number[] | null = null;
  /** `[alpha, beta, radius]` (degrees, degrees, distance); each may be null. */
  @property({ attribute: false }) cameraPosition: (number | null)[] | null = null;
  @property({ type: Number }) zoomSpeed = 1;
  @property({ type: Number }) panSpeed = 1;
  @property({ attribute: false }) height: number | string | null = null;
  /** 6.x: the app's gr.Button entries for the toolbar. */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;

  @state() private phase: Phase = 'idle';
  @state() private message = '';
  @state() private moved = false;

  #viewer: ModelViewer | null = null;
  #shownKey = '';
  #loadId = 0;

  /** The drop zone, for tests. */
  get uploadZone(): GrUploadZone | null {
    return this.querySelector('gr-upload-zone');
  }

  /** The three.js viewer, once a model is shown (for tests). */
  get viewer(): ModelViewer | null {
    return this.#viewer;
  }

  #options(): ViewerOptions {
    return {
      clearColor: this.clearColor,
      displayMode: this.displayMode ?? 'solid',
      cameraPosition: this.cameraPosition,
      zoomSpeed: this.zoomSpeed > 0 ? this.zoomSpeed : 1,
      panSpeed: this.panSpeed > 0 ? this.panSpeed : 1,
    };
  }

  #url(): string | null {
    return this.value ? (this.services?.fileUrl(this.value) ?? this.value.url ?? null) : null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const key = this.value ? `${this.value.path}\n${this.value.url ?? ''}` : '';
    if (key !== this.#shownKey) {
      this.#shownKey = key;
      this.#teardown();
      this.phase = key ? (webglAvailable() ? 'loading' : 'no-webgl') : 'idle';
      this.moved = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.phase === 'loading' && !this.#viewer) void this.#load();
    if (
      this.#viewer &&
      (['clearColor', 'displayMode', 'cameraPosition', 'zoomSpeed', 'panSpeed'] as const).some((k) =>
        changed.has(k),
      )
    )
      this.#viewer.setOptions(this.#options());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#teardown();
    this.#shownKey = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page (moved, re-rendered): the viewer was released, so show the model again.
    if (this.value && this.hasUpdated) this.requestUpdate();
  }

  #teardown(): void {
    this.#loadId++;
    this.#viewer?.dispose();
    this.#viewer = null;
  }

  async #load(): Promise<void> {
    const url = this.#url();
    const canvas = this.querySelector<HTMLCanvasElement>('canvas.model-canvas');
    if (!url || !canvas || !this.value) return;
    const id = ++this.#loadId;
    const { ModelViewer } = await import('./internal/viewer.js');
    if (id !== this.#loadId) return;
    const viewer = new ModelViewer(canvas, this.#options());
    viewer.onMove = () => {
      if (!this.moved) this.moved = true;
    };
    this.#viewer = viewer;
    try {
      await viewer.load(url, fileName(this.value));
      if (id !== this.#loadId) return;
      this.moved = false;
      this.phase = 'shown';
    } catch (error) {
      if (id !== this.#loadId) return;
      viewer.dispose();
      this.#viewer = null;
      this.phase = 'error';
      this.message = (error as Error).message;
    }
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

  #reset(): void {
    this.#viewer?.resetCamera();
    this.moved = false;
  }

  /** The camera from the keyboard (the canvas has focus). */
  #onKey(event: KeyboardEvent): void {
    const viewer = this.#viewer;
    if (!viewer) return;
    const step = event.shiftKey ? 0.05 : 0;
    switch (event.key) {
      case 'ArrowLeft':
        if (step) viewer.pan(-step, 0);
        else viewer.rotate(-10, 0);
        break;
      case 'ArrowRight':
        if (step) viewer.pan(step, 0);
        else viewer.rotate(10, 0);
        break;
      case 'ArrowUp':
        if (step) viewer.pan(0, step);
        else viewer.rotate(0, 10);
        break;
      case 'ArrowDown':
        if (step) viewer.pan(0, -step);
        else viewer.rotate(0, -10);
        break;
      case '+':
      case '=':
        viewer.zoom(1.2);
        break;
      case '-':
      case '_':
        viewer.zoom(1 / 1.2);
        break;
      case '0':
      case 'Home':
        this.#reset();
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  protected override renderContent(): unknown {
    const value = this.value;
    if (value !== null && value !== undefined && !isFileData(value))
      return html`<div class="block">
        ${renderValueError('This 3D model block cannot show its value: it is not a file.')}
      </div>`;
    const label = this.label || '3D Model';
    const url = this.#url();
    const style = this.height !== null ? `height:${cssLength(this.height)}` : '';
    return html`<div
      class="block ${this.container ? '' : 'no-container'} ${!value ? 'dashed' : ''}"
      style=${style}
    >
      ${renderBlockLabel({ label, show: this.showLabel, icon: mediaIcons.cube, container: this.container })}
      <div class="icon-buttons">
        ${renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }))}
        ${
          value && this.phase === 'shown'
            ? html`<button
                type="button"
                class="icon-button"
                aria-label="Reset camera"
                title="Reset camera"
                ?disabled=${!this.moved}
                @click=${this.#reset}
              >
                ${mediaIcons.undo}
              </button>`
            : nothing
        }
        ${
          value && url && !this.interactive
            ? html`<button
                type="button"
                class="icon-button"
                aria-label="Download"
                title="Download"
                @click=${() => void downloadFile(url, fileName(value), this)}
              >
                ${icons.download}
              </button>`
            : nothing
        }
        ${
          value && this.interactive
            ? html`<button
                type="button"
                class="icon-button"
                aria-label="Clear"
                title="Clear"
                @click=${this.#clear}
              >
                ${icons.close}
              </button>`
            : nothing
        }
      </div>
      ${
        !value
          ? this.interactive
            ? html`<gr-upload-zone
                .services=${this.services}
                .blockId=${this.blockId}
                .fileTypes=${MODEL_TYPES}
                prompt="Drop a 3D model (glb, gltf, obj, stl, ply, splat)"
                label=${`Upload a 3D model to ${label}`}
                @upload-zone-uploaded=${this.#onUploaded}
              ></gr-upload-zone>`
            : renderEmptyState(mediaIcons.cube, 'large')
          : this.#renderViewer(value)
      }
    </div>`;
  }

  #renderViewer(value: FileData): unknown {
    if (this.phase === 'no-webgl') {
      return html`<div class="model-message" role="alert">
        ${mediaIcons.cube}
        <span
          >This browser cannot show 3D models here: WebGL is not available (it may be turned off).
          ${!this.interactive ? 'The download button saves the model to view it elsewhere.' : ''}</span
        >
      </div>`;
    }
    return html`<div class="model-area">
      <canvas
        class="model-canvas"
        tabindex="0"
        role="img"
        aria-label=${`3D model ${fileName(value)}: drag or use the arrow keys to turn it, the wheel or + and - to zoom, Shift with arrows to pan, 0 to reset`}
        @keydown=${this.#onKey}
      ></canvas>
      ${
        this.phase === 'loading'
          ? html`<div class="model-overlay" role="status">Loading the 3D model…</div>`
          : this.phase === 'error'
            ? html`<div class="model-overlay model-message" role="alert">
                ${mediaIcons.cube}<span>${this.message}</span>
              </div>`
            : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-model3d': GrModel3d;
  }
}
