import type { EditorDocument, Rect } from './document.js';
import type { Stroke } from './stroke.js';
import type { Viewport } from './viewport.js';

/** Which handle of a frame a point is on: corners, edges, or inside (move). */
export type Handle = 'nw' | 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'move';

export const HANDLES: readonly Exclude<Handle, 'move'>[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];

/** Where each handle sits on a frame, as fractions of its width and height. */
const HANDLE_AT: Record<Exclude<Handle, 'move'>, [number, number]> = {
  nw: [0, 0],
  n: [0.5, 0],
  ne: [1, 0],
  e: [1, 0.5],
  se: [1, 1],
  s: [0.5, 1],
  sw: [0, 1],
  w: [0, 0.5],
};

/** What the view draws over the picture. */
export interface Overlay {
  /** The brush or eraser outline at the pointer (canvas pixels). */
  readonly cursor: { x: number; y: number; radius: number } | null;
  /** The crop frame being chosen (canvas pixels). */
  readonly crop: Rect | null;
  /** The background picture's frame while moving or scaling it. */
  readonly frame: Rect | null;
}

/**
 * Draws the editor's view: the canvas (background and visible layers, the stroke in progress at
 * its opacity) at the viewport's zoom and position with a soft shadow, then the overlay. The view
 * canvas is `dpr` times its CSS size; everything here is in CSS pixels.
 */
export function renderView(
  target: HTMLCanvasElement,
  dpr: number,
  doc: EditorDocument,
  view: Viewport,
  stroke: Stroke | null,
  overlay: Overlay,
): void {
  const ctx = target.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, view.viewWidth, view.viewHeight);
  const s = view.scale;
  const x0 = view.offsetX;
  const y0 = view.offsetY;
  const w = doc.width * s;
  const h = doc.height * s;
  ctx.save();
  ctx.shadowColor = 'rgba(0, 0, 0, 0.18)';
  ctx.shadowBlur = 8;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x0, y0, w, h);
  ctx.restore();

  ctx.save();
  // Large zooms show pixels as pixels; smaller ones are smoothed.
  ctx.imageSmoothingEnabled = s < 4;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(doc.background, x0, y0, w, h);
  for (const layer of doc.layers) {
    if (!layer.visible) continue;
    ctx.drawImage(layer.canvas, x0, y0, w, h);
    if (stroke?.canvas && stroke.layer === layer) {
      ctx.globalAlpha = stroke.opacity;
      ctx.drawImage(stroke.canvas, x0, y0, w, h);
      ctx.globalAlpha = 1;
    }
  }
  ctx.restore();

  if (overlay.frame) drawFrame(ctx, view, overlay.frame, false);
  if (overlay.crop) {
    const [cx, cy] = view.toView(overlay.crop.x, overlay.crop.y);
    const cw = overlay.crop.width * s;
    const ch = overlay.crop.height * s;
    ctx.save();
    ctx.fillStyle = 'rgba(0, 0, 0, 0.55)';
    ctx.beginPath();
    ctx.rect(0, 0, view.viewWidth, view.viewHeight);
    ctx.rect(cx, cy, cw, ch);
    ctx.fill('evenodd');
    // Thirds, to help frame the crop.
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.45)';
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (const f of [1 / 3, 2 / 3]) {
      ctx.moveTo(cx + cw * f, cy);
      ctx.lineTo(cx + cw * f, cy + ch);
      ctx.moveTo(cx, cy + ch * f);
      ctx.lineTo(cx + cw, cy + ch * f);
    }
    ctx.stroke();
    ctx.restore();
    drawFrame(ctx, view, overlay.crop, true);
  }
  if (overlay.cursor) {
    const [px, py] = view.toView(overlay.cursor.x, overlay.cursor.y);
    const r = Math.max(1, overlay.cursor.radius * s);
    ctx.save();
    ctx.lineWidth = 1;
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.beginPath();
    ctx.arc(px, py, r + 1, 0, Math.PI * 2);
    ctx.stroke();
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.85)';
    ctx.beginPath();
    ctx.arc(px, py, r, 0, Math.PI * 2);
    ctx.stroke();
    ctx.restore();
  }
}

