/**
 * Gradio's FileData, the wire shape of every file value (uploads, media, downloads): the path on
 * the server, the URL it is served from, and what the browser knew of it.
 */
export interface FileData {
  path: string;
  url?: string | null;
  orig_name?: string | null;
  size?: number | null;
  mime_type?: string | null;
  is_stream?: boolean;
  alt_text?: string | null;
  meta?: { _type: string };
}

export function isFileData(value: unknown): value is FileData {
  return typeof value === 'object' && value !== null && typeof (value as FileData).path === 'string';
}

/** The name to show for a file: its original name, else the last part of its path. */
export function fileName(file: FileData): string {
  return file.orig_name || file.path.split(/[\\/]/).pop() || file.path;
}

/** Bytes as people read them (1.2 MB), as Gradio's file lists show sizes. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
