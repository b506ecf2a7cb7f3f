/** A choice's value as Gradio sends it: the string or number the app's function receives. */
export type ChoiceValue = string | number;

/** One choice: the text shown, then the value sent. */
export type Choice = readonly [label: string, value: ChoiceValue];

const isValue = (v: unknown): v is ChoiceValue =>
  typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/**
 * The `choices` of a Dropdown, Radio or CheckboxGroup as `[label, value]` pairs. Gradio 4.x and
 * later send pairs; older servers (and `gr.load`ed apps) may send plain values, shown as they are.
 * Throws on anything else, so the block can say what it received.
 */
export function normalizeChoices(raw: unknown): Choice[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) throw new Error(`choices must be a list, not ${describe(raw)}`);
  return raw.map((entry: unknown): Choice => {
    if (isValue(entry)) return [String(entry), entry];
    if (Array.isArray(entry) && entry.length === 2 && isValue(entry[1])) {
      const label: unknown = entry[0];
      return [typeof label === 'string' ? label : String(label), entry[1]];
    }
    throw new Error(`a choice must be a value or a [label, value] pair, not ${describe(entry)}`);
  });
}

/** The index of the choice with this value, or -1. Values compare as Gradio does (1 and "1" differ). */
export function indexOfValue(choices: readonly Choice[], value: unknown): number {
  return choices.findIndex((choice) => choice[1] === value);
}

/** A value for a message: short, quoted like Python's repr where it helps. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (value === null || value === undefined) return 'nothing';
  try {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  } catch {
    return String(value);
  }
}
