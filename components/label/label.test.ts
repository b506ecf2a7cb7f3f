import { render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrTriggerEvent } from '../../src/base/trigger-event.js';
import type { GrLabel } from './label.js';
import { readLabelValue } from './internal/label-value.js';

const animals = {
  label: 'cat',
  confidences: [
    { label: 'cat', confidence: 0.7 },
    { label: 'dog', confidence: 0.2 },
    { label: 'bird', confidence: 0.1 },
  ],
};

runBlockContract('label', animals);

describe('readLabelValue', () => {
  it('reads every form a Label value comes in', () => {
    expect(readLabelValue({})).toBeNull();
    expect(readLabelValue(null)).toBeNull();
    expect(readLabelValue({ label: 'Just text', confidences: null })).toEqual({
      label: 'Just text',
      confidences: null,
    });
    expect(readLabelValue('plain')).toEqual({ label: 'plain', confidences: null });
    expect(readLabelValue(3.5)).toEqual({ label: '3.5', confidences: null });
    expect(readLabelValue({ dog: 0.2, cat: 0.7, bird: 0.1 }, 2)).toEqual({
      label: 'cat',
      confidences: [
        { label: 'cat', confidence: 0.7 },
        { label: 'dog', confidence: 0.2 },
      ],
    });
    // Confidences without a label: the top class is the heading.
    expect(readLabelValue({ confidences: [{ label: 1, confidence: 1 }] })).toEqual({
      label: '1',
      confidences: [{ label: '1', confidence: 1 }],
    });
  });

  it('throws on shapes a Label cannot show', () => {
    expect(() => readLabelValue([1, 2])).toThrow(/list/);
    expect(() => readLabelValue({ label: 'x', confidences: [{ confidence: 1 }] })).toThrow(/confidence 0/);
    expect(() => readLabelValue({ cat: 'high' })).toThrow(/not a number/);
  });
});

describe('<gr-label>', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the top class as a heading and one bar per class with its percentage', async () => {
    const { el } = await mountBlock<GrLabel>('label', { label: 'Animal', value: animals });
    expect(el.querySelector('h2')!.textContent!.trim()).toBe('cat');
    const rows = [...el.querySelectorAll('.confidence-set')].map((r) =>
      (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).toEqual(['cat 70%', 'dog 20%', 'bird 10%']);
    const bar = el.querySelector<HTMLElement>('.bar')!;
    expect(bar.style.width).toBe('70%');
    await expect.element(page.getByRole('meter', { name: 'dog' })).toHaveAttribute('aria-valuenow', '20');
  });

  it('show_heading=False hides the heading; color paints it', async () => {
    const { el } = await mountBlock<GrLabel>('label', { value: animals, color: 'rgb(255, 255, 0)' });
    expect(getComputedStyle(el.querySelector('h2')!).backgroundColor).toBe('rgb(255, 255, 0)');
    el.showHeading = false;
    await el.updateComplete;
    expect(el.querySelector('h2')).toBeNull();
    expect(el.querySelectorAll('.confidence-set')).toHaveLength(3);
  });

  it('a plain label keeps its heading even without show_heading', async () => {
    const { el } = await mountBlock<GrLabel>('label', {
      value: { label: 'Just text', confidences: null },
      showHeading: false,
    });
    expect(el.querySelector('h2')!.textContent!.trim()).toBe('Just text');
    expect(el.querySelector('.confidences')).toBeNull();
  });

  it('shows an empty state for {} and null', async () => {
    const { el } = await mountBlock<GrLabel>('label', { label: 'Out', value: {} });
    expect(el.querySelector('[aria-label="Empty value"]')).not.toBeNull();
    el.value = null;
    await el.updateComplete;
    expect(el.querySelector('[aria-label="Empty value"]')).not.toBeNull();
    expect(el.querySelector('h2')).toBeNull();
  });

  it('selectable bars are buttons that report {index, value} on click and keyboard', async () => {
    const { el, root } = await mountBlock<GrLabel>('label', { value: animals, selectable: true });
    const events: unknown[] = [];
    root.addEventListener('gr-select', (e) => events.push((e as GrTriggerEvent).data));
    await userEvent.click(page.getByRole('button', { name: /dog/ }));
    expect(events).toEqual([{ index: 1, value: 'dog' }]);
    el.querySelector<HTMLButtonElement>('button')!.focus();
    await userEvent.keyboard('{Tab}{Tab}{Enter}');
    expect(events.at(-1)).toEqual({ index: 2, value: 'bird' });
  });

  it('bars are not buttons when the app does not listen to select', async () => {
    const { el, root } = await mountBlock<GrLabel>('label', { value: animals });
    const listener = vi.fn();
    root.addEventListener('gr-select', listener);
    expect(el.querySelector('button')).toBeNull();
    await userEvent.click(el.querySelector('.confidence-set')!);
    expect(listener).not.toHaveBeenCalled();
  });

  it('a bad value shows a message in the block', async () => {
    const { el } = await mountBlock<GrLabel>('label', { label: 'Bad', value: [1, 2, 3] });
    expect(el.querySelector('[role="alert"]')!.textContent).toMatch(/cannot show its value/);
    el.value = animals;
    await el.updateComplete;
    expect(el.querySelector('[role="alert"]')).toBeNull();
  });

  it('a hidden label still names the block', async () => {
    await mountBlock<GrLabel>('label', { label: 'Prediction', showLabel: false, value: animals });
    await expect.element(page.getByRole('group', { name: 'Prediction' })).toBeInTheDocument();
  });
});

describe('label example form', () => {
  it('shows the top class and its confidence', async () => {
    const { renderExample } = await import('./example.js');
    const div = document.createElement('div');
    render(renderExample(animals, {}, { layout: 'table', fileUrl: () => null }), div);
    expect(div.textContent!.trim()).toBe('cat (70%)');
    render(renderExample({}, {}, { layout: 'table', fileUrl: () => null }), div);
    expect(div.textContent!.trim()).toBe('');
  });
});
