/** Why an upload did not happen; `message` is written for the person who picked the file. */
export class UploadError extends Error {
  override name = 'UploadError';
  constructor(
    message: string,
    readonly kind: 'too-large' | 'file-type' | 'failed' | 'aborted',
  ) {
    super(message);
  }
}

/** What a component says about an upload it asks its app for. */
export interface UploadRequest {
  /** The component's `file_types`; a file of another type is refused before any byte is sent. */
  fileTypes?: readonly string[] | string | null;
  /** Bytes the server has received so far, of `total`. */
  onProgress?(loaded: number, total: number): void;
  /** Aborting cancels the transfer. */
  signal?: AbortSignal;
  /** The block the files are for: events taking its value wait until they are up. */
  blockId?: number;
}
