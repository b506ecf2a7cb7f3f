/** The longest text a cell shows before it is cut with an ellipsis (Gradio's textbox form). */
const MAX_LENGTH = 60;

/**
 * The form of a sample for a type without its own example form: its text, cut to one line.
 * Objects and lists show as JSON, a file by its name.
 */
export function plainExample(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'object' && !Array.isArray(value) && 'path' in value) {
    const file = value as { orig_name?: unknown; path?: unknown };
    text = String(file.orig_name ?? file.path ?? '');
  } else if (typeof value === 'object') {
    try {
      text = JSON.stringify(value);
    } catch {
      text = String(value);
    }
  } else text = String(value);
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}...` : text;
}
