import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import type { GrTriggerEvent } from '../../src/base/trigger-event.js';
import { solidImage } from '../common/test-images.js';
import { crc32, zipStored } from './internal/zip.js';
import type { GrGallery, GalleryItem } from './gallery.js';

const img = (color: string, name: string, caption: string | null = null): GalleryItem => ({
  image: { path: `/tmp/${name}`, url: solidImage(color, 16, 16), orig_name: name },
  caption,
});
const items = [img('#f00', 'red.png', 'Red'), img('#0f0', 'green.png'), img('#00f', 'blue.png', 'Blue')];

runBlockContract('gallery', items);

function record(root: ShadowRoot): { trigger: string; data: unknown }[] {
  const seen: { trigger: string; data: unknown }[] = [];
  for (const t of ['select', 'preview_open', 'preview_close', 'upload', 'change', 'delete'])
    root.addEventListener(`gr-${t}`, (e) => seen.push({ trigger: t, data: (e as GrTriggerEvent).data }));
  return seen;
}

describe('<gr-gallery>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('lays items out in a grid: columns (fitted to the item count), captions, object_fit, lazy images', async () => {
    const { el } = await mountBlock<GrGallery>('gallery', {
      label: 'G',
      value: items,
      columns: 5,
      objectFit: 'contain',
    });
    const grid = el.querySelector<HTMLElement>('.grid')!;
    expect(getComputedStyle(grid).gridTemplateColumns.split(' ').length).toBe(3);
    el.fitColumns = false;
    await el.updateComplete;
    expect(getComputedStyle(grid).gridTemplateColumns.split(' ').length).toBe(5);
    el.columns = [1, 4];
    el.style.width = '500px';
    await el.updateComplete;
    expect(getComputedStyle(grid).gridTemplateColumns.split(' ').length).toBe(1);
    el.style.width = '700px';
    await el.updateComplete;
    expect(getComputedStyle(grid).gridTemplateColumns.split(' ').length).toBe(4);
    const imgs = [...el.querySelectorAll<HTMLImageElement>('.grid img')];
    expect(imgs.map((i) => i.loading)).toEqual(['lazy', 'lazy', 'lazy']);
    expect(getComputedStyle(imgs[0]!).objectFit).toBe('contain');
    expect([...el.querySelectorAll('.caption-label')].map((c) => c.textContent)).toEqual(['Red', 'Blue']);
    expect(el.querySelector('.thumbnail')!.getAttribute('aria-label')).toBe('Thumbnail 1 of 3: Red');
  });

  it('a click opens the preview (preview_open, select {index, value}); arrows move, Escape closes', async () => {
    const { el, root } = await mountBlock<GrGallery>('gallery', { label: 'G', value: items });
    const seen = record(root);
    await userEvent.click(el.querySelectorAll<HTMLElement>('.grid .thumbnail')[1]!);
    await el.updateComplete;
    expect(seen.slice(0, 2)).toEqual([
      { trigger: 'preview_open', data: null },
      { trigger: 'select', data: { index: 1, value: items[1] } },
    ]);
    expect(el.selectedIndex).toBe(1);
    const preview = el.querySelector('.preview')!;
    expect(preview.querySelector<HTMLImageElement>('.media-button img')!.src).toBe(
      (items[1] as { image: { url: string } }).image.url,
    );
    expect(preview.querySelectorAll('.thumbnails .thumbnail').length).toBe(3);
    expect(
      document.activeElement === el.getRootNode() ? null : (el.getRootNode() as ShadowRoot).activeElement,
    ).toBe(preview.querySelector('.media-button'));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}');
    expect(seen.slice(2).map((s) => (s.data as { index: number }).index)).toEqual([2, 0, 2]);
    await el.updateComplete;
    expect(el.querySelector('.preview .caption')!.textContent).toBe('Blue');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(seen.at(-1)).toEqual({ trigger: 'preview_close', data: null });
    expect(el.querySelector('.preview')).toBeNull();
    expect((el.getRootNode() as ShadowRoot).activeElement).toBe(
      el.querySelector('.grid .thumbnail[data-index="2"]'),
    );
  });

  it('in the preview, a click on the right half shows the next item, on the left half the previous; Close closes', async () => {
    const { el, root } = await mountBlock<GrGallery>('gallery', {
      label: 'G',
      value: items,
      selectedIndex: 0,
    });
    const seen = record(root);
    const media = el.querySelector<HTMLElement>('.media-button')!;
    const box = media.getBoundingClientRect();
    media.dispatchEvent(
      new MouseEvent('click', { bubbles: true, clientX: box.right - 5, clientY: box.top + 5 }),
    );
    media.dispatchEvent(
      new MouseEvent('click', { bubbles: true, clientX: box.left + 5, clientY: box.top + 5 }),
    );
    media.dispatchEvent(
      new MouseEvent('click', { bubbles: true, clientX: box.left + 5, clientY: box.top + 5 }),
    );
    expect(seen.map((s) => (s.data as { index: number }).index)).toEqual([1, 0, 2]);
    await el.updateComplete;
    el.querySelector<HTMLButtonElement>('.preview [aria-label=Close]')!.click();
    expect(el.selectedIndex).toBeNull();
    expect(seen.at(-1)!.trigger).toBe('preview_close');
  });

  it('preview=True starts on the first item; allow_preview=False only selects', async () => {
    const { el } = await mountBlock<GrGallery>('gallery', { label: 'G', value: items, preview: true });
    expect(el.selectedIndex).toBe(0);
    expect(el.querySelector('.preview')).not.toBeNull();
    document.body.replaceChildren();
    const second = await mountBlock<GrGallery>('gallery', { label: 'G', value: items, allowPreview: false });
    const seen = record(second.root);
    second.el.querySelectorAll<HTMLElement>('.grid .thumbnail')[2]!.click();
    await second.el.updateComplete;
    expect(seen).toEqual([{ trigger: 'select', data: { index: 2, value: items[2] } }]);
    expect(second.el.querySelector('.preview')).toBeNull();
    expect(second.el.querySelector('.thumbnail.selected')!.getAttribute('data-index')).toBe('2');
  });

  it('new items from the app keep the preview on a valid index', async () => {
    const { el } = await mountBlock<GrGallery>('gallery', { label: 'G', value: items, selectedIndex: 2 });
    el.value = items.slice(0, 2);
    await el.updateComplete;
    expect(el.selectedIndex).toBe(1);
    el.value = [];
    await el.updateComplete;
    expect(el.selectedIndex).toBeNull();
  });

  it('interactive: upload appends (upload with the new items, change); delete reports {file, index}; Clear empties', async () => {
    const video = {
      path: '/tmp/clip.mp4',
      url: 'data:video/mp4;base64,',
      orig_name: 'clip.mp4',
      mime_type: 'video/mp4',
    };
    const upload = vi.fn(async (_files: readonly File[], _request?: unknown) => [video]);
    const { el, root } = await mountBlock<GrGallery>('gallery', {
      label: 'G',
      value: items.slice(0, 1),
      interactive: true,
      services: testServices({ upload }),
    });
    const seen = record(root);
    await el.uploadZone!.uploadFiles([new File(['x'], 'clip.mp4', { type: 'video/mp4' })]);
    expect(upload.mock.calls[0]![1]).toMatchObject({ fileTypes: ['image', 'video'] });
    expect(el.value).toEqual([items[0], { video, caption: null }]);
    expect(seen).toEqual([
      { trigger: 'upload', data: [{ video, caption: null }] },
      { trigger: 'change', data: null },
    ]);
    await el.updateComplete;
    expect(el.querySelector('.grid video')).not.toBeNull();
    el.querySelector<HTMLButtonElement>('[aria-label="Delete item 1"]')!.click();
    expect(seen.slice(2)).toEqual([
      {
        trigger: 'delete',
        data: {
          ...(items[0] as { image: object }).image,
          file: (items[0] as { image: unknown }).image,
          index: 0,
        },
      },
      { trigger: 'change', data: null },
    ]);
    expect(el.value).toEqual([{ video, caption: null }]);
    await el.updateComplete;
    el.querySelector<HTMLButtonElement>('[aria-label=Clear]')!.click();
    expect(el.value).toEqual([]);
    await el.updateComplete;
    expect(el.querySelector('gr-upload-zone.full')).not.toBeNull();
  });

  it('Download all saves one ZIP of every file, inside the app (never navigating the host page)', async () => {
    const clicks: { href: string; download: string; root: Node }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download, root: this.getRootNode() });
    });
    const twice = [...items, img('#f00', 'red.png')];
    const { el, root } = await mountBlock<GrGallery>('gallery', { label: 'G', value: twice });
    el.querySelector<HTMLButtonElement>('[aria-label="Download all"]')!.click();
    await vi.waitFor(() => expect(clicks.length).toBe(1));
    expect(clicks[0]!.download).toBe('gallery.zip');
    expect(clicks[0]!.root).toBe(root);
    const zip = new Uint8Array(await (await fetch(clicks[0]!.href)).arrayBuffer());
    const text = new TextDecoder().decode(zip);
    for (const name of ['red.png', 'green.png', 'blue.png', 'red-2.png']) expect(text).toContain(name);
    expect(new DataView(zip.buffer).getUint32(0, true)).toBe(0x04034b50);
  });

  it('the ZIP writer: crc32 and a one-file archive', () => {
    expect(crc32(new TextEncoder().encode('hello'))).toBe(0x3610a686);
    const zip = zipStored([{ name: 'a.txt', data: new TextEncoder().encode('hello') }]);
    expect(zip.length).toBe(30 + 5 + 5 + 46 + 5 + 22);
  });

  it('200 images render at once without loading them all: lazy, decoded off the main thread', async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({
      image: { path: `/tmp/${i}.png`, url: `http://127.0.0.1:9/img/${i}.png`, orig_name: `${i}.png` },
      caption: null,
    }));
    const started = performance.now();
    const { el } = await mountBlock<GrGallery>('gallery', { label: 'G', value: many, columns: 4 });
    const took = performance.now() - started;
    expect(el.querySelectorAll('.grid img').length).toBe(200);
    expect(
      [...el.querySelectorAll('.grid img')].every((i) => (i as HTMLImageElement).decoding === 'async'),
    ).toBe(true);
    expect(took).toBeLessThan(1000);
    const requested = performance.getEntriesByType('resource').filter((r) => r.name.includes('/img/'));
    expect(requested.length).toBeLessThan(100);
  });

  it('example form: the first three thumbnails, then …', async () => {
    const { renderExample } = await import('./example.js');
    const { render } = await import('lit');
    const div = document.createElement('div');
    render(
      renderExample(
        [...items, ...items],
        {},
        { layout: 'gallery', fileUrl: (f) => (f as { url: string }).url },
      ),
      div,
    );
    expect(div.querySelectorAll('img').length).toBe(3);
    expect(div.textContent).toContain('…');
  });

  it('a value that is not a list of media shows a message', async () => {
    const { el } = await mountBlock<GrGallery>('gallery', { label: 'G', value: [{ nope: 1 }] as never });
    expect(el.querySelector('[role=alert]')!.textContent).toContain('not an image or a video');
  });
});
