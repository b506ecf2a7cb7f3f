import { afterEach, describe, expect, it, vi } from 'vitest';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import { solidImage } from '../common/test-images.js';
import type { GrSimpleimage } from './simpleimage.js';

const red = { path: '/tmp/red.png', url: solidImage('#f00'), orig_name: 'red.png' };

runBlockContract('simpleimage', red);

describe('<gr-simpleimage>', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the image with a download button unless show_download_button is off', async () => {
    const { el } = await mountBlock<GrSimpleimage>('simpleimage', { label: 'Out', value: red });
    expect(el.querySelector('img')!.src).toBe(red.url);
    expect(el.querySelector('[aria-label=Download]')).not.toBeNull();
    el.showDownloadButton = false;
    await el.updateComplete;
    expect(el.querySelector('[aria-label=Download]')).toBeNull();
  });

  it('interactive: upload then remove: upload, change, clear, change', async () => {
    const upload = vi.fn(async () => [red]);
    const { el, root } = await mountBlock<GrSimpleimage>('simpleimage', {
      label: 'In',
      interactive: true,
      services: testServices({ upload }),
    });
    const seen: string[] = [];
    for (const name of ['gr-upload', 'gr-change', 'gr-clear'])
      root.addEventListener(name, (e) => seen.push(e.type));
    await el.uploadZone!.uploadFiles([new File(['x'], 'red.png', { type: 'image/png' })]);
    expect(el.value).toEqual(red);
    await el.updateComplete;
    el.querySelector<HTMLButtonElement>('[aria-label="Remove Image"]')!.click();
    expect(el.value).toBeNull();
    expect(seen).toEqual(['gr-upload', 'gr-change', 'gr-clear', 'gr-change']);
  });

  it('a bad value shows a message', async () => {
    const { el } = await mountBlock<GrSimpleimage>('simpleimage', { label: 'Bad', value: [1, 2] as never });
    expect(el.querySelector('[role=alert]')!.textContent).toContain('not an image');
  });
});
