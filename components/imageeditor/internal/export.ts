import type { FileData } from '../../../src/base/file-data.js';
import type { EditorDocument } from './document.js';

/** Gradio's ImageEditor value: EditorData. */
export interface EditorValue {
  background: FileData | null;
  layers: FileData[];
  composite: FileData | null;
}

/** What an untouched or cleared editor sends (Gradio's page sends the same). */
export const EMPTY_VALUE: EditorValue = Object.freeze({
  background: null,
  layers: [],
  composite: null,
}) as EditorValue;

/** Whether a value has the editor's shape (4.x to 6.x all send EditorData). */
export function isEditorValue(value: unknown): value is Partial<EditorValue> & { id?: unknown } {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const file = (f: unknown): boolean =>
    f === null || f === undefined || (typeof f === 'object' && f !== null && ('url' in f || 'path' in f));
  return (
    file(v.background) &&
    file(v.composite) &&
    (v.layers === undefined || v.layers === null || (Array.isArray(v.layers) && v.layers.every(file)))
  );
}

/**
 * A canvas as a PNG file, encoded now: the upload starts in the same task as the edit, so an
 * event the user fires right after a stroke waits for it (the app tracks uploads per block).
 */
export function pngFile(canvas: HTMLCanvasElement, name: string): File {
  const url = canvas.toDataURL('image/png');
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new File([bytes], name, { type: 'image/png' });
}

/** One export: the files to upload and how to build the value once they are up. */
export interface ExportPlan {
  readonly files: File[];
  build(uploaded: readonly FileData[]): EditorValue;
}

/**
 * Plans the value Gradio's editor sends for the document: `background` (white with the
 * picture), one image per layer (all of them, in order, hidden ones too) and `composite`
 * (background and visible layers), each the size of the canvas, named as Gradio's page names
 * them. Canvases unchanged since their last upload are not sent again.
 */
export function planExport(doc: EditorDocument, cache: Map<number, FileData>): ExportPlan {
  const files: File[] = [];
  const slots: (FileData | number)[] = [];
  const take = (version: number, make: () => File): void => {
    const cached = cache.get(version);
    if (cached) slots.push(cached);
    else {
      slots.push(files.length);
      files.push(make());
    }
  };
  take(doc.backgroundVersion, () => pngFile(doc.background, 'background.png'));
  doc.layers.forEach((layer, i) => take(layer.version, () => pngFile(layer.canvas, `layer_${i}.png`)));
  files.push(pngFile(doc.composite(), 'composite.png'));
  const versions = [doc.backgroundVersion, ...doc.layers.map((l) => l.version)];
  return {
    files,
    build(uploaded) {
      const resolved = slots.map((slot) => (typeof slot === 'number' ? uploaded[slot]! : slot));
      // Keep only what the current canvases need: older uploads are never sent again.
      cache.clear();
      versions.forEach((version, i) => cache.set(version, resolved[i]!));
      return {
        background: resolved[0]!,
        layers: resolved.slice(1),
        composite: uploaded[uploaded.length - 1]!,
      };
    },
  };
}
