/** One line of a dialogue. */
export interface DialogueLine {
  speaker: string;
  text: string;
}

/** A dialogue's value: its lines, or plain text (a formatted dialogue, or a free text). */
export type DialogueValue = DialogueLine[] | string | null;

/** Checks a value from the server; throws with what is wrong. */
export function checkValue(value: unknown): DialogueValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) throw new Error('its value is neither a list of lines nor text');
  for (const line of value) {
    if (
      typeof line !== 'object' ||
      line === null ||
      typeof (line as DialogueLine).speaker !== 'string' ||
      typeof (line as DialogueLine).text !== 'string'
    ) {
      throw new Error('a line is not {speaker, text}');
    }
  }
  return value as DialogueLine[];
}

/** Gradio's default formatter (`[speaker] text`), used only if the server cannot be reached. */
export function formatLocally(lines: readonly DialogueLine[], separator: string): string {
  if (lines.length === 1 && lines[0]!.text === '') return '';
  return lines.map((l) => `[${l.speaker}] ${l.text}`).join(separator);
}

/** Light backgrounds Gradio gives speakers without a color_map, in order. */
const PALETTE = [
  'rgba(254, 202, 202, 0.7)',
  'rgba(209, 250, 229, 0.7)',
  'rgba(219, 234, 254, 0.7)',
  'rgba(254, 243, 199, 0.7)',
  'rgba(233, 213, 255, 0.7)',
  'rgba(204, 251, 241, 0.7)',
  'rgba(254, 215, 170, 0.7)',
  'rgba(207, 250, 254, 0.7)',
  'rgba(217, 249, 157, 0.7)',
  'rgba(252, 231, 243, 0.7)',
];

/** Each speaker's background in a read-only dialogue: the color_map, else Gradio's palette. */
export function speakerColors(
  speakers: readonly string[],
  colorMap: Readonly<Record<string, string>> | null,
): Record<string, string> {
  if (colorMap) return { ...colorMap };
  return Object.fromEntries(speakers.map((s, i) => [s, PALETTE[i % PALETTE.length]!]));
}

/**
 * The tag being typed at the caret: the text after the last `:` before it, if that has no
 * space. Returns where the `:` is and the search text, or null when no tag is being typed.
 */
export function tagQuery(text: string, caret: number): { colon: number; search: string } | null {
  const colon = text.lastIndexOf(':', caret - 1);
  if (colon < 0) return null;
  const search = text.slice(colon + 1, caret);
  if (/\s/.test(search)) return null;
  return { colon, search };
}

/** Puts `tag` in place of the `:search` typed at the caret; returns the text and the new caret. */
export function insertTag(
  text: string,
  caret: number,
  tag: string,
  options: { dropSpeakerMarks?: boolean } = {},
): { text: string; caret: number } {
  const query = tagQuery(text, caret);
  if (!query) return { text, caret };
  let before = text.slice(0, query.colon);
  // As Gradio, in dialogue lines: speaker marks like [S1] typed by hand are dropped.
  if (options.dropSpeakerMarks) before = before.replace(/\[S\d+\]\s*/g, '');
  const after = text.slice(caret);
  return { text: `${before}${tag} ${after}`, caret: before.length + tag.length + 1 };
}
