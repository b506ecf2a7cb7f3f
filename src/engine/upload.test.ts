import { describe, expect, it, vi } from 'vitest';
import { checkUpload, uploadFiles } from './upload.js';
import { UploadError } from '../base/upload.js';
import type { ClientPort, UploadTransfer } from './client-events.js';

const file = (name: string, bytes: number, type = 'application/octet-stream') =>
  new File([new Uint8Array(bytes)], name, { type });

function port(upload: ClientPort['upload']): ClientPort {
  return {
    submit: () => {
      throw new Error('not here');
    },
    componentServer: () => Promise.reject(new Error('not here')),
    upload,
    close: () => undefined,
  };
}

describe('upload path', () => {
  it('refuses a file over max_file_size before sending anything, naming the file and the limit', async () => {
    const upload = vi.fn();
    const error = await uploadFiles(port(upload), [file('big.bin', 2048)], 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect((error as UploadError).kind).toBe('too-large');
    expect((error as Error).message).toBe('"big.bin" is 2.0 KB; this app accepts files up to 1.0 KB.');
    expect(upload).not.toHaveBeenCalled();
  });

  it("refuses a file the component's file_types does not accept", () => {
    expect(() => checkUpload([file('a.exe', 1)], null, ['.pdf', 'image'])).toThrow(
      '"a.exe" is not an accepted file type (accepted: .pdf, image).',
    );
    expect(() => checkUpload([file('a.png', 1, 'image/png')], null, ['.pdf', 'image'])).not.toThrow();
  });

  it('reports progress and returns what the server made of the files', async () => {
    const seen: [number, number][] = [];
    const result = await uploadFiles(
      port(async (_files, transfer: UploadTransfer) => {
        transfer.onChunk?.(10);
        return [{ path: '/tmp/x/a.txt', url: 'http://s/file=/tmp/x/a.txt', orig_name: 'a.txt' }];
      }),
      [file('a.txt', 20)],
      null,
      { onProgress: (loaded, total) => seen.push([loaded, total]) },
    );
    expect(result[0]!.path).toBe('/tmp/x/a.txt');
    expect(seen).toEqual([
      [0, 20],
      [10, 20],
      [20, 20],
    ]);
  });

  it('turns a failure into a clear message, and a cancel into an aborted error', async () => {
    const failing = port(() => Promise.reject(new Error('HTTP 500: disk full')));
    await expect(uploadFiles(failing, [file('a', 1)], null)).rejects.toThrow('The upload failed: disk full');
    const controller = new AbortController();
    const hanging = port(
      (_f, transfer) =>
        new Promise((_, reject) =>
          transfer.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    );
    const pending = uploadFiles(hanging, [file('a', 1)], null, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
  });
});
