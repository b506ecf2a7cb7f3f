/** Space kept around the canvas when it is fitted into the view (Gradio's border padding). */
export const FIT_PADDING = 30;
export const MAX_ZOOM = 10;
/** The zoom menu's fixed levels. */
export const ZOOM_LEVELS = [0.25, 0.5, 1, 2, 4] as const;

/**
 * How the canvas sits in the view: canvas pixel (x, y) is drawn at view point
 * (x * scale + offsetX, y * scale + offsetY), in CSS pixels. Zoom never goes below the fitted
 * size (or 1 for a canvas that fits at full size); panning keeps part of the canvas in view.
 */
export class Viewport {
  scale = 1;
  offsetX = 0;
  offsetY = 0;
  viewWidth = 0;
  viewHeight = 0;
  docWidth = 1;
  docHeight = 1;

  /** The zoom at which the whole canvas fits with its padding. */
  get fitScale(): number {
    const w = Math.max(1, this.viewWidth - FIT_PADDING * 2);
    const h = Math.max(1, this.viewHeight - FIT_PADDING * 2);
    return Math.min(w / this.docWidth, h / this.docHeight);
  }

  /** The smallest zoom: the fit, or full size when the canvas fits at full size. */
  get minScale(): number {
    return Math.min(this.fitScale, 1);
  }

  /** Whether the canvas fills no more than the view: nothing to pan to. */
  get atMinimum(): boolean {
    return this.scale <= this.fitScale + 1e-6;
  }

  setView(width: number, height: number): void {
    this.viewWidth = width;
    this.viewHeight = height;
  }

  setDocument(width: number, height: number): void {
    this.docWidth = Math.max(1, width);
    this.docHeight = Math.max(1, height);
  }

  /** Fits the whole canvas, centred. */
  fit(): void {
    this.scale = this.fitScale;
    this.#center();
  }

  #center(): void {
    this.offsetX = (this.viewWidth - this.docWidth * this.scale) / 2;
    this.offsetY = (this.viewHeight - this.docHeight * this.scale) / 2;
  }

  /** Zooms to `scale`, keeping the canvas point under view point (px, py) where it is. */
  zoomAt(scale: number, px = this.viewWidth / 2, py = this.viewHeight / 2): void {
    const next = Math.min(MAX_ZOOM, Math.max(this.minScale, scale));
    const [x, y] = this.toCanvas(px, py);
    this.scale = next;
    this.offsetX = px - x * next;
    this.offsetY = py - y * next;
    this.clamp();
  }

  /** Gradio's zoom step: 10 % points below 100 %, 10 % of the zoom above. */
  step(direction: 'in' | 'out'): number {
    const delta = this.scale < 1 ? 0.1 : this.scale * 0.1;
    return direction === 'in' ? this.scale + delta : this.scale - delta;
  }

  /** Moves the canvas by (dx, dy) view pixels. Returns whether it moved. */
  pan(dx: number, dy: number): boolean {
    const x = this.offsetX;
    const y = this.offsetY;
    this.offsetX += dx;
    this.offsetY += dy;
    this.clamp();
    return x !== this.offsetX || y !== this.offsetY;
  }

  /** A canvas smaller than the view stays centred on that axis; a larger one keeps its edge past the middle. */
  clamp(): void {
    const w = this.docWidth * this.scale;
    const h = this.docHeight * this.scale;
    if (w <= this.viewWidth - FIT_PADDING * 2 + 1) this.offsetX = (this.viewWidth - w) / 2;
    else this.offsetX = Math.min(this.viewWidth / 2, Math.max(this.viewWidth / 2 - w, this.offsetX));
    if (h <= this.viewHeight - FIT_PADDING * 2 + 1) this.offsetY = (this.viewHeight - h) / 2;
    else this.offsetY = Math.min(this.viewHeight / 2, Math.max(this.viewHeight / 2 - h, this.offsetY));
  }

  toCanvas(px: number, py: number): [number, number] {
    return [(px - this.offsetX) / this.scale, (py - this.offsetY) / this.scale];
  }

  toView(x: number, y: number): [number, number] {
    return [x * this.scale + this.offsetX, y * this.scale + this.offsetY];
  }
}
