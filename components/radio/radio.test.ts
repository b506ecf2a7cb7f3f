import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrRadio } from './radio.js';

const choices = [
  ['red', 'red'],
  ['green', 'green'],
  ['Blue sky', 'blue'],
];

runBlockContract('radio', 'green');

function record(root: ShadowRoot, names: string[]): { trigger: string; data: unknown }[] {
  const seen: { trigger: string; data: unknown }[] = [];
  for (const name of names)
    root.addEventListener(`gr-${name}`, (e) =>
      seen.push({ trigger: name, data: (e as Event & { data: unknown }).data }),
    );
  return seen;
}

describe('<gr-radio>', () => {
  afterEach(() => document.body.replaceChildren());

  it('is a radio group named by its label', async () => {
    const { el } = await mountBlock<GrRadio>('radio', { label: 'Colour', choices, value: 'blue' });
    const group = page.elementLocator(el).getByRole('radiogroup', { name: 'Colour' });
    await expect.element(group.getByRole('radio', { name: 'Blue sky' })).toBeChecked();
  });

  it('a click picks a choice: input, change, select {index, value, selected: true}', async () => {
    const { el, root } = await mountBlock<GrRadio>('radio', { label: 'Colour', choices, interactive: true });
    const seen = record(root, ['input', 'change', 'select']);
    await userEvent.click(page.elementLocator(el).getByText('Blue sky'));
    expect(el.value).toBe('blue');
    expect(seen).toEqual([
      { trigger: 'input', data: null },
      { trigger: 'change', data: null },
      { trigger: 'select', data: { index: 2, value: 'blue', selected: true } },
    ]);
  });

  it('arrow keys move the choice; number values stay numbers', async () => {
    const { el } = await mountBlock<GrRadio>('radio', {
      label: 'N',
      choices: [
        ['One', 1],
        ['Two', 2],
      ],
      value: 1,
      interactive: true,
    });
    el.querySelector<HTMLInputElement>('input:checked')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(el.value).toBe(2);
  });

  it('two radio blocks on one page are separate groups', async () => {
    const a = await mountBlock<GrRadio>('radio', { label: 'A', choices, value: 'red', interactive: true });
    const b = await mountBlock<GrRadio>('radio', { label: 'B', choices, value: 'red', interactive: true });
    await userEvent.click(page.elementLocator(b.el).getByText('green'));
    expect(a.el.querySelector<HTMLInputElement>('input')!.checked).toBe(true);
    expect(b.el.value).toBe('green');
  });

  it('rtl lays the group out right to left', async () => {
    const { el } = await mountBlock<GrRadio>('radio', { label: 'R', choices, rtl: true });
    expect(getComputedStyle(el.querySelector('.gr-choices')!).direction).toBe('rtl');
  });

  it('a value from the app picks without events; an unknown one shows a message', async () => {
    const { el, root } = await mountBlock<GrRadio>('radio', { label: 'C', choices, interactive: true });
    const seen = record(root, ['input', 'change', 'select']);
    el.value = 'green';
    await el.updateComplete;
    expect(el.querySelectorAll<HTMLInputElement>('input')[1]!.checked).toBe(true);
    el.value = 'purple';
    await el.updateComplete;
    expect(el.querySelector('.value-error')!.textContent).toContain('"purple" is not among the choices');
    expect([...el.querySelectorAll<HTMLInputElement>('input')].some((i) => i.checked)).toBe(false);
    expect(seen).toEqual([]);
  });

  it('is disabled when static', async () => {
    const { el } = await mountBlock<GrRadio>('radio', { label: 'C', choices });
    expect(el.querySelector<HTMLInputElement>('input')!.disabled).toBe(true);
  });
});
