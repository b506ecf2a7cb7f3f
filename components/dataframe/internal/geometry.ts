/** A cell by its data row (-1: the header row) and column. */
export interface Cell {
  row: number;
  col: number;
}

/** A block of cells in view coordinates (view rows, columns), bounds included. */
export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The rectangle two corners span. */
export function span(a: { row: number; col: number }, b: { row: number; col: number }): Rect {
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

export const inRect = (r: Rect | null, row: number, col: number): boolean =>
  r !== null && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

export const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));

/** `[n, "fixed" | "dynamic"]` (or a bare n) as Gradio sends row and column counts. */
export function readCount(count: unknown): { n: number; fixed: boolean } {
  if (Array.isArray(count)) return { n: Number(count[0]) || 0, fixed: count[1] === 'fixed' };
  if (typeof count === 'number') return { n: count, fixed: false };
  return { n: 0, fixed: false };
}

/** 6.x `row_limits` / `column_limits`: `[min | null, max | null]`. */
export function readLimits(limits: unknown): { min: number | null; max: number | null } {
  if (!Array.isArray(limits)) return { min: null, max: null };
  const n = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return { min: n(limits[0]), max: n(limits[1]) };
}
