import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrSlider } from './slider.js';

runBlockContract('slider', 7);

function record(root: ShadowRoot, names: string[]): { trigger: string; data: unknown }[] {
  const seen: { trigger: string; data: unknown }[] = [];
  for (const name of names)
    root.addEventListener(`gr-${name}`, (e) =>
      seen.push({ trigger: name, data: (e as Event & { data: unknown }).data }),
    );
  return seen;
}

const props = { label: 'Level', interactive: true, minimum: 0, maximum: 10, step: 0.5, value: 3 };

describe('<gr-slider>', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the value in the range and the number box, with the bounds', async () => {
    const { el } = await mountBlock<GrSlider>('slider', props);
    expect(el.querySelector<HTMLInputElement>('input[type=range]')!.value).toBe('3');
    expect(el.querySelector<HTMLInputElement>('input[type=number]')!.value).toBe('3');
    expect(el.textContent).toContain('0');
    expect(el.textContent).toContain('10');
    // The range carries the label; the box says it is the value.
    expect(el.querySelector<HTMLInputElement>('input[type=range]')!.labels![0]!.textContent).toContain(
      'Level',
    );
    expect(el.querySelector('input[type=number]')!.getAttribute('aria-label')).toBe('Level value');
  });

  it('arrow keys move by step: input and change per key, release on key up', async () => {
    const { el, root } = await mountBlock<GrSlider>('slider', props);
    const seen = record(root, ['input', 'change', 'release']);
    el.querySelector<HTMLInputElement>('input[type=range]')!.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(el.value).toBe(4);
    expect(seen.filter((s) => s.trigger === 'input')).toHaveLength(2);
    expect(seen.filter((s) => s.trigger === 'release')).toEqual([
      { trigger: 'release', data: 3.5 },
      { trigger: 'release', data: 4 },
    ]);
    await userEvent.keyboard('{End}');
    expect(el.value).toBe(10);
    await el.updateComplete;
    expect(el.querySelector<HTMLInputElement>('input[type=number]')!.value).toBe('10');
    await userEvent.keyboard('{Home}');
    expect(el.value).toBe(0);
  });

  it('a click on the track sets the value and releases on pointer up', async () => {
    const { el, root } = await mountBlock<GrSlider>('slider', { ...props, step: 1 });
    const seen = record(root, ['change', 'release']);
    const range = el.querySelector<HTMLInputElement>('input[type=range]')!;
    await userEvent.click(range, { position: { x: range.clientWidth - 2, y: range.clientHeight / 2 } });
    expect(el.value).toBe(10);
    expect(seen.at(-1)).toEqual({ trigger: 'release', data: 10 });
  });

  it('typing in the box moves the range; a number out of range waits for Enter or leaving, which bring it within and release', async () => {
    const { el, root } = await mountBlock<GrSlider>('slider', props);
    const seen = record(root, ['input', 'release']);
    const box = el.querySelector<HTMLInputElement>('input[type=number]')!;
    await userEvent.clear(box);
    await userEvent.type(box, '7.5');
    expect(el.value).toBe(7.5);
    await el.updateComplete;
    expect(el.querySelector<HTMLInputElement>('input[type=range]')!.value).toBe('7.5');
    await userEvent.clear(box);
    const inputs = seen.filter((s) => s.trigger === 'input').length;
    await userEvent.type(box, '25');
    // "2" is in range and sent; "25" is not, and waits for the commit.
    expect(seen.filter((s) => s.trigger === 'input')).toHaveLength(inputs + 1);
    expect(el.value).toBe(2);
    // The box says it is held back.
    expect(getComputedStyle(box).boxShadow).toContain('rgb(185, 28, 28)');
    await userEvent.keyboard('{Enter}');
    expect(el.value).toBe(10);
    expect(box.value).toBe('10');
    expect(seen.at(-1)).toEqual({ trigger: 'release', data: 10 });
    // Enter committed it: leaving the box afterwards releases nothing more.
    const releases = seen.filter((s) => s.trigger === 'release').length;
    box.blur();
    expect(seen.filter((s) => s.trigger === 'release')).toHaveLength(releases);
  });

  it('reset returns to the value the app started with', async () => {
    const { el, root } = await mountBlock<GrSlider>('slider', props);
    const seen = record(root, ['change', 'release']);
    el.querySelector<HTMLInputElement>('input[type=range]')!.focus();
    await userEvent.keyboard('{End}');
    await userEvent.click(el.querySelector('button.reset')!);
    expect(el.value).toBe(3);
    expect(seen.at(-1)).toEqual({ trigger: 'release', data: 3 });
  });

  it('shows the reset button unless buttons leaves it out (or 5.x turns it off)', async () => {
    const { el } = await mountBlock<GrSlider>('slider', props);
    expect(el.querySelector('button.reset')).not.toBeNull();
    el.buttons = [];
    await el.updateComplete;
    expect(el.querySelector('button.reset')).toBeNull();
    el.buttons = ['reset'];
    await el.updateComplete;
    expect(el.querySelector('button.reset')).not.toBeNull();
    el.buttons = null;
    el.showResetButton = false;
    await el.updateComplete;
    expect(el.querySelector('button.reset')).toBeNull();
  });

  it('is disabled when static', async () => {
    const { el } = await mountBlock<GrSlider>('slider', { ...props, interactive: false });
    expect(el.querySelector<HTMLInputElement>('input[type=range]')!.disabled).toBe(true);
    expect(el.querySelector<HTMLInputElement>('input[type=number]')!.disabled).toBe(true);
  });

  it('a value from the app updates both controls and fires nothing', async () => {
    const { el, root } = await mountBlock<GrSlider>('slider', props);
    const seen = record(root, ['input', 'change', 'release']);
    el.value = 6;
    await el.updateComplete;
    expect(el.querySelector<HTMLInputElement>('input[type=range]')!.value).toBe('6');
    expect(el.querySelector<HTMLInputElement>('input[type=number]')!.value).toBe('6');
    expect(seen).toEqual([]);
  });

  it('a value that is not a number shows a message', async () => {
    const { el } = await mountBlock<GrSlider>('slider', { ...props, value: 'x' as unknown as number });
    expect(el.querySelector('.value-error')!.textContent).toContain('"x"');
  });
});
