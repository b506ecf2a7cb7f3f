import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrTriggerEvent } from '../../src/base/trigger-event.js';
import { solidImage } from '../common/test-images.js';
import type { GrAnnotatedimage } from './annotatedimage.js';

const f = (url: string, name: string) => ({ path: `/tmp/${name}`, url });
const value = {
  image: f(solidImage('#888', 40, 20), 'base.png'),
  annotations: [
    { image: f(solidImage('rgba(255,0,0,0.5)', 40, 20), 'a.png'), label: 'car' },
    { image: f(solidImage('rgba(255,0,0,0.5)', 40, 20), 'b.png'), label: 'tree' },
  ],
};

runBlockContract('annotatedimage', value);

describe('<gr-annotatedimage>', () => {
  afterEach(() => document.body.replaceChildren());

  it('lays each mask over the base image, coloured by colour map or hue, with a legend', async () => {
    const { el } = await mountBlock<GrAnnotatedimage>('annotatedimage', {
      label: 'Seg',
      value,
      colorMap: { tree: '#00ff00' },
    });
    const masks = [...el.querySelectorAll<HTMLImageElement>('img.mask')];
    expect(masks.map((m) => m.alt)).toEqual(['Mask of car', 'Mask of tree']);
    expect(masks[0]!.getAttribute('style')).toBe('filter: hue-rotate(0deg)');
    expect(masks[1]!.getAttribute('style')).toBe('');
    const legend = [...el.querySelectorAll<HTMLButtonElement>('.legend-item')];
    expect(legend.map((b) => b.textContent!.trim())).toEqual(['car', 'tree']);
    expect(legend[1]!.style.backgroundColor).toBe('rgba(0, 255, 0, 0.533)');
  });

  it('hovering or focusing a label shows only its mask; clicking reports select {index, value}', async () => {
    const { el, root } = await mountBlock<GrAnnotatedimage>('annotatedimage', { label: 'Seg', value });
    const seen: unknown[] = [];
    root.addEventListener('gr-select', (e) => seen.push((e as GrTriggerEvent).data));
    const [car, tree] = [...el.querySelectorAll<HTMLButtonElement>('.legend-item')];
    await userEvent.hover(tree!);
    await el.updateComplete;
    const masks = [...el.querySelectorAll<HTMLImageElement>('img.mask')];
    expect(getComputedStyle(masks[0]!).opacity).not.toBe('1');
    expect(masks[1]!.classList.contains('active')).toBe(true);
    car!.focus();
    await el.updateComplete;
    expect(masks[0]!.classList.contains('active')).toBe(true);
    await userEvent.keyboard('{Enter}');
    await userEvent.click(tree!);
    expect(seen).toEqual([
      { index: 0, value: 'car' },
      { index: 1, value: 'tree' },
    ]);
  });

  it('no legend with show_legend off; empty state without a value; a message for a bad value', async () => {
    const { el } = await mountBlock<GrAnnotatedimage>('annotatedimage', {
      label: 'Seg',
      value,
      showLegend: false,
    });
    expect(el.querySelector('.legend')).toBeNull();
    el.value = null;
    await el.updateComplete;
    expect(el.querySelector('[aria-label="Empty value"]')).not.toBeNull();
    el.value = { image: 'x' } as never;
    await el.updateComplete;
    expect(el.querySelector('[role=alert]')!.textContent).toContain('not an image with annotations');
  });
});
