import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrCheckbox } from './checkbox.js';

runBlockContract('checkbox', true);

function record(root: ShadowRoot, names: string[]): { trigger: string; data: unknown }[] {
  const seen: { trigger: string; data: unknown }[] = [];
  for (const name of names)
    root.addEventListener(`gr-${name}`, (e) =>
      seen.push({ trigger: name, data: (e as Event & { data: unknown }).data }),
    );
  return seen;
}

describe('<gr-checkbox>', () => {
  afterEach(() => document.body.replaceChildren());

  it('the label beside the box names it; info is its description', async () => {
    const { el } = await mountBlock<GrCheckbox>('checkbox', { label: 'Agree', info: 'Tick to agree' });
    const box = el.querySelector('input')!;
    expect(box.labels![0]!.textContent).toContain('Agree');
    expect(el.querySelector(`#${box.getAttribute('aria-describedby')}`)!.textContent).toBe('Tick to agree');
  });

  it('a click ticks it: input, change and select {index: 0, value, selected}', async () => {
    const { el, root } = await mountBlock<GrCheckbox>('checkbox', { label: 'Agree', interactive: true });
    const seen = record(root, ['input', 'change', 'select']);
    await userEvent.click(el.querySelector('.text')!);
    expect(el.value).toBe(true);
    expect(seen).toEqual([
      { trigger: 'input', data: null },
      { trigger: 'change', data: null },
      { trigger: 'select', data: { index: 0, value: true, selected: true } },
    ]);
    await userEvent.click(el.querySelector('input')!);
    expect(el.value).toBe(false);
    expect(seen.at(-1)!.data).toEqual({ index: 0, value: false, selected: false });
  });

  it('Space (and Enter, as in Gradio) toggles it from the keyboard', async () => {
    const { el } = await mountBlock<GrCheckbox>('checkbox', { label: 'Agree', interactive: true });
    el.querySelector('input')!.focus();
    await userEvent.keyboard(' ');
    expect(el.value).toBe(true);
    await userEvent.keyboard('{Enter}');
    expect(el.value).toBe(false);
    expect(el.querySelector('input')!.checked).toBe(false);
  });

  it('a value from the app ticks it without events; static is disabled', async () => {
    const { el, root } = await mountBlock<GrCheckbox>('checkbox', { label: 'Agree', interactive: false });
    const seen = record(root, ['input', 'change', 'select']);
    el.value = true;
    await el.updateComplete;
    expect(el.querySelector('input')!.checked).toBe(true);
    expect(el.querySelector('input')!.disabled).toBe(true);
    expect(seen).toEqual([]);
  });

  it('a value that is not a boolean shows a message', async () => {
    const { el } = await mountBlock<GrCheckbox>('checkbox', {
      label: 'A',
      value: 'yes' as unknown as boolean,
    });
    expect(el.querySelector('.value-error')!.textContent).toContain('"yes"');
  });
});