function drawFrame(ctx: CanvasRenderingContext2D, view: Viewport, rect: Rect, solid: boolean): void {
  const [x, y] = view.toView(rect.x, rect.y);
  const w = rect.width * view.scale;
  const h = rect.height * view.scale;
  ctx.save();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#ffffff';
  ctx.strokeRect(x, y, w, h);
  if (!solid) {
    ctx.setLineDash([5, 5]);
    ctx.strokeStyle = '#333333';
    ctx.strokeRect(x, y, w, h);
    ctx.setLineDash([]);
  }
  for (const handle of HANDLES) {
    const [fx, fy] = HANDLE_AT[handle];
    const hx = x + w * fx;
    const hy = y + h * fy;
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = '#333333';
    ctx.lineWidth = 1;
    ctx.fillRect(hx - 5, hy - 5, 10, 10);
    ctx.strokeRect(hx - 5, hy - 5, 10, 10);
  }
  ctx.restore();
}

/** The handle of `rect` under view point (px, py), if any (handles are 10 px, with some slack). */
export function handleAt(view: Viewport, rect: Rect, px: number, py: number): Handle | null {
  const [x, y] = view.toView(rect.x, rect.y);
  const w = rect.width * view.scale;
  const h = rect.height * view.scale;
  for (const handle of HANDLES) {
    const [fx, fy] = HANDLE_AT[handle];
    if (Math.abs(px - (x + w * fx)) <= 9 && Math.abs(py - (y + h * fy)) <= 9) return handle;
  }
  return px >= x && px <= x + w && py >= y && py <= y + h ? 'move' : null;
}

/** The cursor a handle shows. */
export function handleCursor(handle: Handle | null): string {
  switch (handle) {
    case 'nw':
    case 'se':
      return 'nwse-resize';
    case 'ne':
    case 'sw':
      return 'nesw-resize';
    case 'n':
    case 's':
      return 'ns-resize';
    case 'e':
    case 'w':
      return 'ew-resize';
    case 'move':
      return 'move';
    default:
      return '';
  }
}

/**
 * A frame dragged by one handle by (dx, dy) canvas pixels: edges stretch, corners scale
 * (keeping `ratio` when one is given), inside moves. Never smaller than `min` on a side.
 */
export function dragFrame(
  start: Rect,
  handle: Handle,
  dx: number,
  dy: number,
  ratio: number | null,
  min = 20,
): Rect {
  if (handle === 'move') return { ...start, x: start.x + dx, y: start.y + dy };
  let { x, y, width, height } = start;
  const right = x + width;
  const bottom = y + height;
  if (handle.includes('w')) width = Math.max(min, width - dx);
  if (handle.includes('e')) width = Math.max(min, width + dx);
  if (handle.includes('n')) height = Math.max(min, height - dy);
  if (handle.includes('s')) height = Math.max(min, height + dy);
  if (ratio) {
    if (handle === 'n' || handle === 's') width = height * ratio;
    else if (handle === 'e' || handle === 'w') height = width / ratio;
    else if (width / height > ratio) height = width / ratio;
    else width = height * ratio;
  }
  if (handle.includes('w')) x = right - width;
  else if (!handle.includes('e')) x = start.x + (start.width - width) / 2;
  if (handle.includes('n')) y = bottom - height;
  else if (!handle.includes('s')) y = start.y + (start.height - height) / 2;
  return { x, y, width, height };
}

/** A crop frame kept inside the canvas (moved back in; shrunk when larger). */
export function containFrame(rect: Rect, width: number, height: number, ratio: number | null): Rect {
  let w = Math.min(rect.width, width);
  let h = Math.min(rect.height, height);
  if (ratio) {
    if (w / h > ratio) w = h * ratio;
    else h = w / ratio;
  }
  const x = Math.min(Math.max(0, rect.x), width - w);
  const y = Math.min(Math.max(0, rect.y), height - h);
  return { x, y, width: w, height: h };
}
