import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import { imagesLoaded, solidImage } from '../common/test-images.js';
import type { GrImageslider } from './imageslider.js';

const f = (color: string, name: string) => ({
  path: `/tmp/${name}`,
  url: solidImage(color, 200, 100),
  orig_name: name,
});
const red = f('#f00', 'red.png');
const blue = f('#00f', 'blue.png');

runBlockContract('imageslider', [red, blue]);

describe('<gr-imageslider>', () => {
  afterEach(() => document.body.replaceChildren());

  async function slider(props: Record<string, unknown> = {}) {
    const mounted = await mountBlock<GrImageslider>('imageslider', {
      label: 'Compare',
      value: [red, blue],
      ...props,
    });
    await imagesLoaded(mounted.el);
    return { ...mounted, divider: mounted.el.querySelector<HTMLElement>('[role=slider]')! };
  }

  it('shows the second image right of the divider, placed by slider_position', async () => {
    const { el, divider } = await slider({ sliderPosition: 30 });
    expect(divider.getAttribute('aria-valuenow')).toBe('30');
    const after = el.querySelector<HTMLImageElement>('img.after')!;
    expect(getComputedStyle(after).clipPath).toBe('inset(0px 0px 0px 30%)');
    const wrap = el.querySelector<HTMLElement>('.slider-wrap')!.getBoundingClientRect();
    const line = divider.getBoundingClientRect();
    expect(Math.round(line.left + line.width / 2 - wrap.left)).toBe(Math.round(wrap.width * 0.3));
  });

  it('the divider follows a drag and the keyboard (arrows, Shift, Home/End, Page keys)', async () => {
    const { el, divider } = await slider();
    const wrap = el.querySelector<HTMLElement>('.slider-wrap')!;
    const box = wrap.getBoundingClientRect();
    const at = (x: number) => ({
      clientX: box.left + box.width * x,
      clientY: box.top + 5,
      bubbles: true,
      button: 0,
      pointerId: 1,
    });
    wrap.dispatchEvent(new PointerEvent('pointerdown', at(0.2)));
    wrap.dispatchEvent(new PointerEvent('pointermove', at(0.75)));
    wrap.dispatchEvent(new PointerEvent('pointerup', at(0.75)));
    wrap.dispatchEvent(new PointerEvent('pointermove', at(0.1)));
    await el.updateComplete;
    expect(divider.getAttribute('aria-valuenow')).toBe('75');
    divider.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(divider.getAttribute('aria-valuenow')).toBe('74');
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
    await el.updateComplete;
    expect(divider.getAttribute('aria-valuenow')).toBe('84');
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(divider.getAttribute('aria-valuenow')).toBe('100');
    await userEvent.keyboard('{Home}{PageUp}');
    await el.updateComplete;
    expect(divider.getAttribute('aria-valuenow')).toBe('10');
  });

  it('interactive: both images upload (one zone each, or two files at once), then clear', async () => {
    let n = 0;
    const upload = vi.fn(async (files: readonly File[]) => files.map(() => (n++ % 2 ? blue : red)));
    const { el, root } = await mountBlock<GrImageslider>('imageslider', {
      label: 'In',
      interactive: true,
      value: [null, null],
      services: testServices({ upload }),
    });
    const seen: string[] = [];
    for (const t of ['gr-upload', 'gr-input', 'gr-change', 'gr-clear'])
      root.addEventListener(t, (e) => seen.push(e.type));
    const zones = el.querySelectorAll('gr-upload-zone');
    expect(zones.length).toBe(2);
    await zones[1]!.uploadFiles([new File(['x'], 'b.png', { type: 'image/png' })]);
    expect(el.value).toEqual([null, red]);
    await el.updateComplete;
    await el.querySelector('gr-upload-zone')!.uploadFiles([new File(['x'], 'a.png', { type: 'image/png' })]);
    expect(el.value).toEqual([blue, red]);
    await el.updateComplete;
    expect(el.querySelector('[role=slider]')).not.toBeNull();
    el.querySelector<HTMLButtonElement>('[aria-label="Remove Image"]')!.click();
    expect(el.value).toEqual([null, null]);
    await el.updateComplete;
    n = 0;
    await el
      .querySelector('gr-upload-zone')!
      .uploadFiles([
        new File(['x'], 'a.png', { type: 'image/png' }),
        new File(['y'], 'b.png', { type: 'image/png' }),
      ]);
    expect(el.value).toEqual([red, blue]);
    expect(seen).toEqual([
      ...['gr-upload', 'gr-input', 'gr-change'],
      ...['gr-upload', 'gr-input', 'gr-change'],
      ...['gr-clear', 'gr-input', 'gr-change'],
      ...['gr-upload', 'gr-input', 'gr-change'],
    ]);
  });

  it('example form: both thumbnails', async () => {
    const { renderExample } = await import('./example.js');
    const { render } = await import('lit');
    const div = document.createElement('div');
    render(
      renderExample([red, blue], {}, { layout: 'table', fileUrl: (f) => (f as { url: string }).url }),
      div,
    );
    expect(div.querySelectorAll('img').length).toBe(2);
  });

  it('static: download (the second image) and fullscreen; empty state; a message for a bad value', async () => {
    const { el } = await slider();
    expect([...el.querySelectorAll('.icon-buttons button')].map((b) => b.getAttribute('aria-label'))).toEqual(
      ['Fullscreen', 'Download'],
    );
    el.value = [null, null];
    await el.updateComplete;
    expect(el.querySelector('[aria-label="Empty value"]')).not.toBeNull();
    el.value = 'nope' as never;
    await el.updateComplete;
    expect(el.querySelector('[role=alert]')!.textContent).toContain('not a pair of images');
  });
});
