import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrSimpletextbox } from './simpletextbox.js';

runBlockContract('simpletextbox', 'hello');

describe('<gr-simpletextbox>', () => {
  afterEach(() => document.body.replaceChildren());

  it('typing sets the text (input, change); Enter submits; static is disabled', async () => {
    const { el, root } = await mountBlock<GrSimpletextbox>('simpletextbox', {
      label: 'T',
      interactive: true,
      placeholder: 'simple',
    });
    const seen: string[] = [];
    for (const name of ['input', 'change', 'submit'])
      root.addEventListener(`gr-${name}`, () => seen.push(name));
    const input = el.querySelector('input')!;
    expect(input.placeholder).toBe('simple');
    await userEvent.type(input, 'ab{Enter}');
    expect(el.value).toBe('ab');
    expect(seen).toEqual(['input', 'change', 'input', 'change', 'submit']);
    el.interactive = false;
    await el.updateComplete;
    expect(input.disabled).toBe(true);
  });
});
