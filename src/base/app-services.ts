import type { ExampleRenderer } from './example.js';
import type { FileData } from './file-data.js';
import type { UploadRequest } from './upload.js';

/**
 * What a component may ask of the app it lives in, without knowing servers or clients: the
 * renderer hands every block the same object. Components stay leaves (properties down, events
 * up); these are the few services Gradio's own components get from their app.
 */
export interface AppServices {
  /** The app's root URL (no trailing slash), as the config names it. */
  readonly root: string;
  /**
   * The URL the browser loads a file from: a FileData (`{path, url, ...}`), a server path, or
   * a URL (returned as it is). Null when the value names no file.
   */
  fileUrl(file: unknown): string | null;
  /** A type's example form for `gr.Examples` / `gr.Dataset`; null for a type without one. */
  loadExampleRenderer(type: string): Promise<ExampleRenderer | null>;
  /**
   * Calls one of a component's server functions (gr.FileExplorer `ls`, gr.Dialogue `format`,
   * gr.HTML `server_functions`) and resolves with what it returns.
   */
  callServerFunction(blockId: number, fnName: string, data: unknown): Promise<unknown>;
  /**
   * Uploads files to the app's server through its client, refusing (with an UploadError, before
   * any byte is sent) files over the server's `max_file_size` or outside `fileTypes`.
   */
  upload(files: readonly File[], request?: UploadRequest): Promise<FileData[]>;
}
