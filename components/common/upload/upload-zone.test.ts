import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './upload-zone.js';
import type { UploadedEvent, UploadFailedEvent } from './upload-zone.js';
import { testServices } from '../../../src/testing/services.js';
import type { UploadRequest } from '../../../src/base/upload.js';
import { UploadError } from '../../../src/base/upload.js';

async function mount(upload: (files: readonly File[], request?: UploadRequest) => Promise<unknown>) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const zone = document.createElement('gr-upload-zone');
  zone.services = testServices({ upload: upload as never });
  root.append(zone);
  await zone.updateComplete;
  return zone;
}

const file = (name: string, text = 'hello') => new File([text], name, { type: 'text/plain' });

describe('<gr-upload-zone>', () => {
  afterEach(() => document.body.replaceChildren());

  it('uploads picked files through the app and reports their FileData', async () => {
    const upload = vi.fn(async (files: readonly File[]) => files.map((f) => ({ path: `/tmp/${f.name}` })));
    const zone = await mount(upload);
    const uploaded = new Promise<UploadedEvent>((r) => zone.addEventListener('upload-zone-uploaded', r));
    await userEvent.upload(zone.querySelector('input[type=file]')!, file('a.txt'));
    expect((await uploaded).files).toEqual([{ path: '/tmp/a.txt' }]);
    expect(upload.mock.calls[0]![0].map((f) => f.name)).toEqual(['a.txt']);
  });

  it('takes dropped and pasted files; a single-file zone keeps the first', async () => {
    const upload = vi.fn(async (files: readonly File[]) => files.map((f) => ({ path: f.name })));
    const zone = await mount(upload);
    const drop = zone.querySelector<HTMLElement>('.drop')!;
    const data = new DataTransfer();
    data.items.add(file('one.txt'));
    data.items.add(file('two.txt'));
    drop.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(upload).toHaveBeenCalledTimes(1));
    expect(upload.mock.calls[0]![0].map((f) => f.name)).toEqual(['one.txt']);
    await vi.waitFor(() => expect(zone.uploading).toBe(false));

    const pasted = new DataTransfer();
    pasted.items.add(file('pasted.txt'));
    drop.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: pasted, bubbles: true, cancelable: true }),
    );
    await vi.waitFor(() => expect(upload).toHaveBeenCalledTimes(2));
    expect(upload.mock.calls[1]![0][0]!.name).toBe('pasted.txt');
  });

  it('shows progress while the upload runs, and Cancel aborts it', async () => {
    let request: UploadRequest | undefined;
    const zone = await mount(
      (_files, r) =>
        new Promise((_, reject) => {
          request = r;
          r!.onProgress!(2, 5);
          r!.signal!.addEventListener('abort', () =>
            reject(new UploadError('The upload was cancelled.', 'aborted')),
          );
        }),
    );
    void zone.uploadFiles([file('slow.txt')]);
    await zone.updateComplete;
    await vi.waitFor(() => expect(zone.querySelector('progress')?.value).toBe(40));
    expect(zone.querySelector('[role=status]')?.textContent).toContain('slow.txt');
    zone.querySelector<HTMLButtonElement>('.cancel')!.click();
    expect(request!.signal!.aborted).toBe(true);
    await vi.waitFor(() =>
      expect(zone.querySelector('[role=alert]')?.textContent).toBe('The upload was cancelled.'),
    );
    expect(zone.querySelector('progress')).toBeNull();
  });

  it('says why an upload was refused', async () => {
    const zone = await mount(() =>
      Promise.reject(new UploadError('"a.exe" is not an accepted file type (accepted: .pdf).', 'file-type')),
    );
    const failed = new Promise<UploadFailedEvent>((r) => zone.addEventListener('upload-zone-failed', r));
    await zone.uploadFiles([file('a.exe')]);
    expect((await failed).message).toContain('not an accepted file type');
    expect(zone.querySelector('[role=alert]')?.textContent).toContain('a.exe');
  });

  it('opens the picker from the keyboard, with accept and multiple from the props', async () => {
    const zone = await mount(async () => []);
    zone.fileTypes = ['image', '.pdf'];
    zone.fileCount = 'multiple';
    await zone.updateComplete;
    const input = zone.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.accept).toBe('image/*,.pdf');
    expect(input.multiple).toBe(true);
    const click = vi.spyOn(input, 'click').mockImplementation(() => undefined);
    zone.querySelector<HTMLElement>('.drop')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(click).toHaveBeenCalledTimes(1);
  });
});
