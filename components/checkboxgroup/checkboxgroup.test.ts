import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrCheckboxgroup } from './checkboxgroup.js';

const choices = [
  ['Apple', 'a'],
  ['Banana', 'b'],
  ['Cherry', 'c'],
];

runBlockContract('checkboxgroup', ['a']);

function record(root: ShadowRoot, names: string[]): { trigger: string; data: unknown }[] {
  const seen: { trigger: string; data: unknown }[] = [];
  for (const name of names)
    root.addEventListener(`gr-${name}`, (e) =>
      seen.push({ trigger: name, data: (e as Event & { data: unknown }).data }),
    );
  return seen;
}

describe('<gr-checkboxgroup>', () => {
  afterEach(() => document.body.replaceChildren());

  it('is a group named by its label, one labelled checkbox per choice', async () => {
    const { el } = await mountBlock<GrCheckboxgroup>('checkboxgroup', {
      label: 'Fruits',
      choices,
      value: ['b'],
    });
    const group = page.elementLocator(el).getByRole('group', { name: 'Fruits' });
    await expect.element(group).toBeInTheDocument();
    await expect.element(group.getByRole('checkbox', { name: 'Banana' })).toBeChecked();
    await expect.element(group.getByRole('checkbox', { name: 'Apple' })).not.toBeChecked();
  });

  it('ticking adds the value in click order and reports select with the choice', async () => {
    const { el, root } = await mountBlock<GrCheckboxgroup>('checkboxgroup', {
      label: 'Fruits',
      choices,
      interactive: true,
    });
    const seen = record(root, ['input', 'change', 'select']);
    await userEvent.click(page.elementLocator(el).getByText('Cherry'));
    await userEvent.click(page.elementLocator(el).getByText('Apple'));
    expect(el.value).toEqual(['c', 'a']);
    await userEvent.click(page.elementLocator(el).getByText('Cherry'));
    expect(el.value).toEqual(['a']);
    expect(seen.filter((s) => s.trigger === 'select').map((s) => s.data)).toEqual([
      { index: 2, value: 'c', selected: true },
      { index: 0, value: 'a', selected: true },
      { index: 2, value: 'c', selected: false },
    ]);
    expect(seen.filter((s) => s.trigger === 'input')).toHaveLength(3);
  });

  it('takes plain values as choices (older servers) and keeps number values', async () => {
    const { el } = await mountBlock<GrCheckboxgroup>('checkboxgroup', {
      label: 'N',
      choices: [1, 2, 'three'],
      interactive: true,
    });
    await userEvent.click(page.elementLocator(el).getByText('2'));
    expect(el.value).toEqual([2]);
  });

  it('select all ticks every choice, then none; it shows a partial selection', async () => {
    const { el } = await mountBlock<GrCheckboxgroup>('checkboxgroup', {
      label: 'Fruits',
      choices,
      value: ['b'],
      interactive: true,
      showSelectAll: true,
    });
    const all = el.querySelector<HTMLInputElement>('.select-all')!;
    expect(all.indeterminate).toBe(true);
    await userEvent.click(all);
    expect(el.value).toEqual(['a', 'b', 'c']);
    await userEvent.click(all);
    expect(el.value).toEqual([]);
  });

  it('Space and Enter toggle the focused box', async () => {
    const { el } = await mountBlock<GrCheckboxgroup>('checkboxgroup', {
      label: 'F',
      choices,
      interactive: true,
    });
    el.querySelector<HTMLInputElement>('.gr-choices input')!.focus();
    await userEvent.keyboard(' ');
    expect(el.value).toEqual(['a']);
    await userEvent.keyboard('{Enter}');
    expect(el.value).toEqual([]);
  });

  it('is disabled when static; new choices from the app fire nothing', async () => {
    const { el, root } = await mountBlock<GrCheckboxgroup>('checkboxgroup', { label: 'F', choices });
    const seen = record(root, ['input', 'change', 'select']);
    expect(el.querySelector<HTMLInputElement>('.gr-choices input')!.disabled).toBe(true);
    el.choices = [['Kiwi', 'k']];
    el.value = ['k'];
    await el.updateComplete;
    expect(el.querySelectorAll('.gr-choices input')).toHaveLength(1);
    expect(el.querySelector<HTMLInputElement>('.gr-choices input')!.checked).toBe(true);
    expect(seen).toEqual([]);
  });

  it('values that are not choices, or a value that is not a list, show a message', async () => {
    const { el } = await mountBlock<GrCheckboxgroup>('checkboxgroup', {
      label: 'F',
      choices,
      value: ['a', 'zzz'],
    });
    expect(el.querySelector('.value-error')!.textContent).toContain('"zzz" is not among the choices');
    expect(el.querySelector<HTMLInputElement>('.gr-choices input')!.checked).toBe(true);
    el.value = 'a' as unknown as string[];
    await el.updateComplete;
    expect(el.querySelector('.value-error')!.textContent).toContain('not a list');
    el.choices = 'nope';
    await el.updateComplete;
    expect(el.querySelector('.value-error')!.textContent).toContain('choices must be a list');
  });
});
