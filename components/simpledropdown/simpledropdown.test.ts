import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrSimpledropdown } from './simpledropdown.js';

const choices = [
  ['First', '1st'],
  ['Second', '2nd'],
];

runBlockContract('simpledropdown', '2nd');

describe('<gr-simpledropdown>', () => {
  afterEach(() => document.body.replaceChildren());

  it('a labelled select showing the value; picking sends the choice value with select', async () => {
    const { el, root } = await mountBlock<GrSimpledropdown>('simpledropdown', {
      label: 'Pick',
      choices,
      value: '1st',
      interactive: true,
    });
    const seen: unknown[] = [];
    root.addEventListener('gr-select', (e) => seen.push((e as Event & { data: unknown }).data));
    const select = el.querySelector('select')!;
    expect(select.labels![0]!.textContent).toContain('Pick');
    expect(select.selectedOptions[0]!.textContent).toBe('First');
    await userEvent.selectOptions(select, 'Second');
    expect(el.value).toBe('2nd');
    expect(seen).toEqual([{ index: 1, value: '2nd', selected: true }]);
  });

  it('shows nothing picked for null, and a message for a value that is no choice', async () => {
    const { el } = await mountBlock<GrSimpledropdown>('simpledropdown', { label: 'P', choices, value: null });
    expect(el.querySelector('select')!.selectedIndex).toBe(0);
    el.value = 'zzz';
    await el.updateComplete;
    expect(el.querySelector('.value-error')!.textContent).toContain('"zzz"');
    el.value = '2nd';
    await el.updateComplete;
    expect(el.querySelector('select')!.selectedOptions[0]!.textContent).toBe('Second');
  });
});
