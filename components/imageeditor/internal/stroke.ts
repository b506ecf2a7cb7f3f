import { context, makeCanvas, type EditorDocument, type Layer, type Rect } from './document.js';
import type { Edit } from './history.js';

export type StrokeMode = 'draw' | 'erase';

/**
 * One brush or eraser stroke on one layer, from pointer down to pointer up: a round brush of
 * `radius` canvas pixels along the pointer's path (Gradio's brush sizes are radii). A brush stroke
 * is drawn opaque on its own canvas and laid on the layer at its opacity when it ends, so a stroke
 * crossing itself does not darken; an eraser stroke clears the layer as it goes.
 */
export class Stroke {
  /** The brush stroke's own canvas (null for the eraser, which works on the layer directly). */
  readonly canvas: HTMLCanvasElement | null;
  readonly #before: HTMLCanvasElement;
  #last: [number, number] | null = null;
  #bounds: Rect | null = null;

  constructor(
    readonly doc: EditorDocument,
    readonly layer: Layer,
    readonly mode: StrokeMode,
    readonly color: string,
    readonly opacity: number,
    readonly radius: number,
  ) {
    this.canvas = mode === 'draw' ? makeCanvas(layer.canvas.width, layer.canvas.height) : null;
    // The layer as it was, for undo (only the stroke's bounds are kept once it ends).
    this.#before = makeCanvas(layer.canvas.width, layer.canvas.height);
    context(this.#before).drawImage(layer.canvas, 0, 0);
  }

  /** Continues the stroke to (x, y) in canvas pixels; the first point draws a dot. */
  to(x: number, y: number): void {
    const from = this.#last ?? [x, y];
    this.#last = [x, y];
    const target = this.canvas ?? this.layer.canvas;
    const ctx = context(target);
    ctx.save();
    ctx.globalCompositeOperation = this.mode === 'erase' ? 'destination-out' : 'source-over';
    ctx.fillStyle = ctx.strokeStyle = this.mode === 'erase' ? '#000000' : this.color;
    ctx.lineWidth = this.radius * 2;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    if (from[0] === x && from[1] === y) {
      ctx.beginPath();
      ctx.arc(x, y, this.radius, 0, Math.PI * 2);
      ctx.fill();
    } else {
      ctx.beginPath();
      ctx.moveTo(from[0], from[1]);
      ctx.lineTo(x, y);
      ctx.stroke();
    }
    ctx.restore();
    const pad = this.radius + 2;
    const box = {
      x: Math.min(from[0], x) - pad,
      y: Math.min(from[1], y) - pad,
      width: Math.abs(from[0] - x) + pad * 2,
      height: Math.abs(from[1] - y) + pad * 2,
    };
    this.#bounds = this.#bounds ? union(this.#bounds, box) : box;
    if (this.mode === 'erase') this.layer.version = this.doc.stamp();
  }

  get started(): boolean {
    return this.#last !== null;
  }

  /**
   * Ends the stroke: a brush stroke is laid on its layer. Returns the edit that undoes it, or
   * null when nothing was drawn inside the canvas.
   */
  finish(): Edit | null {
    const layer = this.layer;
    if (this.canvas) {
      const ctx = context(layer.canvas);
      ctx.save();
      ctx.globalAlpha = this.opacity;
      ctx.drawImage(this.canvas, 0, 0);
      ctx.restore();
    }
    layer.version = this.doc.stamp();
    const bounds = this.#bounds && clip(this.#bounds, layer.canvas.width, layer.canvas.height);
    if (!bounds) return null;
    const before = context(this.#before).getImageData(bounds.x, bounds.y, bounds.width, bounds.height);
    const after = context(layer.canvas).getImageData(bounds.x, bounds.y, bounds.width, bounds.height);
    const doc = this.doc;
    const put = (data: ImageData): void => {
      context(layer.canvas).putImageData(data, bounds.x, bounds.y);
      layer.version = doc.stamp();
    };
    return {
      label: this.mode === 'erase' ? 'Erase' : 'Draw',
      undo: () => put(before),
      redo: () => put(after),
    };
  }
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

function clip(r: Rect, width: number, height: number): Rect | null {
  const x = Math.max(0, Math.floor(r.x));
  const y = Math.max(0, Math.floor(r.y));
  const right = Math.min(width, Math.ceil(r.x + r.width));
  const bottom = Math.min(height, Math.ceil(r.y + r.height));
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}
