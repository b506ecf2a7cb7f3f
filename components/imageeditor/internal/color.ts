/** A brush colour as the editor uses it: an opaque CSS colour and the stroke's opacity. */
export interface BrushColor {
  /** `#rrggbb`. */
  readonly hex: string;
  /** 0 to 1. */
  readonly opacity: number;
}

let probe: CanvasRenderingContext2D | null = null;

/**
 * Any CSS colour (`rgb(204, 50, 50)`, `#000`, `red`, `rgba(0,0,0,0.5)`) as `#rrggbb` plus its
 * alpha, read back from a canvas so every syntax the browser knows is accepted. Null for text
 * that is no colour.
 */
export function parseCssColor(text: string): BrushColor | null {
  probe ??= document.createElement('canvas').getContext('2d');
  if (!probe) return null;
  // An invalid colour leaves fillStyle as it was: test with two different starting values.
  probe.fillStyle = '#000000';
  probe.fillStyle = text;
  const first = String(probe.fillStyle);
  probe.fillStyle = '#ffffff';
  probe.fillStyle = text;
  const second = String(probe.fillStyle);
  if (first !== second) return null;
  if (first.startsWith('#')) return { hex: first.toLowerCase(), opacity: 1 };
  const match = /rgba?\(\s*(\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\s*\)/.exec(first);
  if (!match) return null;
  const hex = `#${[match[1], match[2], match[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
  return { hex, opacity: match[4] === undefined ? 1 : Number(match[4]) };
}

/**
 * One entry of Gradio's `brush.colors` / `default_color`: a CSS colour, or (6.x) a
 * `[colour, opacity]` pair. 4.x sends `"auto"` for the default colour: the first of `colors`.
 */
export function parseBrushColor(entry: unknown): BrushColor | null {
  if (Array.isArray(entry) && typeof entry[0] === 'string') {
    const base = parseCssColor(entry[0]);
    const opacity = typeof entry[1] === 'number' ? Math.min(1, Math.max(0, entry[1])) : (base?.opacity ?? 1);
    return base ? { hex: base.hex, opacity } : null;
  }
  return typeof entry === 'string' ? parseCssColor(entry) : null;
}

/** How a colour is named to a person: its hex, and the opacity when it is not full. */
export function colorName(color: BrushColor): string {
  return color.opacity < 1 ? `${color.hex}, ${Math.round(color.opacity * 100)}% opacity` : color.hex;
}

export const sameColor = (a: BrushColor | null, b: BrushColor | null): boolean =>
  Boolean(a && b && a.hex === b.hex && Math.abs(a.opacity - b.opacity) < 0.005);
