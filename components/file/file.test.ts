import { afterEach, describe, expect, it, vi } from 'vitest';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import type { GrFile } from './file.js';

const a = {
  path: '/tmp/x/a.txt',
  url: 'http://app.test/gradio_api/file=/tmp/x/a.txt',
  orig_name: 'a.txt',
  size: 2048,
};
const b = {
  path: '/tmp/x/b.csv',
  url: 'http://app.test/gradio_api/file=/tmp/x/b.csv',
  orig_name: 'b.csv',
  size: 10,
};

runBlockContract('file', a);

describe('<gr-file>', () => {
  afterEach(() => document.body.replaceChildren());

  it('lists files with sizes and download links; static blocks offer no upload', async () => {
    const { el } = await mountBlock<GrFile>('file', { label: 'Out', value: [a, b], interactive: false });
    const links = [...el.querySelectorAll('a')];
    expect(links.map((l) => l.getAttribute('aria-label'))).toEqual(['Download a.txt', 'Download b.csv']);
    expect(links[0]!.textContent).toContain('2.0 KB');
    expect(links[0]!.href).toBe(a.url);
    expect(el.querySelector('gr-upload-zone')).toBeNull();
  });

  it('an interactive single file can be cleared; multiple files can be removed one by one and reordered', async () => {
    const { el, root } = await mountBlock<GrFile>('file', { label: 'In', value: a, interactive: true });
    const events: string[] = [];
    for (const name of ['gr-clear', 'gr-change', 'gr-delete'])
      root.addEventListener(name, (e) => events.push(e.type));
    el.querySelector<HTMLButtonElement>('[aria-label=Clear]')!.click();
    expect(el.value).toBeNull();
    expect(events).toEqual(['gr-clear', 'gr-change']);

    el.fileCount = 'multiple';
    el.value = [a, b];
    await el.updateComplete;
    el.querySelector<HTMLButtonElement>('[aria-label="Remove a.txt"]')!.click();
    expect(el.value).toEqual([b]);
    expect(events.slice(2)).toEqual(['gr-delete', 'gr-change']);

    el.allowReordering = true;
    el.value = [a, b];
    await el.updateComplete;
    el.querySelector<HTMLButtonElement>('[aria-label="Move b.csv up"]')!.click();
    expect((el.value as (typeof a)[]).map((f) => f.orig_name)).toEqual(['b.csv', 'a.txt']);
  });

  it('uploads through the app and appends to a multiple value', async () => {
    const upload = vi.fn(async (_files: readonly File[], _request?: unknown) => [b]);
    const { el, root } = await mountBlock<GrFile>('file', {
      label: 'In',
      value: [a],
      fileCount: 'multiple',
      interactive: true,
      services: testServices({ upload }),
    });
    const onUpload = vi.fn();
    root.addEventListener('gr-upload', onUpload);
    await el.uploadZone!.uploadFiles([new File(['x'], 'b.csv')]);
    expect(el.value).toEqual([a, b]);
    expect(onUpload).toHaveBeenCalledTimes(1);
    expect(upload.mock.calls[0]![1]).toMatchObject({ blockId: el.blockId });
  });

  it('select reports the row index and file name when a listener is bound', async () => {
    const { el, root } = await mountBlock<GrFile>('file', { label: 'Out', value: [a, b], selectable: true });
    const onSelect = vi.fn();
    root.addEventListener('gr-select', onSelect);
    el.querySelectorAll<HTMLElement>('td.name')[1]!.click();
    expect(onSelect.mock.calls[0]![0].data).toEqual({ index: 1, value: 'b.csv' });
  });

  it('a value that is not a file shows a message instead of breaking', async () => {
    const { el } = await mountBlock<GrFile>('file', { label: 'Out', value: 42 as never });
    expect(el.querySelector('[role=alert]')!.textContent).toContain('not a file');
  });
});
