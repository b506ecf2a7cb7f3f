/** One class and its confidence, as Gradio sends it. */
export interface Confidence {
  readonly label: string;
  readonly confidence: number;
}

/** A label's value, normalized: the top class and the classes shown as bars (if any). */
export interface LabelValue {
  readonly label: string | null;
  readonly confidences: readonly Confidence[] | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function toConfidences(raw: unknown, top: number | null): Confidence[] {
  let list: Confidence[];
  if (Array.isArray(raw)) {
    list = raw.map((item, i) => {
      if (!isRecord(item) || !('label' in item))
        throw new Error(`confidence ${i} is not a {label, confidence} object`);
      return {
        label: String(item.label),
        confidence: toNumber(item.confidence, `confidence of "${String(item.label)}"`),
      };
    });
  } else if (isRecord(raw)) {
    // {class: confidence}: what a function returns, sent as it is by a server that does not
    // postprocess (a recorded config, an old version); sorted here as Gradio's server does.
    list = Object.entries(raw)
      .map(([label, confidence]) => ({ label, confidence: toNumber(confidence, `confidence of "${label}"`) }))
      .sort((a, b) => b.confidence - a.confidence);
    if (top !== null && top >= 0) list = list.slice(0, top);
  } else {
    throw new Error('confidences are neither a list nor a mapping');
  }
  return list;
}

function toNumber(value: unknown, what: string): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error(`${what} is not a number`);
  return n;
}

/**
 * Reads any value a Label has been sent: `{label, confidences}` (4.x-6.x), `{}` or null (empty),
 * a plain string or number, or a `{class: confidence}` mapping. Throws on anything else.
 */
export function readLabelValue(value: unknown, numTopClasses: number | null = null): LabelValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return { label: String(value), confidences: null };
  if (!isRecord(value))
    throw new Error(`expected {label, confidences}, got ${Array.isArray(value) ? 'a list' : typeof value}`);
  const keys = Object.keys(value);
  if (keys.length === 0) return null;
  if (keys.every((k) => k === 'label' || k === 'confidences')) {
    const confidences =
      value.confidences === null || value.confidences === undefined
        ? null
        : toConfidences(value.confidences, numTopClasses);
    const label =
      value.label === null || value.label === undefined
        ? (confidences?.[0]?.label ?? null)
        : String(value.label);
    if (label === null && !confidences?.length) return null;
    return { label, confidences };
  }
  const confidences = toConfidences(value, numTopClasses);
  return { label: confidences[0]?.label ?? null, confidences };
}
