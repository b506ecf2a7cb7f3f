import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { cssLength } from '../../src/base/css-length.js';
import { renderValueError } from '../../src/base/block-title.js';
import type { FileData } from '../../src/base/file-data.js';
import { icons } from '../common/icons.js';
import { mediaIcons } from '../common/media-icons.js';
import { renderBlockLabel } from '../common/block-label.js';
import { renderEmptyState } from '../common/empty-state.js';
import { renderCustomButtons } from '../common/custom-buttons.js';
import { downloadFile } from '../common/download.js';
import { FullscreenController } from '../common/fullscreen.js';
import '../common/webcam/webcam.js';
import type { WebcamCaptureEvent } from '../common/webcam/webcam.js';
import { colorName, parseCssColor, sameColor, type BrushColor } from './internal/color.js';
import { EditorDocument, type Rect } from './internal/document.js';
import { History, type Edit } from './internal/history.js';
import { Stroke } from './internal/stroke.js';
import { Viewport, ZOOM_LEVELS } from './internal/viewport.js';
import {
  containFrame,
  dragFrame,
  handleAt,
  handleCursor,
  renderView,
  type Handle,
} from './internal/render.js';
import { EMPTY_VALUE, isEditorValue, planExport, type EditorValue } from './internal/export.js';
import { filePicture, loadPicture } from './internal/load.js';
import {
  brushSettings,
  canvasSize,
  cropRatio,
  eraserSize,
  layerSettings,
  type BrushProp,
  type EraserProp,
  type LayerProp,
} from './internal/options.js';
import { editorIcons } from './internal/icons.js';
import { imageeditorStyles } from './imageeditor.styles.js';

type Tool = 'image' | 'draw' | 'erase' | 'pan';
/** A popover of the current tool's options. */
type Panel = 'color' | 'size' | 'eraser' | null;
/** A mode that takes over the editor until it is confirmed or left. */
type Mode = 'crop' | 'resize' | 'webcam' | null;

interface Drag {
  readonly kind: 'pan' | 'crop' | 'frame';
  readonly handle: Handle;
  readonly x: number;
  readonly y: number;
  readonly start: Rect;
  readonly before?: ReturnType<EditorDocument['state']>;
}

const DEFAULT_SOURCES = ['upload', 'webcam', 'clipboard'];
const DEFAULT_HEIGHT = 350;
const MIN_FRAME = 20;
/** How long the user must pause before the picture is encoded and sent (ms). */
const PUBLISH_DELAY = 300;
let serial = 0;

/**
 * @summary Gradio's `ImageEditor` (and `Sketchpad`, `Paint`, `ImageMask`, which are the same
 * type): a background image from upload, drop, paste, the clipboard or the webcam; layers (add,
 * pick, hide, reorder, delete); a brush with the app's colours (and any colour unless
 * `color_mode="fixed"`) and sizes; an eraser; crop and moving or scaling the background; undo and
 * redo; zoom and pan; full keyboard use. Drawn with the browser's Canvas 2D.
 *
 * The value is Gradio's EditorData: `{background, layers, composite}`, each an image the size of
 * the canvas uploaded as a PNG, as Gradio's page sends them when the app reads the editor; an
 * untouched or cleared editor sends `{background: null, layers: [], composite: null}`.
 * @event gr-upload - The user set a background image (upload, drop, paste, webcam); it is up.
 * @event gr-input - The user changed the picture; the new value is up.
 * @event gr-change - The same moment (a user change).
 * @event gr-clear - The user cleared the canvas.
 * @event gr-apply - The user pressed "Save changes" (shown when the app listens to `apply`).
 * @event gr-select - Static editor: the user picked a pixel of the shown image, `{index: [x, y], value: null}`.
 * @event gr-custom_button_click - One of the app's buttons in the toolbar: `{id}`.
 */
@block('imageeditor')
export class GrImageeditor extends GradioElement {
  static override css = imageeditorStyles;
  static override emptyValue = EMPTY_VALUE;

  /** Gradio's EditorData: `{background, layers, composite}` (FileData each). */
  @property({ attribute: false }) value: unknown = EMPTY_VALUE;
  /** Where a background may come from: `upload`, `webcam`, `clipboard`. */
  @property({ attribute: false }) sources: readonly string[] | string | null = null;
  /** `crop` and `resize` (moving and scaling the background). */
  @property({ attribute: false }) transforms: readonly string[] | null = null;
  /** gr.Brush, or false for no brush. */
  @property({ attribute: false }) brush: BrushProp | false | null = null;
  /** gr.Eraser, or false for no eraser. */
  @property({ attribute: false }) eraser: EraserProp | false | null = null;
  /** gr.LayerOptions (5.x/6.x) or a boolean (4.x). */
  @property({ attribute: false }) layers: LayerProp | boolean | null = null;
  /** `[width, height]` of the blank canvas (4.x: null for 800 × 600). */
  @property({ attribute: false }) canvasSize: readonly number[] | null = null;
  /** 4.x: `"w:h"` or `[w, h]`; the crop frame keeps that ratio. */
  @property({ attribute: false }) cropSize: string | readonly number[] | null = null;
  /** Fit a background into the canvas instead of taking its size. */
  @property({ type: Boolean }) fixedCanvas = false;
  @property({ attribute: false }) height: number | string | null = null;
  @property({ attribute: false }) width: number | string | null = null;
  /** Text for the empty editor (`# heading` then text). */
  @property() placeholder: string | null = null;
  /** 6.x toolbar: `download`, `share`, `fullscreen` and gr.Button entries; null shows the built-ins. */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;
  /** 4.x/5.x spellings of the toolbar. */
  @property({ attribute: false }) showDownloadButton: boolean | null = null;
  @property({ attribute: false }) showFullscreenButton: boolean | null = null;
  /** 6.x `webcam_options`: `{mirror, constraints}`. */
  @property({ attribute: false }) webcamOptions: { mirror?: boolean; constraints?: unknown } | null = null;
  /** 4.x/5.x spellings of the webcam options. */
  @property({ attribute: false }) mirrorWebcam: boolean | null = null;
  @property({ attribute: false }) webcamConstraints: Record<string, unknown> | null = null;
  /** Whether a `select` listener is bound (static editor). */
  @property({ type: Boolean }) selectable = false;

  @state() private tool: Tool = 'image';
  @state() private panel: Panel = null;
  @state() private mode: Mode = null;
  @state() private cropRect: Rect | null = null;
  @state() private layersOpen = false;
  @state() private zoomOpen = false;
  @state() private brushColor: BrushColor = { hex: '#000000', opacity: 1 };
  @state() private brushSize = 25;
  @state() private eraserRadius = 25;
  @state() private recentColors: BrushColor[] = [];
  @state() private notice: string | null = null;
  @state() private loading = false;
  @state() private announcement = '';
  /** Set once the picked file is sent: an upload in progress. */
  @state() private sending = false;

  readonly #fullscreen = new FullscreenController(this);
  readonly #id = `gr-imageeditor-${++serial}`;
  #doc: EditorDocument | null = null;
  readonly #history = new History();
  readonly #view = new Viewport();
  #stroke: Stroke | null = null;
  #drag: Drag | null = null;
  /** The pointer over the canvas, in canvas pixels (for the brush outline). */
  #pointer: { x: number; y: number } | null = null;
  /** The keyboard's brush position, in canvas pixels, and whether its pen is down. */
  #keyboard: { x: number; y: number } | null = null;
  #penDown = false;
  #frame = 0;
  #resizeObserver: ResizeObserver | null = null;
  #observed: HTMLElement | null = null;
  #fitted = true;
  /** The value this element set itself: the store echoes it back, and it must not reload. */
  #own: unknown = undefined;
  #loadSeq = 0;
  #publishSeq = 0;
  /** The newest export whose value was reported. */
  #reportedSeq = 0;
  /** Triggers to report with the next export, and whether every edit it joins was silent. */
  #extra: string[] = [];
  #silent = true;
  #publishTimer: ReturnType<typeof setTimeout> | undefined;
  /** Releases the events held since the first edit the next export carries. */
  #held: (() => void) | null = null;
  readonly #uploads = new Map<number, FileData>();
  #optionsKey = '';

