import { afterEach, describe, expect, it, vi } from 'vitest';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import { UploadError } from '../../src/base/upload.js';
import type { GrUploadbutton } from './uploadbutton.js';

runBlockContract('uploadbutton', { path: '/tmp/a.txt' }, { labelled: false });

describe('<gr-uploadbutton>', () => {
  afterEach(() => document.body.replaceChildren());

  it('a click fires click and opens the picker; the upload sets the value and fires upload and change', async () => {
    const file = { path: '/tmp/x/a.txt', orig_name: 'a.txt' };
    const { el, root } = await mountBlock<GrUploadbutton>('uploadbutton', {
      label: 'Upload it',
      services: testServices({ upload: async () => [file] }),
    });
    const events: string[] = [];
    for (const name of ['gr-click', 'gr-upload', 'gr-change'])
      root.addEventListener(name, (e) => events.push(e.type));
    const input = el.querySelector<HTMLInputElement>('input[type=file]')!;
    const picker = vi.spyOn(input, 'click').mockImplementation(() => undefined);
    el.querySelector('button')!.click();
    expect(picker).toHaveBeenCalled();
    await el.querySelector('gr-upload-zone')!.uploadFiles([new File(['x'], 'a.txt')]);
    expect(el.value).toEqual(file);
    expect(events).toEqual(['gr-click', 'gr-upload', 'gr-change']);
    expect(el.querySelector('button')!.textContent).toContain('Upload it');
  });

  it('says why a file was refused', async () => {
    const { el } = await mountBlock<GrUploadbutton>('uploadbutton', {
      label: 'Up',
      services: testServices({
        upload: () =>
          Promise.reject(
            new UploadError('"a.exe" is not an accepted file type (accepted: .txt).', 'file-type'),
          ),
      }),
    });
    await el.querySelector('gr-upload-zone')!.uploadFiles([new File(['x'], 'a.exe')]);
    await el.updateComplete;
    expect(el.querySelector('.error[role=alert]')!.textContent).toContain('a.exe');
  });
});
