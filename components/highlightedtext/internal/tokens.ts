/** One span of text and its category (a string) or confidence (a number), or null when plain. */
export interface Token {
  readonly token: string;
  readonly class_or_confidence: string | number | null;
}

export interface ColorPair {
  /** Inline category chips. */
  readonly primary: string;
  /** Highlight behind the text, and legend items. */
  readonly secondary: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readClass(value: unknown, i: number): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new Error(`token ${i} has a category that is neither text nor a number`);
}

/** `{text, entities: [{entity | entity_group, start, end}]}` -> tokens, as Gradio's server splits it. */
function fromEntities(text: string, entities: unknown): Token[] {
  if (!Array.isArray(entities)) throw new Error('"entities" is not a list');
  const sorted = entities
    .map((e, i) => {
      if (!isRecord(e) || typeof e.start !== 'number' || typeof e.end !== 'number')
        throw new Error(`entity ${i} has no start and end`);
      return e as { start: number; end: number; entity?: unknown; entity_group?: unknown };
    })
    .sort((a, b) => a.start - b.start);
  if (!sorted.length) return [{ token: text, class_or_confidence: null }];
  const tokens: Token[] = [];
  let index = 0;
  sorted.forEach((entity, i) => {
    tokens.push({ token: text.slice(index, entity.start), class_or_confidence: null });
    tokens.push({
      token: text.slice(entity.start, entity.end),
      class_or_confidence: readClass(entity.entity || entity.entity_group, i),
    });
    index = entity.end;
  });
  tokens.push({ token: text.slice(index), class_or_confidence: null });
  return tokens;
}

/**
 * Reads a HighlightedText value: `[{token, class_or_confidence}]` (4.x-6.x), `[[token, class]]`
 * (3.x), or `{text, entities}` where a server passed a function's result through. Null is empty;
 * anything else throws.
 */
export function readTokens(value: unknown): Token[] | null {
  if (value === null || value === undefined) return null;
  if (isRecord(value) && typeof value.text === 'string') return fromEntities(value.text, value.entities);
  if (!Array.isArray(value)) throw new Error('expected a list of {token, class_or_confidence}');
  return value.map((item, i) => {
    if (Array.isArray(item) && typeof item[0] === 'string')
      return { token: item[0], class_or_confidence: readClass(item[1], i) };
    if (isRecord(item) && typeof item.token === 'string')
      return { token: item.token, class_or_confidence: readClass(item.class_or_confidence, i) };
    throw new Error(`token ${i} is not a {token, class_or_confidence} pair`);
  });
}

/** Joins neighbours of the same category (Gradio's merge when combining adjacent or unlabelling). */
export function mergeEqual(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out.at(-1);
    if (last && last.class_or_confidence === t.class_or_confidence)
      out[out.length - 1] = { token: last.token + t.token, class_or_confidence: last.class_or_confidence };
    else out.push({ ...t });
  }
  return out;
}

/** Numbers everywhere a class is set: the tokens are scores (a red/blue scale), not categories. */
export function isScores(tokens: readonly Token[]): boolean {
  const set = tokens.filter((t) => t.class_or_confidence !== null);
  return set.length > 0 && set.every((t) => typeof t.class_or_confidence === 'number');
}

/** Gradio's palette for categories without a colour: Tailwind's 600 (or 500) and 100 shades. */
const PALETTE: Record<string, ColorPair> = {
  red: { primary: '#dc2626', secondary: '#fee2e2' },
  green: { primary: '#16a34a', secondary: '#dcfce7' },
  blue: { primary: '#2563eb', secondary: '#dbeafe' },
  yellow: { primary: '#eab308', secondary: '#fef9c3' },
  purple: { primary: '#9333ea', secondary: '#f3e8ff' },
  teal: { primary: '#0d9488', secondary: '#ccfbf1' },
  orange: { primary: '#ea580c', secondary: '#ffedd5' },
  cyan: { primary: '#0891b2', secondary: '#cffafe' },
  lime: { primary: '#84cc16', secondary: '#ecfccb' },
  pink: { primary: '#db2777', secondary: '#fce7f3' },
};
const ORDER = Object.keys(PALETTE);

export function isTransparent(color: string): boolean {
  const c = color.trim().toLowerCase();
  return c === 'transparent' || (c.length === 9 && c.startsWith('#') && c.endsWith('00'));
}

/**
 * The colours of each category: the app's `color_map` first (a palette name, or any CSS colour,
 * shown at half opacity behind text), then the palette in order for the others.
 */
export function resolveColors(
  tokens: readonly Token[],
  colorMap: Readonly<Record<string, string>> | null,
): Map<string, ColorPair> {
  const names: Record<string, string> = { ...(colorMap ?? {}) };
  for (const t of tokens) {
    const c = t.class_or_confidence;
    if (typeof c === 'string' && !(c in names)) names[c] = ORDER[Object.keys(names).length % ORDER.length]!;
  }
  const colors = new Map<string, ColorPair>();
  for (const [category, raw] of Object.entries(names)) {
    const color = String(raw).trim();
    if (color in PALETTE) colors.set(category, PALETTE[color]!);
    else if (isTransparent(color)) colors.set(category, { primary: 'transparent', secondary: 'transparent' });
    else colors.set(category, { primary: color, secondary: `color-mix(in srgb, ${color} 50%, transparent)` });
  }
  return colors;
}

/** Negative scores in purple, positive in red, as strong as the score. */
export function scoreColor(score: number | null): string {
  if (score === null || Number.isNaN(score)) return '';
  const alpha = Math.min(1, Math.abs(score));
  return score < 0 ? `rgba(128, 90, 213, ${alpha})` : `rgba(239, 68, 60, ${alpha})`;
}

export const toScore = (value: string | number | null): number | null =>
  value === null ? null : typeof value === 'number' ? value : parseFloat(value);
