import type { FileData } from '../base/file-data.js';
import { formatBytes } from '../base/file-data.js';
import { acceptsFile } from '../base/file-types.js';
import type { ClientPort } from './client-events.js';
import { UploadError, type UploadRequest } from '../base/upload.js';

/**
 * Refuses what the server would refuse, before any byte leaves the browser: a file over the
 * server's `max_file_size`, or one the component's `file_types` does not accept.
 */
export function checkUpload(
  files: readonly File[],
  maxFileSize: number | null,
  fileTypes: UploadRequest['fileTypes'],
): void {
  for (const file of files) {
    if (!acceptsFile(fileTypes, file)) {
      const list = Array.isArray(fileTypes) ? fileTypes.join(', ') : String(fileTypes);
      throw new UploadError(`"${file.name}" is not an accepted file type (accepted: ${list}).`, 'file-type');
    }
    if (maxFileSize !== null && file.size > maxFileSize) {
      throw new UploadError(
        `"${file.name}" is ${formatBytes(file.size)}; this app accepts files up to ${formatBytes(maxFileSize)}.`,
        'too-large',
      );
    }
  }
}

/** Checks, then uploads through the client; resolves with the FileData the server made of them. */
export async function uploadFiles(
  client: ClientPort,
  files: readonly File[],
  maxFileSize: number | null,
  request: UploadRequest = {},
): Promise<FileData[]> {
  checkUpload(files, maxFileSize, request.fileTypes);
  if (request.signal?.aborted) throw new UploadError('The upload was cancelled.', 'aborted');
  const total = files.reduce((sum, f) => sum + f.size, 0);
  request.onProgress?.(0, total);
  try {
    const uploaded = await client.upload(files, {
      signal: request.signal,
      onChunk: request.onProgress
        ? (loaded) => request.onProgress!(Math.min(loaded, total), total)
        : undefined,
    });
    request.onProgress?.(total, total);
    return uploaded;
  } catch (error) {
    if (request.signal?.aborted) throw new UploadError('The upload was cancelled.', 'aborted');
    const message = (error as Error).message.replace(/^HTTP \d+: /, '');
    throw new UploadError(`The upload failed: ${message}`, 'failed');
  }
}
