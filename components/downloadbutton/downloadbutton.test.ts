import { afterEach, describe, expect, it, vi } from 'vitest';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrDownloadbutton } from './downloadbutton.js';

runBlockContract('downloadbutton', { path: '/tmp/a.txt' }, { labelled: false });

describe('<gr-downloadbutton>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('fires click and saves the file from a same-origin blob URL, inside the app root', async () => {
    const body = new Blob(['hello']);
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response(body));
    const { el, root } = await mountBlock<GrDownloadbutton>('downloadbutton', {
      label: 'Get it',
      value: {
        path: '/tmp/x/r.txt',
        url: 'http://app.test/gradio_api/file=/tmp/x/r.txt',
        orig_name: 'r.txt',
      },
    });
    const onClick = vi.fn();
    root.addEventListener('gr-click', onClick);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    el.querySelector('button')!.click();
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(clicked[0]!.download).toBe('r.txt');
    expect(clicked[0]!.href).toMatch(/^blob:/);
    expect(fetch).toHaveBeenCalledWith('http://app.test/gradio_api/file=/tmp/x/r.txt', {
      credentials: 'omit',
      cache: 'no-store',
    });
  });
});
