/** A rectangle in canvas pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A decoded picture at its own size: what the background shows. Never drawn into. */
export type Picture = HTMLCanvasElement | ImageBitmap;

/** One drawing layer: a transparent canvas the size of the document. */
export interface Layer {
  readonly id: string;
  name: string;
  readonly canvas: HTMLCanvasElement;
  visible: boolean;
  /** Added by the user (may be deleted), as opposed to one of the app's `layers` names. */
  readonly userCreated: boolean;
  /** Changes whenever the pixels change: the export cache's key. Unique across the document. */
  version: number;
}

/** The document's structure at one moment, by reference: undo and redo swap between these. */
export interface DocState {
  readonly width: number;
  readonly height: number;
  readonly picture: Picture | null;
  readonly placement: Rect | null;
  readonly layers: readonly Layer[];
  readonly activeId: string;
  readonly touched: boolean;
}

export function makeCanvas(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  return canvas;
}

export function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d', { willReadFrequently: false });
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  return ctx;
}

/** Where a picture of this size sits when fitted, centred, into a canvas (Gradio's fixed canvas). */
export function fitInto(width: number, height: number, canvasWidth: number, canvasHeight: number): Rect {
  const scale = Math.min(canvasWidth / width, canvasHeight / height);
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  return { x: Math.round((canvasWidth - w) / 2), y: Math.round((canvasHeight - h) / 2), width: w, height: h };
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/**
 * The picture the editor edits: a background (white, with the uploaded picture placed on it, as
 * Gradio's editor exports it) and drawing layers on top, all the size of the canvas. Structural
 * edits (a new background, a crop, layers added or removed) replace canvases rather than draw
 * into them, so `state()` / `restore()` can undo them by reference; strokes draw into a layer
 * and are undone by their own pixel diff.
 */
export class EditorDocument {
  width: number;
  height: number;
  picture: Picture | null = null;
  placement: Rect | null = null;
  /** White with the picture on it: what is sent as `background`. */
  readonly background: HTMLCanvasElement;
  backgroundVersion = 0;
  layers: Layer[] = [];
  activeId = '';
  /** Something was drawn, or the value brought layers: a blank canvas nobody touched sends nulls. */
  touched = false;
  #stamp = 0;
  #layerSerial = 0;

  constructor(width: number, height: number, layerNames: readonly string[]) {
    this.width = Math.max(1, Math.round(width));
    this.height = Math.max(1, Math.round(height));
    this.background = makeCanvas(this.width, this.height);
    this.reset(width, height, layerNames);
  }

  /** A new number for a changed canvas. */
  stamp(): number {
    return ++this.#stamp;
  }

  get active(): Layer | undefined {
    return this.layers.find((l) => l.id === this.activeId) ?? this.layers[0];
  }

  /** Whether there is anything to send: a picture, a drawing, or layers from the value. */
  get hasContent(): boolean {
    return this.picture !== null || this.touched;
  }

  newLayer(name: string, userCreated: boolean, id?: string): Layer {
    return {
      id: id ?? `layer-${++this.#layerSerial}`,
      name,
      canvas: makeCanvas(this.width, this.height),
      visible: true,
      userCreated,
      version: this.stamp(),
    };
  }

  /** A blank canvas of this size with the app's layers (Gradio's reset). */
  reset(width: number, height: number, layerNames: readonly string[]): void {
    this.width = Math.max(1, Math.round(width));
    this.height = Math.max(1, Math.round(height));
    this.picture = null;
    this.placement = null;
    const names = layerNames.length ? layerNames : ['Layer 1'];
    this.layers = names.map((name) => this.newLayer(name, false));
    this.activeId = this.layers[0]!.id;
    this.touched = false;
    this.paintBackground();
  }

  /** Redraws the background canvas: white, then the picture at its placement. */
  paintBackground(): void {
    const bg = this.background;
    if (bg.width !== this.width) bg.width = this.width;
    if (bg.height !== this.height) bg.height = this.height;
    const ctx = context(bg);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalCompositeOperation = 'source-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, this.width, this.height);
    if (this.picture && this.placement) {
      const p = this.placement;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(this.picture, p.x, p.y, p.width, p.height);
    }
    ctx.restore();
    this.backgroundVersion = this.stamp();
  }

  state(): DocState {
    return {
      width: this.width,
      height: this.height,
      picture: this.picture,
      placement: this.placement ? { ...this.placement } : null,
      layers: [...this.layers],
      activeId: this.activeId,
      touched: this.touched,
    };
  }

  restore(state: DocState): void {
    this.width = state.width;
    this.height = state.height;
    this.picture = state.picture;
    this.placement = state.placement ? { ...state.placement } : null;
    this.layers = [...state.layers];
    // The canvases are the ones that state had; their pixels may differ from what was cached.
    for (const layer of this.layers) layer.version = this.stamp();
    this.activeId = this.layers.some((l) => l.id === state.activeId)
      ? state.activeId
      : (this.layers[0]?.id ?? '');
    this.touched = state.touched;
    this.paintBackground();
  }

  /**
   * A new background picture. Without a fixed canvas the canvas takes the picture's size (the
   * layers start empty at that size, as in Gradio); with one, the picture is fitted into the
   * canvas and the drawings stay.
   */
  setPicture(picture: Picture, fixedCanvas: boolean): void {
    if (fixedCanvas) {
      this.picture = picture;
      this.placement = fitInto(picture.width, picture.height, this.width, this.height);
    } else {
      this.width = picture.width;
      this.height = picture.height;
      this.picture = picture;
      this.placement = { x: 0, y: 0, width: picture.width, height: picture.height };
      this.layers = this.layers.map((l) => ({
        ...this.newLayer(l.name, l.userCreated, l.id),
        visible: l.visible,
      }));
    }
    this.paintBackground();
  }

  /**
   * Layers from the value: each picture on a layer the size of the canvas, centred when smaller,
   * fitted when larger (as Gradio places them). Named after the app's layers, then "Layer n".
   */
  setLayerPictures(pictures: readonly (Picture | null)[], names: readonly string[]): void {
    this.layers = pictures.map((picture, i) => {
      const layer = this.newLayer(names[i] ?? `Layer ${i + 1}`, i >= names.length);
      if (picture) {
        const fits = picture.width <= this.width && picture.height <= this.height;
        const rect = fits
          ? {
              x: Math.floor((this.width - picture.width) / 2),
              y: Math.floor((this.height - picture.height) / 2),
              width: picture.width,
              height: picture.height,
            }
          : fitInto(picture.width, picture.height, this.width, this.height);
        context(layer.canvas).drawImage(picture, rect.x, rect.y, rect.width, rect.height);
      }
      return layer;
    });
    if (!this.layers.length) this.layers = [this.newLayer(names[0] ?? 'Layer 1', false)];
    this.activeId = this.layers[0]!.id;
    this.touched = true;
  }

  addLayer(): Layer {
    const used = new Set(this.layers.map((l) => l.name));
    let n = this.layers.length + 1;
    while (used.has(`Layer ${n}`)) n++;
    const layer = this.newLayer(`Layer ${n}`, true);
    this.layers = [...this.layers, layer];
    this.activeId = layer.id;
    return layer;
  }

  removeLayer(id: string): void {
    const index = this.layers.findIndex((l) => l.id === id);
    if (index < 0 || this.layers.length < 2) return;
    this.layers = this.layers.filter((l) => l.id !== id);
    if (this.activeId === id) this.activeId = this.layers[Math.max(0, index - 1)]!.id;
  }

  /** `up` moves a layer one place towards the start of the list (Gradio's order: first is lowest). */
  moveLayer(id: string, direction: 'up' | 'down'): boolean {
    const index = this.layers.findIndex((l) => l.id === id);
    const target = direction === 'up' ? index - 1 : index + 1;
    if (index < 0 || target < 0 || target >= this.layers.length) return false;
    const layers = [...this.layers];
    [layers[index], layers[target]] = [layers[target]!, layers[index]!];
    this.layers = layers;
    return true;
  }

  /**
   * Crops to `rect` (canvas pixels): background and every layer. Without a fixed canvas the
   * canvas becomes the crop; with one, the crop is fitted back into the canvas. The picture is
   * cut at its own resolution, so a crop of a large photo stays sharp.
   */
  crop(rect: Rect, fixedCanvas: boolean): void {
    const r = intersect(rect, { x: 0, y: 0, width: this.width, height: this.height });
    if (!r) return;
    const width = fixedCanvas ? this.width : Math.round(r.width);
    const height = fixedCanvas ? this.height : Math.round(r.height);
    const scale = fixedCanvas ? Math.min(width / r.width, height / r.height) : 1;
    const ox = fixedCanvas ? (width - r.width * scale) / 2 : 0;
    const oy = fixedCanvas ? (height - r.height * scale) / 2 : 0;
    const map = (x: number, y: number): [number, number] => [(x - r.x) * scale + ox, (y - r.y) * scale + oy];

    let picture: Picture | null = null;
    let placement: Rect | null = null;
    if (this.picture && this.placement) {
      const shown = intersect(r, this.placement);
      if (shown) {
        const sx = this.picture.width / this.placement.width;
        const sy = this.picture.height / this.placement.height;
        const cut = makeCanvas((shown.width * sx) | 0 || 1, (shown.height * sy) | 0 || 1);
        context(cut).drawImage(
          this.picture,
          (shown.x - this.placement.x) * sx,
          (shown.y - this.placement.y) * sy,
          shown.width * sx,
          shown.height * sy,
          0,
          0,
          cut.width,
          cut.height,
        );
        const [x, y] = map(shown.x, shown.y);
        picture = cut;
        placement = { x, y, width: shown.width * scale, height: shown.height * scale };
      }
    }
    const [dx, dy] = map(r.x, r.y);
    const layers = this.layers.map((old) => {
      const layer: Layer = { ...old, canvas: makeCanvas(width, height), version: this.stamp() };
      const ctx = context(layer.canvas);
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(old.canvas, r.x, r.y, r.width, r.height, dx, dy, r.width * scale, r.height * scale);
      return layer;
    });
    this.width = width;
    this.height = height;
    this.picture = picture;
    this.placement = placement;
    this.layers = layers;
    this.paintBackground();
  }

  /** Moves or scales the background picture inside the canvas (the resize tool). */
  place(rect: Rect): void {
    if (!this.picture) return;
    this.placement = { ...rect };
    this.paintBackground();
  }

  /** Background and visible layers, flattened: what is sent as `composite`. */
  composite(): HTMLCanvasElement {
    const out = makeCanvas(this.width, this.height);
    const ctx = context(out);
    ctx.drawImage(this.background, 0, 0);
    for (const layer of this.layers) if (layer.visible) ctx.drawImage(layer.canvas, 0, 0);
    return out;
  }
}