  // ---- settings derived from props ----

  get #sources(): string[] {
    const sources = this.sources ?? DEFAULT_SOURCES;
    return typeof sources === 'string' ? [sources] : [...sources];
  }

  get #transforms(): string[] {
    return [...(this.transforms ?? [])];
  }

  get #brush(): ReturnType<typeof brushSettings> | null {
    return this.brush ? brushSettings(this.brush) : null;
  }

  get #layerSettings(): ReturnType<typeof layerSettings> {
    return layerSettings(this.layers);
  }

  get #canvasSize(): [number, number] {
    return canvasSize(this.canvasSize);
  }

  get #cropRatio(): number | null {
    return cropRatio(this.cropSize);
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

  get #doc_(): EditorDocument {
    if (!this.#doc) {
      const [w, h] = this.#canvasSize;
      this.#doc = new EditorDocument(w, h, this.#layerSettings.names);
    }
    return this.#doc;
  }

  /** The tool a fresh editor starts with (Gradio's order: image, brush, eraser). */
  #initialTool(): Tool {
    if (this.#sources.length) return 'image';
    if (this.brush) return 'draw';
    if (this.eraser) return 'erase';
    return 'image';
  }

  /** The tool once there is a picture to work on. */
  #drawingTool(): Tool {
    return this.brush ? 'draw' : this.eraser ? 'erase' : 'image';
  }

  // ---- public, for tests and the app ----

  /** The editor's document: canvas size, background, layers. */
  get document(): EditorDocument {
    return this.#doc_;
  }

  /** The visible canvas the editor draws its view on. */
  get viewCanvas(): HTMLCanvasElement | null {
    return this.querySelector('.stage canvas');
  }

  /** Maps a canvas pixel to client coordinates (where a pointer must go to touch it). */
  clientPoint(x: number, y: number): { x: number; y: number } {
    const stage = this.querySelector<HTMLElement>('.stage');
    const box = stage?.getBoundingClientRect() ?? { left: 0, top: 0 };
    const [vx, vy] = this.#view.toView(x, y);
    return { x: box.left + vx, y: box.top + vy };
  }

  /** The zoom, 1 = one canvas pixel per CSS pixel. */
  get zoom(): number {
    return this.#view.scale;
  }

  // ---- lifecycle ----

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) {
      this.tool = this.#initialTool();
    }
    if (changed.has('brush') && this.#brush) {
      const brush = this.#brush;
      this.brushColor = brush.defaultColor;
      this.brushSize = brush.size;
    }
    if (changed.has('eraser') && this.eraser) this.eraserRadius = eraserSize(this.eraser);
    const key = JSON.stringify([this.#canvasSize, this.#layerSettings.names]);
    if (key !== this.#optionsKey) {
      const first = this.#optionsKey === '';
      this.#optionsKey = key;
      // A canvas nobody has touched follows the app's canvas size and layer names.
      if (!first && this.#doc && !this.#doc.hasContent && !this.#history.canUndo) {
        const [w, h] = this.#canvasSize;
        this.#doc.reset(w, h, this.#layerSettings.names);
        this.#afterStructure(true);
      }
    }
    // The app's value is opened for editing only when the editor is interactive (a static one
    // just shows the composite); the value the element set itself is not opened again.
    if (
      (changed.has('value') || changed.has('interactive')) &&
      this.interactive &&
      this.value !== this.#own
    ) {
      this.#own = this.value;
      if (isEditorValue(this.value)) void this.#loadValue(this.value as Partial<EditorValue> | null);
    }
    if (changed.has('interactive') && !this.interactive) this.#leaveModes();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const stage = this.querySelector<HTMLElement>('.stage');
    if (stage !== this.#observed) {
      this.#resizeObserver?.disconnect();
      this.#observed = stage;
      if (stage) {
        this.#resizeObserver ??= new ResizeObserver(() => this.#onStageResize());
        this.#resizeObserver.observe(stage);
        this.#onStageResize();
      }
    }
    this.#requestRender();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A pending picture is sent now: nothing waits for a block that is gone.
    if (this.#held) {
      clearTimeout(this.#publishTimer);
      this.#export();
    }
    this.#resizeObserver?.disconnect();
    this.#observed = null;
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  #onStageResize(): void {
    const stage = this.#observed;
    const canvas = this.viewCanvas;
    if (!stage || !canvas) return;
    const width = stage.clientWidth;
    const height = stage.clientHeight;
    if (!width || !height) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    const doc = this.#doc_;
    this.#view.setView(width, height);
    this.#view.setDocument(doc.width, doc.height);
    if (this.#fitted) this.#view.fit();
    else this.#view.clamp();
    this.#renderNow();
    this.requestUpdate();
  }

  #requestRender(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#renderNow();
    });
  }

  #renderNow(): void {
    const canvas = this.viewCanvas;
    if (!canvas || !this.#view.viewWidth) return;
    const doc = this.#doc_;
    const drawing = this.tool === 'draw' || this.tool === 'erase';
    const at = this.#keyboard && (this.#penDown || this.#stageFocused()) ? this.#keyboard : this.#pointer;
    const radius = this.tool === 'erase' ? this.eraserRadius : this.brushSize;
    renderView(canvas, canvas.width / this.#view.viewWidth, doc, this.#view, this.#stroke, {
      cursor: drawing && !this.mode && at ? { x: at.x, y: at.y, radius } : null,
      crop: this.mode === 'crop' ? this.cropRect : null,
      frame: this.mode === 'resize' ? doc.placement : null,
    });
  }

  #stageFocused(): boolean {
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.activeElement === this.querySelector('.stage');
  }

  /** After the document's size or layers changed: the view, the toolbar and a frame. */
  #afterStructure(refit = false): void {
    const doc = this.#doc_;
    const sized = this.#view.docWidth !== doc.width || this.#view.docHeight !== doc.height;
    this.#view.setDocument(doc.width, doc.height);
    if (refit || sized) {
      this.#fitted = true;
      this.#view.fit();
    } else this.#view.clamp();
    this.#keyboard = null;
    this.requestUpdate();
    this.#requestRender();
  }

  #announce(text: string): void {
    // The same words twice in a row must still be read.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  // ---- value in ----

  async #loadValue(value: Partial<EditorValue> | null): Promise<void> {
    const seq = ++this.#loadSeq;
    const doc = this.#doc_;
    const [w, h] = this.#canvasSize;
    const names = this.#layerSettings.names;
    const layerFiles = (value?.layers ?? []).filter(Boolean);
    const background = value?.background ?? (layerFiles.length ? null : (value?.composite ?? null));
    this.#stroke = null;
    this.#leaveModes();
    if (!background && !layerFiles.length) {
      doc.reset(w, h, names);
      this.#history.clear();
      this.loading = false;
      this.tool = this.#initialTool();
      this.#afterStructure(true);
      return;
    }
    this.loading = true;
    try {
      const url = (file: unknown): string => {
        const u = this.services?.fileUrl(file) ?? (file as { url?: string } | null)?.url ?? null;
        if (!u) throw new Error('the value names no file');
        return u;
      };
      const pictures = await Promise.all([
        background ? loadPicture(url(background)) : Promise.resolve(null),
        ...layerFiles.map((file) => loadPicture(url(file))),
      ]);
      if (seq !== this.#loadSeq) return;
      doc.reset(w, h, names);
      if (pictures[0]) doc.setPicture(pictures[0], this.fixedCanvas);
      if (layerFiles.length) doc.setLayerPictures(pictures.slice(1), names);
      this.notice = null;
      this.tool = this.#drawingTool();
    } catch (error) {
      if (seq !== this.#loadSeq) return;
      doc.reset(w, h, names);
      this.notice = `The editor could not open its image: ${(error as Error).message}`;
    }
    this.#history.clear();
    this.loading = false;
    this.#afterStructure(true);
    // Gradio's page sends the canvas as it shows it (the background on white, fitted to a fixed
    // canvas, every layer the canvas's size, a composite), never the files it was given: the
    // value is re-encoded now, without reporting a change.
    if (doc.hasContent) this.#publish([], true);
  }

  // ---- value out ----

  /**
   * Sends the picture as it is now. In an app, events that read this block wait from this moment
   * (`services.hold`), while the canvases are encoded only once the user pauses (PUBLISH_DELAY):
   * a run of strokes costs one encoding and one upload, not one per stroke. Without an app the
   * work starts at once. Each changed canvas is uploaded (events wait for that too), then the
   * value is set and `input`/`change` (and any of `extra`, kept across the edits a pause joins)
   * reported; `silent` (a value the app gave, re-encoded) reports nothing but the new form. A
   * blank canvas nobody touched sends Gradio's empty value.
   */
  #publish(extra: readonly string[] = [], silent = false): void {
    for (const trigger of extra) if (!this.#extra.includes(trigger)) this.#extra.push(trigger);
    this.#silent = this.#silent && silent;
    clearTimeout(this.#publishTimer);
    const hold = this.services?.hold;
    if (hold && !this.#held) {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      this.#held = release;
      hold.call(this.services, this.blockId, held);
    }
    if (hold && this.#doc_.hasContent) this.#publishTimer = setTimeout(() => this.#export(), PUBLISH_DELAY);
    else this.#export();
  }

  /** Encodes and uploads what changed, then reports (see #publish). */
  #export(): void {
    const seq = ++this.#publishSeq;
    const doc = this.#doc_;
    const extra = this.#extra;
    const silent = this.#silent;
    const release = this.#held;
    this.#extra = [];
    this.#silent = true;
    this.#held = null;
    const report = (value: EditorValue): void => {
      this.#own = value;
      this.value = value;
      if (silent) this.emit('value');
      else {
        for (const trigger of extra) this.emit(trigger);
        this.emit('input');
        this.emit('change');
      }
      release?.();
    };
    if (!doc.hasContent) {
      this.sending = false;
      this.#reportedSeq = seq;
      report(EMPTY_VALUE);
      return;
    }
    const services = this.services;
    if (!services) {
      release?.();
      return;
    }
    const plan = planExport(doc, this.#uploads);
    this.sending = true;
    services.upload(plan.files, { blockId: this.blockId }).then(
      (uploaded) => {
        // A newer picture already reported makes this one stale; one still on its way does not
        // (an event fired before that edit must see this picture).
        if (seq < this.#reportedSeq) {
          release?.();
          return;
        }
        this.#reportedSeq = seq;
        if (seq === this.#publishSeq) this.sending = false;
        if (!silent) this.notice = null;
        report(plan.build(uploaded));
      },
      (error: unknown) => {
        release?.();
        if (seq !== this.#publishSeq) return;
        this.sending = false;
        this.notice = `The picture could not be sent to the app: ${(error as Error).message}`;
      },
    );
  }

  /** Records an edit, then sends the new picture. */
  #commit(edit: Edit, extra: readonly string[] = []): void {
    this.#history.push(edit);
    this.requestUpdate();
    this.#requestRender();
    this.#publish(extra);
  }

  /** A structural edit (new background, crop, layers, clear) undone by swapping states. */
  #structural(label: string, change: () => void, extra: readonly string[] = []): void {
    const doc = this.#doc_;
    const before = doc.state();
    change();
    const after = doc.state();
    this.#afterStructure();
    this.#commit(
      {
        label,
        undo: () => doc.restore(before),
        redo: () => doc.restore(after),
      },
      extra,
    );
  }

  // ---- actions ----

  #setTool(tool: Tool): void {
    if (this.#stroke) this.#endStroke();
    this.tool = tool;
    this.panel = null;
    this.zoomOpen = false;
    this.#requestRender();
  }

  #togglePanel(panel: Panel): void {
    this.panel = this.panel === panel ? null : panel;
    this.zoomOpen = false;
  }

  #undo(): void {
    if (this.#stroke) this.#endStroke();
    const edit = this.#history.undo();
    if (!edit) return;
    this.#afterStructure();
    this.#announce(`Undid ${edit.label.toLowerCase()}`);
    this.#publish();
  }

  #redo(): void {
    const edit = this.#history.redo();
    if (!edit) return;
    this.#afterStructure();
    this.#announce(`Redid ${edit.label.toLowerCase()}`);
    this.#publish();
  }

  #clear(): void {
    void this.#fullscreen.exit();
    this.#leaveModes();
    const [w, h] = this.#canvasSize;
    this.#structural('Clear', () => this.#doc_.reset(w, h, this.#layerSettings.names), ['clear']);
    this.tool = this.#initialTool();
    this.#afterStructure(true);
    this.#announce('Canvas cleared');
  }

  async #addPicture(file: Blob): Promise<void> {
    let picture;
    try {
      picture = await filePicture(file);
    } catch {
      this.notice = 'This file is not an image the browser can open.';
      return;
    }
    this.notice = null;
    this.mode = null;
    this.#structural('Add image', () => this.#doc_.setPicture(picture, this.fixedCanvas), ['upload']);
    this.tool = this.#drawingTool();
    this.#afterStructure(true);
    this.#announce(`Image added, ${this.#doc_.width} by ${this.#doc_.height} pixels`);
  }

  #openPicker(): void {
    if (!this.#sources.includes('upload')) return;
    this.querySelector<HTMLInputElement>('input.picker')?.click();
  }

  #onPicked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.#addPicture(file);
  }

  async #pasteFromClipboard(): Promise<void> {
    const hint = 'Press Ctrl+V (⌘V on a Mac) to paste an image here.';
    if (typeof navigator.clipboard?.read !== 'function') {
      this.notice = hint;
      this.querySelector<HTMLElement>('.stage')?.focus();
      return;
    }
    try {
      for (const item of await navigator.clipboard.read()) {
        const type = item.types.find((t) => t.startsWith('image/'));
        if (!type) continue;
        await this.#addPicture(await item.getType(type));
        return;
      }
      this.notice = 'There is no image in the clipboard.';
    } catch {
      this.notice = hint;
      this.querySelector<HTMLElement>('.stage')?.focus();
    }
  }

  #onPaste(event: ClipboardEvent): void {
    if (!this.interactive || this.mode) return;
    const sources = this.#sources;
    if (!sources.includes('clipboard') && !sources.includes('upload')) return;
    const file = [...(event.clipboardData?.files ?? [])].find((f) => f.type.startsWith('image/'));
    if (!file) return;
    event.preventDefault();
    void this.#addPicture(file);
  }

  #onDragOver(event: DragEvent): void {
    if (
      !this.interactive ||
      !this.#sources.includes('upload') ||
      !event.dataTransfer?.types.includes('Files')
    )
      return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }

  #onDrop(event: DragEvent): void {
    if (!this.interactive || !this.#sources.includes('upload')) return;
    const file = [...(event.dataTransfer?.files ?? [])].find((f) => f.type.startsWith('image/'));
    event.preventDefault();
    if (file) void this.#addPicture(file);
  }

  #onCapture(event: WebcamCaptureEvent): void {
    this.mode = null;
    void this.#addPicture(event.blob);
  }

  async #download(): Promise<void> {
    const canvas = this.#doc_.composite();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) {
      this.notice = 'The image could not be prepared for download.';
      return;
    }
    const url = URL.createObjectURL(blob);
    try {
      await downloadFile(url, 'image.png', this);
    } finally {
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
    }
  }

  // ---- layers ----

  #selectLayer(id: string): void {
    const doc = this.#doc_;
    doc.activeId = id;
    const layer = doc.active;
    this.layersOpen = false;
    if (layer) this.#announce(`${layer.name} selected`);
    if (this.tool === 'image' || this.tool === 'pan') this.tool = this.#drawingTool();
    this.requestUpdate();
  }

  #addLayer(): void {
    let name = '';
    this.#structural('Add layer', () => (name = this.#doc_.addLayer().name));
    this.#announce(`${name} added`);
  }

  #removeLayer(id: string): void {
    const layer = this.#doc_.layers.find((l) => l.id === id);
    this.#structural('Delete layer', () => this.#doc_.removeLayer(id));
    if (layer) this.#announce(`${layer.name} deleted`);
  }

  #moveLayer(id: string, direction: 'up' | 'down'): void {
    const doc = this.#doc_;
    const index = doc.layers.findIndex((l) => l.id === id);
    const target = direction === 'up' ? index - 1 : index + 1;
    if (index < 0 || target < 0 || target >= doc.layers.length) return;
    this.#structural('Move layer', () => doc.moveLayer(id, direction));
    const name = doc.layers[target]?.name ?? '';
    this.#announce(`${name} moved ${direction}, now ${target + 1} of ${doc.layers.length}`);
    // Keep the focus on the moved layer's button, which now sits elsewhere.
    void this.updateComplete.then(() =>
      this.querySelector<HTMLElement>(
        `[data-layer="${CSS.escape(id)}"] .move-${direction}:not([disabled]), [data-layer="${CSS.escape(id)}"] .layer-name`,
      )?.focus(),
    );
  }

  #toggleLayer(id: string): void {
    const layer = this.#doc_.layers.find((l) => l.id === id);
    if (!layer) return;
    layer.visible = !layer.visible;
    this.#announce(`${layer.name} ${layer.visible ? 'shown' : 'hidden'}`);
    this.requestUpdate();
    this.#requestRender();
    // The composite changes with what is visible.
    this.#publish();
  }

  // ---- crop and resize ----

  #startCrop(): void {
    const doc = this.#doc_;
    const ratio = this.#cropRatio;
    this.panel = null;
    this.cropRect = containFrame(
      { x: 0, y: 0, width: doc.width, height: doc.height },
      doc.width,
      doc.height,
      ratio,
    );
    if (ratio) {
      const r = this.cropRect;
      this.cropRect = { ...r, x: (doc.width - r.width) / 2, y: (doc.height - r.height) / 2 };
    }
    this.mode = 'crop';
    this.#announce('Crop: drag the frame or its handles, or type its position and size; Enter confirms');
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('.mode-bar input')?.focus());
  }

  #confirmCrop(): void {
    const rect = this.cropRect;
    this.mode = null;
    this.cropRect = null;
    if (!rect) return;
    const r = {
      x: Math.round(rect.x),
      y: Math.round(rect.y),
      width: Math.round(rect.width),
      height: Math.round(rect.height),
    };
    const doc = this.#doc_;
    this.#structural('Crop', () => doc.crop(r, this.fixedCanvas));
    this.#afterStructure(true);
    this.#announce(`Cropped to ${doc.width} by ${doc.height} pixels`);
    this.querySelector<HTMLElement>('.stage')?.focus();
  }

  #leaveModes(): void {
    this.mode = null;
    this.cropRect = null;
    this.#drag = null;
  }

  #setCropField(field: keyof Rect, text: string): void {
    const value = Number(text);
    if (!this.cropRect || !Number.isFinite(value)) return;
    const doc = this.#doc_;
    const ratio = this.#cropRatio;
    let next = { ...this.cropRect, [field]: value };
    if (ratio && field === 'width') next.height = value / ratio;
    if (ratio && field === 'height') next.width = value * ratio;
    // Typed sizes are taken as they are (a drag keeps a frame big enough to grab).
    next.width = Math.max(1, next.width);
    next.height = Math.max(1, next.height);
    next = containFrame(next, doc.width, doc.height, ratio);
    this.cropRect = next;
  }

  #setFrameField(field: keyof Rect, text: string): void {
    const doc = this.#doc_;
    const value = Number(text);
    const placement = doc.placement;
    if (!placement || !Number.isFinite(value)) return;
    const next = { ...placement, [field]: value };
    next.width = Math.max(1, next.width);
    next.height = Math.max(1, next.height);
    // The same number again (a field left without a change) is no edit to undo.
    if ((Object.keys(next) as (keyof Rect)[]).every((key) => next[key] === placement[key])) return;
    this.#structural('Resize image', () => doc.place(next));
  }

  // ---- pointer ----

  #local(event: { clientX: number; clientY: number }): [number, number] {
    const box = this.querySelector<HTMLElement>('.stage')!.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  }

  #onPointerDown(event: PointerEvent): void {
    if (event.button !== 0 && event.button !== 1) return;
    const stage = event.currentTarget as HTMLElement;
    this.panel = null;
    this.zoomOpen = false;
    this.layersOpen = false;
    const [px, py] = this.#local(event);
    const doc = this.#doc_;
    let drag: Drag | null = null;
    if (event.button === 1 || this.tool === 'pan') {
      drag = { kind: 'pan', handle: 'move', x: px, y: py, start: { x: 0, y: 0, width: 0, height: 0 } };
    } else if (this.mode === 'crop' && this.cropRect) {
      const handle = handleAt(this.#view, this.cropRect, px, py);
      if (handle) drag = { kind: 'crop', handle, x: px, y: py, start: { ...this.cropRect } };
    } else if (this.mode === 'resize' && doc.placement) {
      const handle = handleAt(this.#view, doc.placement, px, py);
      if (handle)
        drag = { kind: 'frame', handle, x: px, y: py, start: { ...doc.placement }, before: doc.state() };
    } else if (this.mode) {
      return;
    } else if (this.tool === 'draw' || this.tool === 'erase') {
      const [x, y] = this.#view.toCanvas(px, py);
      if (x < 0 || y < 0 || x > doc.width || y > doc.height) return;
      if (!this.#startStroke(x, y)) return;
    } else {
      return;
    }
    event.preventDefault();
    stage.focus({ preventScroll: true });
    this.#keyboard = null;
    this.#drag = drag;
    try {
      stage.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser no longer tracks (a synthetic one): moves still reach the stage.
    }
  }

  #onPointerMove(event: PointerEvent): void {
    const [px, py] = this.#local(event);
    const [x, y] = this.#view.toCanvas(px, py);
    this.#pointer = { x, y };
    const stage = event.currentTarget as HTMLElement;
    const drag = this.#drag;
    if (this.#stroke) {
      // Every point the pointer passed through, not only the last of this frame.
      const points = event.getCoalescedEvents?.() ?? [];
      for (const e of points.length ? points : [event]) {
        const [lx, ly] = this.#view.toCanvas(...this.#local(e));
        this.#stroke.to(lx, ly);
      }
    } else if (drag) {
      const dx = (px - drag.x) / this.#view.scale;
      const dy = (py - drag.y) / this.#view.scale;
      if (drag.kind === 'pan') {
        this.#view.pan(px - drag.x, py - drag.y);
        this.#fitted = false;
        this.#drag = { ...drag, x: px, y: py };
      } else if (drag.kind === 'crop') {
        const doc = this.#doc_;
        const ratio = this.#cropRatio;
        const min = Math.min(MIN_FRAME, doc.width, doc.height);
        const moved = dragFrame(drag.start, drag.handle, dx, dy, ratio, min);
        this.cropRect = containFrame(moved, doc.width, doc.height, ratio);
      } else {
        const corner = drag.handle.length === 2;
        const ratio = corner && !event.shiftKey ? drag.start.width / drag.start.height : null;
        this.#doc_.place(dragFrame(drag.start, drag.handle, dx, dy, ratio, MIN_FRAME));
      }
    } else if (this.mode === 'crop' && this.cropRect) {
      stage.style.cursor = handleCursor(handleAt(this.#view, this.cropRect, px, py));
    } else if (this.mode === 'resize' && this.#doc_.placement) {
      stage.style.cursor = handleCursor(handleAt(this.#view, this.#doc_.placement, px, py));
    } else {
      stage.style.cursor = '';
    }
    this.#requestRender();
  }

  #onPointerUp(event: PointerEvent): void {
    const stage = event.currentTarget as HTMLElement;
    if (stage.hasPointerCapture(event.pointerId)) stage.releasePointerCapture(event.pointerId);
    if (this.#stroke) this.#endStroke();
    const drag = this.#drag;
    this.#drag = null;
    if (drag?.kind === 'frame' && drag.before) {
      const doc = this.#doc_;
      const before = drag.before;
      const after = doc.state();
      if (JSON.stringify(before.placement) !== JSON.stringify(after.placement)) {
        this.#commit({
          label: 'Resize image',
          undo: () => doc.restore(before),
          redo: () => doc.restore(after),
        });
      }
    }
    if (drag?.kind === 'pan') this.requestUpdate();
  }

  #onPointerLeave(): void {
    this.#pointer = null;
    this.#requestRender();
  }

  #onWheel(event: WheelEvent): void {
    const [px, py] = this.#local(event);
    if (event.ctrlKey || event.metaKey || event.altKey) {
      event.preventDefault();
      const factor = Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.0025));
      this.#zoomTo(this.#view.scale * factor, px, py);
      return;
    }
    // Plain scrolling moves a zoomed-in canvas; otherwise the page scrolls as usual.
    if (!this.#view.atMinimum && this.#view.pan(-event.deltaX, -event.deltaY)) {
      event.preventDefault();
      this.#fitted = false;
      this.#requestRender();
    }
  }

  #zoomTo(scale: number | 'fit', px?: number, py?: number): void {
    if (scale === 'fit') {
      this.#fitted = true;
      this.#view.fit();
    } else {
      this.#view.zoomAt(scale, px, py);
      this.#fitted = Math.abs(this.#view.scale - this.#view.fitScale) < 1e-6;
    }
    if (this.tool === 'pan' && this.#view.atMinimum) this.tool = this.#drawingTool();
    this.zoomOpen = false;
    this.requestUpdate();
    this.#requestRender();
  }

  // ---- strokes ----

  #startStroke(x: number, y: number): boolean {
    const doc = this.#doc_;
    const layer = doc.active;
    if (!layer) return false;
    if (!layer.visible) {
      this.notice = `${layer.name} is hidden: show it to draw on it.`;
      return false;
    }
    const erase = this.tool === 'erase';
    if (!erase && !this.brush) return false;
    this.notice = null;
    this.#stroke = new Stroke(
      doc,
      layer,
      erase ? 'erase' : 'draw',
      this.brushColor.hex,
      erase ? 1 : this.brushColor.opacity,
      erase ? this.eraserRadius : this.brushSize,
    );
    this.#stroke.to(x, y);
    this.#requestRender();
    return true;
  }

  #endStroke(): void {
    const stroke = this.#stroke;
    this.#stroke = null;
    this.#penDown = false;
    if (!stroke) return;
    const edit = stroke.finish();
    if (!edit) {
      this.#requestRender();
      return;
    }
    this.#doc_.touched = true;
    this.#commit(edit);
  }

  // ---- keyboard ----

  /** Shortcuts anywhere in the editor (not while typing in one of its fields). */
  #onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    const typing = target.matches('input, textarea, select');
    if (event.key === 'Escape') {
      if (this.panel || this.zoomOpen || this.layersOpen) {
        this.panel = null;
        this.zoomOpen = false;
        this.layersOpen = false;
        event.preventDefault();
        event.stopPropagation();
        this.querySelector<HTMLElement>('.stage')?.focus();
        return;
      }
      if (this.mode) {
        this.#leaveModes();
        event.preventDefault();
        event.stopPropagation();
        this.querySelector<HTMLElement>('.stage')?.focus();
        this.#requestRender();
        return;
      }
    }
    if (this.mode === 'crop' && event.key === 'Enter' && (typing || target.classList.contains('stage'))) {
      event.preventDefault();
      // The field being typed in has not reported its change yet: take its number first.
      if (typing) target.dispatchEvent(new Event('change'));
      this.#confirmCrop();
      return;
    }
    if (typing) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && key === 'z') {
      event.preventDefault();
      if (event.shiftKey) this.#redo();
      else this.#undo();
      return;
    }
    if (mod && key === 'y') {
      event.preventDefault();
      this.#redo();
      return;
    }
    if (mod || event.altKey || this.mode) return;
    switch (event.key) {
      case 'b':
      case 'B':
        if (this.brush) this.#setTool('draw');
        break;
      case 'e':
      case 'E':
        if (this.eraser) this.#setTool('erase');
        break;
      case 'h':
      case 'H':
        if (!this.#view.atMinimum) this.#setTool('pan');
        break;
      case '+':
      case '=':
        this.#zoomTo(this.#view.step('in'));
        break;
      case '-':
        this.#zoomTo(this.#view.step('out'));
        break;
      case '0':
        this.#zoomTo('fit');
        break;
      case '[':
      case ']': {
        const delta = event.key === '[' ? -1 : 1;
        const step = (size: number): number =>
          Math.min(100, Math.max(1, size + delta * Math.max(1, Math.round(size / 10))));
        if (this.tool === 'erase') this.eraserRadius = step(this.eraserRadius);
        else this.brushSize = step(this.brushSize);
        this.#announce(`Size ${this.tool === 'erase' ? this.eraserRadius : this.brushSize}`);
        this.#requestRender();
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  }

  /**
   * The canvas from the keyboard: arrows move the brush (Shift: farther), Space or Enter puts the
   * pen down and lifts it, so a stroke follows the arrows. With the hand tool arrows pan; in crop
   * and resize the arrows move the frame (Shift: resize it).
   */
  #onStageKey(event: KeyboardEvent): void {
    const arrows: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    const dir = arrows[event.key];
    const doc = this.#doc_;
    if (this.mode === 'crop' && this.cropRect && dir) {
      const step = Math.max(1, Math.round(Math.min(doc.width, doc.height) / 50));
      const handle: Handle = event.shiftKey ? 'se' : 'move';
      const ratio = this.#cropRatio;
      const moved = dragFrame(
        this.cropRect,
        handle,
        dir[0] * step,
        dir[1] * step,
        ratio,
        Math.min(MIN_FRAME, doc.width, doc.height),
      );
      this.cropRect = containFrame(moved, doc.width, doc.height, ratio);
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (this.mode === 'resize' && doc.placement && dir) {
      const step = Math.max(1, Math.round(Math.min(doc.width, doc.height) / 50));
      const handle: Handle = event.shiftKey ? 'se' : 'move';
      const next = dragFrame(doc.placement, handle, dir[0] * step, dir[1] * step, null, MIN_FRAME);
      this.#structural('Resize image', () => doc.place(next));
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (this.mode) return;
    if (this.tool === 'pan' && dir) {
      this.#view.pan(-dir[0] * 40, -dir[1] * 40);
      this.#fitted = false;
      this.#requestRender();
      event.preventDefault();
      return;
    }
    if (this.tool === 'image' && event.key === 'Enter' && !doc.hasContent) {
      event.preventDefault();
      this.#openPicker();
      return;
    }
    if (this.tool !== 'draw' && this.tool !== 'erase') return;
    const cursor = (this.#keyboard ??= { x: doc.width / 2, y: doc.height / 2 });
    if (dir) {
      const step = Math.max(1, Math.round(Math.min(doc.width, doc.height) / (event.shiftKey ? 10 : 50)));
      cursor.x = Math.min(doc.width, Math.max(0, cursor.x + dir[0] * step));
      cursor.y = Math.min(doc.height, Math.max(0, cursor.y + dir[1] * step));
      if (this.#stroke) this.#stroke.to(cursor.x, cursor.y);
      event.preventDefault();
      this.#requestRender();
      return;
    }
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      if (this.#stroke) {
        this.#endStroke();
        this.#announce('Pen up');
      } else if (this.#startStroke(cursor.x, cursor.y)) {
        this.#penDown = true;
        this.#announce('Pen down: the arrows draw');
      }
      this.#requestRender();
      return;
    }
    if (event.key === 'Escape' && this.#stroke) {
      this.#endStroke();
      this.#announce('Pen up');
      event.preventDefault();
    }
  }

  // ---- static selection ----

  #onStaticClick(event: MouseEvent): void {
    if (!this.selectable) return;
    const img = event.currentTarget as HTMLImageElement;
    const box = img.getBoundingClientRect();
    if (!img.naturalWidth || !box.width) return;
    // The image is scaled down to fit (object-fit: contain): map through the drawn rectangle.
    const scale = Math.min(box.width / img.naturalWidth, box.height / img.naturalHeight);
    const left = box.left + (box.width - img.naturalWidth * scale) / 2;
    const top = box.top + (box.height - img.naturalHeight * scale) / 2;
    const x = Math.floor((event.clientX - left) / scale);
    const y = Math.floor((event.clientY - top) / scale);
    if (x < 0 || y < 0 || x >= img.naturalWidth || y >= img.naturalHeight) return;
    this.emit('select', { index: [x, y], value: null });
  }

  // ---- rendering ----

  protected override renderContent(): unknown {
    const label = this.label || 'Image';
    if (!isEditorValue(this.value)) {
      return html`<div class="block">
        ${renderBlockLabel({ label, show: this.showLabel, icon: icons.image })}
        ${renderValueError('This image editor cannot show its value: it is not an editor value.')}
      </div>`;
    }
    if (!this.interactive) return this.#renderStatic(label);
    const doc = this.#doc_;
    const empty = !doc.hasContent;
    const style = [
      `height:${cssLength(this.height ?? DEFAULT_HEIGHT)}`,
      this.width !== null ? `width:${cssLength(this.width)}` : '',
    ].join(';');
    const drawing = this.tool === 'draw' || this.tool === 'erase';
    return html`<div
      class="block ${this.container ? '' : 'no-container'} ${empty ? 'dashed' : ''}"
      style=${style}
      @paste=${this.#onPaste}
      @dragover=${this.#onDragOver}
      @drop=${this.#onDrop}
    >
      ${renderBlockLabel({ label, show: this.showLabel, icon: icons.image, container: this.container })}
      <div
        class="editor ${this.mode ? `mode-${this.mode}` : ''}"
        role="group"
        aria-label=${`${label}: image editor`}
        @keydown=${this.#onKey}
      >
        <div
          class="stage tool-${this.tool}"
          tabindex="0"
          role="application"
          aria-roledescription="drawing canvas"
          aria-label=${this.#stageLabel(label)}
          aria-describedby=${`${this.#id}-help`}
          aria-keyshortcuts="B E H + - 0 [ ] Control+Z Control+Shift+Z"
          @pointerdown=${this.#onPointerDown}
          @pointermove=${this.#onPointerMove}
          @pointerup=${this.#onPointerUp}
          @pointercancel=${this.#onPointerUp}
          @pointerleave=${this.#onPointerLeave}
          @click=${() => {
            if (this.tool === 'image' && !this.mode && !this.#doc_.hasContent) this.#openPicker();
          }}
          @wheel=${this.#onWheel}
          @keydown=${this.#onStageKey}
          @focus=${() => this.#requestRender()}
          @blur=${() => this.#requestRender()}
        >
          <canvas aria-hidden="true"></canvas>
        </div>
        <span class="gr-visually-hidden" id=${`${this.#id}-help`}>${this.#help(drawing)}</span>
        ${this.tool === 'image' && empty && !this.mode && !this.loading ? this.#renderEmpty() : nothing}
        ${this.loading ? html`<div class="loading" role="status">Loading the image…</div>` : nothing}
        ${this.mode === 'crop' ? this.#renderCropBar() : nothing}
        ${this.mode === 'resize' ? this.#renderResizeBar() : nothing}
        ${this.mode !== 'crop' ? this.#renderControls(empty) : nothing}
        ${this.mode !== 'crop' && this.mode !== 'resize' ? this.#renderToolbar() : nothing}
        ${this.mode === null ? this.#renderPanel() : nothing}
        ${this.mode === null && !this.#layerSettings.disabled ? this.#renderLayers() : nothing}
        ${this.mode === 'webcam' ? this.#renderWebcam(label) : nothing}
        <input class="picker" type="file" accept="image/*" hidden @change=${this.#onPicked} />
        <span class="gr-visually-hidden" role="status" aria-live="polite">${this.announcement}</span>
        ${
          this.notice || this.sending
            ? html`<div class="notice" role=${this.notice ? 'alert' : 'status'}>
                ${this.notice ?? 'Sending the picture…'}
              </div>`
            : nothing
        }
      </div>
    </div>`;
  }

  #stageLabel(label: string): string {
    const doc = this.#doc_;
    const tool = { image: 'image', draw: 'brush', erase: 'eraser', pan: 'hand' }[this.tool];
    return `${label} canvas, ${doc.width} by ${doc.height} pixels, ${tool} tool, ${doc.active?.name ?? ''}`;
  }

  #help(drawing: boolean): string {
    if (this.mode === 'crop')
      return 'Arrow keys move the crop frame, Shift with arrows resizes it, Enter confirms, Escape cancels.';
    if (this.mode === 'resize')
      return 'Arrow keys move the image, Shift with arrows resizes it, Escape finishes.';
    const common =
      'B brush, E eraser, H hand, plus and minus zoom, 0 fits, Control+Z undoes, Control+Shift+Z redoes.';
    return drawing
      ? `Arrow keys move the brush; Space puts the pen down and lifts it. Left and right brackets change the size. ${common}`
      : common;
  }

  #renderEmpty(): TemplateResult {
    const sources = this.#sources;
    const placeholder = this.placeholder?.trim();
    let heading = '';
    let paragraph = '';
    if (placeholder) {
      const match = /^#\s*(.+)$/m.exec(placeholder);
      heading = match ? match[1]!.trim() : '';
      paragraph = match ? placeholder.slice(match.index + match[0].length).trim() : placeholder;
    }
    return html`<div class="empty" aria-hidden="true">
      ${
        sources.length
          ? placeholder
            ? html`${heading ? html`<h2>${heading}</h2>` : nothing}${paragraph ? html`<p>${paragraph}</p>` : nothing}`
            : html`<div>Upload an image</div>`
          : nothing
      }
      ${sources.length && this.brush && !placeholder ? html`<div class="or">or</div>` : nothing}
      ${this.brush && !placeholder ? html`<div>select the draw tool to start</div>` : nothing}
    </div>`;
  }

  #iconButton(
    name: string,
    icon: unknown,
    onClick: () => void,
    options: {
      pressed?: boolean;
      disabled?: boolean;
      cls?: string;
      expanded?: boolean;
      shortcut?: string;
    } = {},
  ): TemplateResult {
    return html`<button
      type="button"
      class="icon-button ${options.cls ?? ''}"
      aria-label=${name}
      title=${options.shortcut ? `${name} (${options.shortcut})` : name}
      aria-pressed=${options.pressed === undefined ? nothing : options.pressed ? 'true' : 'false'}
      aria-expanded=${options.expanded === undefined ? nothing : options.expanded ? 'true' : 'false'}
      aria-keyshortcuts=${options.shortcut ?? nothing}
      ?disabled=${options.disabled}
      @click=${(e: Event) => {
        e.stopPropagation();
        onClick();
      }}
    >
      ${icon}
    </button>`;
  }

  #renderControls(empty: boolean): TemplateResult {
    const view = this.#view;
    const zoom = Math.round(view.scale * 100);
    const listensApply = this.services?.listens?.(this.blockId, 'apply') ?? false;
    const undo = this.#history.nextUndo;
    const redo = this.#history.nextRedo;
    return html`<div class="icon-buttons controls">
      ${renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }))}
      ${this.#shows('download') ? this.#iconButton('Download', icons.download, () => void this.#download(), { disabled: empty }) : nothing}
      ${this.#shows('fullscreen') ? this.#fullscreen.renderButton() : nothing}
      ${this.#iconButton(
        'Pan',
        editorIcons.hand,
        () => this.#setTool(this.tool === 'pan' ? this.#drawingTool() : 'pan'),
        {
          pressed: this.tool === 'pan',
          disabled: view.atMinimum,
          shortcut: 'H',
        },
      )}
      ${this.#iconButton('Zoom out', editorIcons.zoomOut, () => this.#zoomTo(view.step('out')), {
        disabled: view.scale <= view.minScale + 1e-6,
        shortcut: '-',
      })}
      ${this.#iconButton('Zoom in', editorIcons.zoomIn, () => this.#zoomTo(view.step('in')), { shortcut: '+' })}
      <span class="zoom">
        <button
          type="button"
          class="zoom-level"
          aria-label=${`Zoom ${zoom}%`}
          aria-haspopup="true"
          aria-expanded=${this.zoomOpen ? 'true' : 'false'}
          @click=${(e: Event) => {
            e.stopPropagation();
            this.zoomOpen = !this.zoomOpen;
            this.panel = null;
          }}
        >
          ${zoom}%
        </button>
        ${
          this.zoomOpen
            ? html`<ul class="zoom-menu" aria-label="Zoom">
                <li><button type="button" @click=${() => this.#zoomTo('fit')}>Fit to screen</button></li>
                ${ZOOM_LEVELS.map(
                  (level) =>
                    html`<li>
                      <button type="button" @click=${() => this.#zoomTo(level)}>${level * 100}%</button>
                    </li>`,
                )}
              </ul>`
            : nothing
        }
      </span>
      <span class="separator" aria-hidden="true"></span>
      ${this.#iconButton(
        undo ? `Undo ${undo.label.toLowerCase()}` : 'Undo',
        mediaIcons.undo,
        () => this.#undo(),
        {
          disabled: !undo,
          shortcut: 'Control+Z',
          cls: 'undo',
        },
      )}
      ${this.#iconButton(
        redo ? `Redo ${redo.label.toLowerCase()}` : 'Redo',
        editorIcons.redo,
        () => this.#redo(),
        {
          disabled: !redo,
          shortcut: 'Control+Shift+Z',
          cls: 'redo',
        },
      )}
      ${listensApply ? this.#iconButton('Save changes', icons.check, () => this.emit('apply'), { cls: 'apply' }) : nothing}
      ${this.#iconButton('Clear canvas', icons.trash, () => this.#clear())}
    </div>`;
  }

  #renderToolbar(): TemplateResult {
    const doc = this.#doc_;
    const sources = this.#sources;
    const transforms = this.#transforms;
    const hasPicture = doc.picture !== null;
    const canImage = sources.length > 0 || (hasPicture && transforms.length > 0);
    const tool = this.tool;
    const sub: unknown[] = [];
    if (tool === 'image') {
      if (hasPicture) {
        if (transforms.includes('crop'))
          sub.push(this.#iconButton('Crop', editorIcons.crop, () => this.#startCrop()));
        if (transforms.includes('resize'))
          sub.push(
            this.#iconButton('Resize', editorIcons.resize, () => {
              this.panel = null;
              this.mode = 'resize';
              this.#announce('Resize: drag the image or its handles, or type its position and size');
            }),
          );
      } else {
        if (sources.includes('upload'))
          sub.push(this.#iconButton('Upload', icons.upload, () => this.#openPicker()));
        if (sources.includes('clipboard'))
          sub.push(this.#iconButton('Paste', mediaIcons.paste, () => void this.#pasteFromClipboard()));
        if (sources.includes('webcam'))
          sub.push(this.#iconButton('Webcam', mediaIcons.webcam, () => (this.mode = 'webcam')));
      }
    } else if (tool === 'draw' && this.brush) {
      sub.push(
        html`<button
          type="button"
          class="icon-button color-button"
          aria-label=${`Color: ${colorName(this.brushColor)}`}
          title="Color"
          aria-expanded=${this.panel === 'color' ? 'true' : 'false'}
          @click=${(e: Event) => (e.stopPropagation(), this.#togglePanel('color'))}
        >
          <span
            class="color-dot"
            style=${`background:${this.brushColor.hex};opacity:${this.brushColor.opacity}`}
          ></span>
        </button>`,
      );
      sub.push(
        this.#iconButton('Brush Size', editorIcons.size, () => this.#togglePanel('size'), {
          expanded: this.panel === 'size',
        }),
      );
    } else if (tool === 'erase' && this.eraser) {
      sub.push(
        this.#iconButton('Eraser Size', editorIcons.size, () => this.#togglePanel('eraser'), {
          expanded: this.panel === 'eraser',
        }),
      );
    }
    return html`<div class="tools" role="toolbar" aria-label="Tools" aria-orientation="vertical">
      <div class="tool-group">
        ${canImage ? this.#iconButton('Image', icons.image, () => this.#setTool('image'), { pressed: tool === 'image' }) : nothing}
        ${this.brush ? this.#iconButton('Brush', editorIcons.brush, () => this.#setTool('draw'), { pressed: tool === 'draw', shortcut: 'B' }) : nothing}
        ${this.eraser ? this.#iconButton('Erase', editorIcons.eraser, () => this.#setTool('erase'), { pressed: tool === 'erase', shortcut: 'E' }) : nothing}
      </div>
      ${sub.length ? html`<div class="tool-group sub">${sub}</div>` : nothing}
    </div>`;
  }

  #renderPanel(): unknown {
    const panel = this.panel;
    if (!panel) return nothing;
    if (panel === 'eraser') {
      return html`<div class="panel" role="group" aria-label="Eraser options">
        ${this.#sizeSlider('Eraser size', this.eraserRadius, (v) => (this.eraserRadius = v))}
      </div>`;
    }
    const brush = this.#brush;
    if (!brush) return nothing;
    if (panel === 'size') {
      return html`<div class="panel" role="group" aria-label="Brush options">
        ${this.#sizeSlider('Brush size', this.brushSize, (v) => (this.brushSize = v))}
        <span class="size-preview" aria-hidden="true"
          ><span
            style=${`width:${Math.min(64, this.brushSize * 2)}px;height:${Math.min(64, this.brushSize * 2)}px;background:${this.brushColor.hex};opacity:${this.brushColor.opacity}`}
          ></span
        ></span>
      </div>`;
    }
    const swatch = (color: BrushColor, group: string) =>
      html`<button
        type="button"
        class="swatch"
        role="radio"
        aria-checked=${sameColor(color, this.brushColor) ? 'true' : 'false'}
        aria-label=${colorName(color)}
        title=${colorName(color)}
        data-group=${group}
        style=${`--swatch:${color.hex};--swatch-opacity:${color.opacity}`}
        @click=${() => {
          this.brushColor = color;
          this.#announce(`Color ${colorName(color)}`);
        }}
      ></button>`;
    return html`<div class="panel color-panel" role="group" aria-label="Brush color">
      <div class="swatches" role="radiogroup" aria-label="Colors">
        ${brush.colors.map((c) => swatch(c, 'app'))}
        ${!brush.fixed ? this.recentColors.map((c) => swatch(c, 'recent')) : nothing}
      </div>
      ${
        brush.fixed
          ? nothing
          : html`<div class="custom-color">
              <label
                >Custom color
                <input
                  type="color"
                  .value=${this.brushColor.hex}
                  @input=${(e: Event) => this.#pickColor((e.target as HTMLInputElement).value, this.brushColor.opacity)}
                  @change=${() => this.#rememberColor()}
              /></label>
              <label
                >Opacity
                <input
                  type="range"
                  min="0"
                  max="100"
                  step="1"
                  .value=${String(Math.round(this.brushColor.opacity * 100))}
                  aria-valuetext=${`${Math.round(this.brushColor.opacity * 100)}%`}
                  @input=${(e: Event) =>
                    this.#pickColor(this.brushColor.hex, Number((e.target as HTMLInputElement).value) / 100)}
                  @change=${() => this.#rememberColor()}
              /></label>
            </div>`
      }
    </div>`;
  }

  #pickColor(hex: string, opacity: number): void {
    const parsed = parseCssColor(hex);
    if (parsed) this.brushColor = { hex: parsed.hex, opacity };
  }

  /** A custom colour joins the recent ones (five at most), as in Gradio's picker. */
  #rememberColor(): void {
    const color = this.brushColor;
    const brush = this.#brush;
    if (!brush || brush.colors.some((c) => sameColor(c, color))) return;
    this.recentColors = [color, ...this.recentColors.filter((c) => !sameColor(c, color))].slice(0, 5);
  }

  #sizeSlider(name: string, value: number, set: (value: number) => void): TemplateResult {
    return html`<label class="size"
      ><span class="size-icon" aria-hidden="true">${editorIcons.size}</span
      ><span class="gr-visually-hidden">${name}</span>
      <input
        type="range"
        min="1"
        max="100"
        step="1"
        .value=${String(value)}
        @input=${(e: Event) => {
          set(Number((e.target as HTMLInputElement).value));
          this.#requestRender();
        }}
      /><span class="size-value" aria-hidden="true">${value}</span></label
    >`;
  }

  #renderLayers(): TemplateResult {
    const doc = this.#doc_;
    const settings = this.#layerSettings;
    const active = doc.active;
    const many = doc.layers.length > 1;
    return html`<div class="layers ${this.layersOpen ? 'open' : ''}">
      <button
        type="button"
        class="layers-toggle"
        aria-label=${this.layersOpen ? 'Hide Layers' : `Show Layers (current: ${active?.name ?? ''})`}
        aria-expanded=${this.layersOpen ? 'true' : 'false'}
        @click=${(e: Event) => {
          e.stopPropagation();
          this.layersOpen = !this.layersOpen;
          this.panel = null;
          this.zoomOpen = false;
        }}
      >
        <span>${this.layersOpen ? 'Layers' : (active?.name ?? '')}</span>
        <span class="layers-icon" aria-hidden="true">${editorIcons.layers}</span>
      </button>
      ${
        this.layersOpen
          ? html`<ul class="layer-list" aria-label="Layers">
              ${doc.layers.map(
                (layer, i) =>
                  html`<li data-layer=${layer.id} class=${layer.id === active?.id ? 'active' : ''}>
                    ${this.#iconButton(
                      layer.visible ? `Hide ${layer.name}` : `Show ${layer.name}`,
                      layer.visible ? editorIcons.eye : editorIcons.eyeOff,
                      () => this.#toggleLayer(layer.id),
                      { pressed: !layer.visible, cls: 'visibility' },
                    )}
                    <button
                      type="button"
                      class="layer-name"
                      aria-pressed=${layer.id === active?.id ? 'true' : 'false'}
                      @click=${(e: Event) => (e.stopPropagation(), this.#selectLayer(layer.id))}
                    >
                      ${layer.name}
                    </button>
                    ${
                      many
                        ? html`<span class="layer-actions">
                            ${this.#iconButton(
                              `Move ${layer.name} up`,
                              editorIcons.arrowUp,
                              () => this.#moveLayer(layer.id, 'up'),
                              {
                                disabled: i === 0,
                                cls: 'move-up',
                              },
                            )}
                            ${this.#iconButton(
                              `Move ${layer.name} down`,
                              editorIcons.arrowDown,
                              () => this.#moveLayer(layer.id, 'down'),
                              { disabled: i === doc.layers.length - 1, cls: 'move-down' },
                            )}
                            ${
                              layer.userCreated
                                ? this.#iconButton(
                                    `Delete ${layer.name}`,
                                    icons.close,
                                    () => this.#removeLayer(layer.id),
                                    {
                                      cls: 'delete',
                                    },
                                  )
                                : nothing
                            }
                          </span>`
                        : nothing
                    }
                  </li>`,
              )}
              ${
                settings.allowAdd
                  ? html`<li class="add-layer">
                      ${this.#iconButton('Add Layer', icons.plus, () => this.#addLayer())}
                    </li>`
                  : nothing
              }
            </ul>`
          : nothing
      }
    </div>`;
  }

  #renderCropBar(): TemplateResult {
    const rect = this.cropRect ?? { x: 0, y: 0, width: 0, height: 0 };
    const field = (name: string, key: keyof Rect) =>
      html`<label
        >${name}
        <input
          type="number"
          class="input"
          step="1"
          .value=${String(Math.round(rect[key]))}
          @change=${(e: Event) => this.#setCropField(key, (e.target as HTMLInputElement).value)}
      /></label>`;
    return html`<div class="mode-bar" role="group" aria-label="Crop">
      ${field('X', 'x')} ${field('Y', 'y')} ${field('Width', 'width')} ${field('Height', 'height')}
      <button
        type="button"
        class="gr-button secondary sm"
        @click=${() => (this.#leaveModes(), this.#requestRender())}
      >
        Cancel
      </button>
      <button type="button" class="gr-button primary sm confirm" @click=${() => this.#confirmCrop()}>
        ${icons.check} Confirm crop
      </button>
    </div>`;
  }

  #renderResizeBar(): TemplateResult {
    const rect = this.#doc_.placement ?? { x: 0, y: 0, width: 0, height: 0 };
    const field = (name: string, key: keyof Rect) =>
      html`<label
        >${name}
        <input
          type="number"
          class="input"
          step="1"
          .value=${String(Math.round(rect[key]))}
          @change=${(e: Event) => this.#setFrameField(key, (e.target as HTMLInputElement).value)}
      /></label>`;
    return html`<div class="mode-bar" role="group" aria-label="Image position and size">
      ${field('X', 'x')} ${field('Y', 'y')} ${field('Width', 'width')} ${field('Height', 'height')}
      <button
        type="button"
        class="gr-button primary sm confirm"
        @click=${() => {
          this.mode = null;
          this.#requestRender();
        }}
      >
        ${icons.check} Done
      </button>
    </div>`;
  }

  #renderWebcam(label: string): TemplateResult {
    return html`<div class="webcam-modal">
      <gr-webcam
        .mirror=${this.#mirror}
        .constraints=${this.#constraints}
        label=${label}
        @webcam-capture=${this.#onCapture}
      ></gr-webcam>
      ${this.#iconButton('Close camera', icons.close, () => (this.mode = null), { cls: 'close-webcam' })}
    </div>`;
  }

  #renderStatic(label: string): TemplateResult {
    const value = (this.value ?? {}) as Partial<EditorValue>;
    const file = value.composite ?? value.background ?? null;
    const url = file ? this.services?.fileUrl(file) : null;
    const style = [
      this.height !== null ? `height:${cssLength(this.height)}` : '',
      this.width !== null ? `width:${cssLength(this.width)}` : '',
    ].join(';');
    const custom = renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }));
    return html`<div class="block static ${this.container ? '' : 'no-container'}" style=${style}>
      ${renderBlockLabel({ label, show: this.showLabel, icon: icons.image, container: this.container })}
      ${
        url
          ? html`<div class="icon-buttons">
              ${custom} ${this.#shows('fullscreen') ? this.#fullscreen.renderButton() : nothing}
              ${
                this.#shows('download')
                  ? this.#iconButton('Download', icons.download, () => {
                      const name = (file as FileData).orig_name || 'image.png';
                      void downloadFile(url, name.includes('.') ? name : `${name}.png`, this);
                    })
                  : nothing
              }
            </div>`
          : custom === nothing
            ? nothing
            : html`<div class="icon-buttons">${custom}</div>`
      }
      ${
        url
          ? html`<div class="static-frame">
              <img
                src=${url}
                alt=""
                class=${this.selectable ? 'selectable' : ''}
                @click=${this.#onStaticClick}
                @load=${() => this.requestUpdate()}
              />
            </div>`
          : renderEmptyState(icons.image, 'large')
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-imageeditor': GrImageeditor;
  }
}
