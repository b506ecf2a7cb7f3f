/**
 * Gradio's `file_types` (".pdf", "image", "audio/*", "file") as the browser's `accept` list and
 * as a check on a picked, dropped or pasted file. One rule for the picker and the upload path.
 */
const CATEGORIES = new Set(['image', 'video', 'audio', 'text']);

function normalize(type: string): string {
  const t = type.trim().toLowerCase();
  if (t === 'file' || t === '*' || t === 'file/*' || t === '*/*') return '*';
  if (t.startsWith('.') || t.includes('/')) return t;
  if (CATEGORIES.has(t)) return `${t}/*`;
  return `.${t}`;
}

/** The `accept` attribute for a file input; undefined accepts anything. */
export function acceptAttribute(
  fileTypes: readonly string[] | string | null | undefined,
): string | undefined {
  if (fileTypes == null) return undefined;
  const list = (typeof fileTypes === 'string' ? fileTypes.split(',') : fileTypes).map(normalize);
  return list.includes('*') || !list.length ? undefined : list.join(',');
}

/** Whether a file matches the types (by extension, MIME category, or exact MIME type). */
export function acceptsFile(
  fileTypes: readonly string[] | string | null | undefined,
  file: { name: string; type: string },
): boolean {
  const accept = acceptAttribute(fileTypes);
  if (accept === undefined) return true;
  const name = file.name.toLowerCase();
  const mime = file.type.toLowerCase();
  return accept.split(',').some((type) => {
    if (type.startsWith('.')) return name.length > type.length && name.endsWith(type);
    if (type.endsWith('/*')) return mime.startsWith(type.slice(0, -1));
    return mime === type;
  });
}
