import { parseBrushColor, type BrushColor } from './color.js';

/** Gradio's `brush` prop (gr.Brush): sizes are radii in canvas pixels. */
export interface BrushProp {
  default_size?: number | 'auto';
  colors?: unknown;
  default_color?: unknown;
  color_mode?: 'fixed' | 'defaults';
}

/** Gradio's `eraser` prop (gr.Eraser). */
export interface EraserProp {
  default_size?: number | 'auto';
}

/** Gradio's `layers` prop: 5.x/6.x gr.LayerOptions, or 4.x's boolean. */
export interface LayerProp {
  allow_additional_layers?: boolean;
  layers?: string[] | null;
  disabled?: boolean;
}

/** Gradio's frontend uses 25 for an "auto" brush or eraser size. */
export const AUTO_SIZE = 25;

/** The colours Gradio's Brush offers when an app gives none. */
const DEFAULT_COLORS = [
  'rgb(204, 50, 50)',
  'rgb(173, 204, 50)',
  'rgb(50, 204, 112)',
  'rgb(50, 112, 204)',
  'rgb(173, 50, 204)',
];

export interface BrushSettings {
  readonly colors: BrushColor[];
  readonly defaultColor: BrushColor;
  readonly fixed: boolean;
  readonly size: number;
}

export function brushSettings(brush: BrushProp): BrushSettings {
  const raw = brush.colors;
  const list = Array.isArray(raw)
    ? // A single [colour, opacity] pair, or a list of colours and pairs.
      typeof raw[0] === 'string' && typeof raw[1] === 'number' && raw.length === 2
      ? [raw]
      : raw
    : typeof raw === 'string'
      ? [raw]
      : DEFAULT_COLORS;
  const colors = list.map(parseBrushColor).filter((c): c is BrushColor => c !== null);
  if (!colors.length) colors.push({ hex: '#000000', opacity: 1 });
  const wanted = brush.default_color === 'auto' ? null : parseBrushColor(brush.default_color);
  return {
    colors,
    defaultColor: wanted ?? colors[0]!,
    fixed: brush.color_mode === 'fixed',
    size: typeof brush.default_size === 'number' && brush.default_size > 0 ? brush.default_size : AUTO_SIZE,
  };
}

export function eraserSize(eraser: EraserProp): number {
  return typeof eraser.default_size === 'number' && eraser.default_size > 0 ? eraser.default_size : AUTO_SIZE;
}

export interface LayerSettings {
  readonly names: string[];
  readonly allowAdd: boolean;
  readonly disabled: boolean;
}

export function layerSettings(layers: LayerProp | boolean | null | undefined): LayerSettings {
  if (layers === false) return { names: ['Layer 1'], allowAdd: false, disabled: true };
  if (layers === true || layers === null || layers === undefined || typeof layers !== 'object') {
    return { names: ['Layer 1'], allowAdd: true, disabled: false };
  }
  const names = (layers.layers ?? []).filter((n): n is string => typeof n === 'string');
  return {
    names: names.length ? names : ['Layer 1'],
    allowAdd: layers.allow_additional_layers !== false,
    disabled: layers.disabled === true,
  };
}

/** 4.x `crop_size`: a `"w:h"` ratio or a `[w, h]` size the crop frame keeps the ratio of. */
export function cropRatio(cropSize: unknown): number | null {
  if (typeof cropSize === 'string') {
    const [w, h] = cropSize.split(':').map(Number);
    return w && h && w > 0 && h > 0 ? w / h : null;
  }
  if (Array.isArray(cropSize) && cropSize.length === 2) {
    const [w, h] = cropSize.map(Number);
    return w && h && w > 0 && h > 0 ? w / h : null;
  }
  return null;
}

/** The canvas size: `canvas_size`, else 4.x's default of 800 × 600. */
export function canvasSize(size: unknown): [number, number] {
  if (Array.isArray(size) && size.length === 2) {
    const [w, h] = size.map(Number);
    if (w! > 0 && h! > 0) return [Math.round(w!), Math.round(h!)];
  }
  return [800, 600];
}
