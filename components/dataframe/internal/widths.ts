import { cellText, truncate, type Datatype } from './value.js';

/** The narrowest a column gets (Gradio's minSize). */
export const MIN_WIDTH = 45;
/** Width an image column starts at. */
export const IMAGE_WIDTH = 120;
/** Width of a bool column's checkbox cell. */
export const BOOL_WIDTH = 64;
/** How many rows are read to find each column's longest text, spread over the whole table. */
const SAMPLE = 4000;

/** The visible text of Markdown or HTML source, roughly: what decides its width. */
function visibleText(text: string, type: Datatype): string {
  if (type === 'html') return text.replace(/<[^>]+>/g, '');
  if (type === 'markdown') return text.replace(/[*_`#[\]()]/g, '').replace(/\$\$/g, '');
  return text;
}

/**
 * Each column's longest text (in characters) among up to SAMPLE rows spread evenly over the
 * table: the text a column is sized for. Display values (a Styler's) count where they are shown.
 */
export function longestTexts(
  data: readonly unknown[][],
  columns: number,
  types: readonly Datatype[],
  maxChars: number | null,
  display: ((row: number, col: number) => string) | null,
): string[] {
  const best = Array.from({ length: columns }, () => '');
  const step = Math.max(1, Math.floor(data.length / SAMPLE));
  for (let r = 0; r < data.length; r += step) {
    const row = data[r]!;
    for (let c = 0; c < columns; c++) {
      const type = types[c]!;
      if (type === 'bool' || type === 'image') continue;
      const text = visibleText(truncate(display ? display(r, c) : cellText(row[c]), maxChars), type);
      // The longest line decides (a cell's text is one line unless it wraps).
      const line = text.includes('\n')
        ? text.split('\n').reduce((a, b) => (b.length > a.length ? b : a))
        : text;
      if (line.length > best[c]!.length) best[c] = line;
    }
  }
  return best;
}

/** A `column_widths` entry as pixels for this viewport width; null for "auto" or nothing. */
export function fixedWidth(spec: unknown, viewport: number): number | null {
  if (typeof spec === 'number' && Number.isFinite(spec)) return spec;
  if (typeof spec !== 'string') return null;
  const s = spec.trim();
  if (s.endsWith('%')) {
    const pct = parseFloat(s);
    return Number.isFinite(pct) ? (pct / 100) * viewport : null;
  }
  const px = parseFloat(s);
  return Number.isFinite(px) && /^[\d.]+(px)?$/.test(s) ? px : null;
}

export interface LayoutInput {
  /** Each column's content width (text plus padding), measured. */
  natural: readonly number[];
  /** `column_widths` as the app gave them. */
  specs: readonly unknown[];
  /** Width available for the data columns (the table's width without the row-number column). */
  available: number;
  /** Text wraps: wide columns may shrink for the table to fit. */
  wrap: boolean;
}

/**
 * The width of each column. Fixed widths (`column_widths`) are kept. Others start at their
 * content width, capped at the table's width; when the columns leave room, the room goes to them
 * in proportion (as a table fills its box); when they overflow and text wraps, the widest shrink.
 */
export function layoutColumns({ natural, specs, available, wrap }: LayoutInput): number[] {
  const cap = Math.max(MIN_WIDTH, available);
  const fixed = natural.map((_, i) => fixedWidth(specs[i], available));
  const widths = natural.map((w, i) => Math.max(MIN_WIDTH, Math.round(fixed[i] ?? Math.min(w, cap))));
  const free = natural.map((_, i) => fixed[i] === null);
  const total = widths.reduce((a, b) => a + b, 0);
  const flexible = widths.reduce((a, w, i) => a + (free[i] ? w : 0), 0);
  if (total < available && flexible > 0) {
    const extra = available - total;
    let given = 0;
    const last = free.lastIndexOf(true);
    widths.forEach((w, i) => {
      if (!free[i]) return;
      const add = i === last ? extra - given : Math.floor((extra * w) / flexible);
      widths[i] = w + add;
      given += add;
    });
  } else if (wrap && total > available && flexible > 0) {
    // Shrink the columns above an even share towards it, so wrapped text fits the box.
    const fixedTotal = total - flexible;
    const room = Math.max(available - fixedTotal, free.filter(Boolean).length * 100);
    const share = room / free.filter(Boolean).length;
    const wide = widths.reduce((a, w, i) => a + (free[i] && w > share ? w : 0), 0);
    const narrow = flexible - wide;
    const scale = wide > 0 ? Math.max(0, room - narrow) / wide : 1;
    widths.forEach((w, i) => {
      if (free[i] && w > share) widths[i] = Math.max(100, Math.floor(w * scale));
    });
  }
  return widths;
}

/** Offsets of each column's left edge, and the total, for widths in order. */
export function offsets(widths: readonly number[]): { starts: number[]; total: number } {
  const starts: number[] = [];
  let x = 0;
  for (const w of widths) {
    starts.push(x);
    x += w;
  }
  return { starts, total: x };
}
