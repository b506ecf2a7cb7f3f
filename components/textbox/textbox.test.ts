import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrTextbox } from './textbox.js';

runBlockContract('textbox', 'hello');

describe('<gr-textbox>', () => {
  afterEach(() => document.body.replaceChildren());

  it('fires gr-input and gr-change for each keystroke, and keeps the value', async () => {
    const { el, root } = await mountBlock<GrTextbox>('textbox', { label: 'Name', interactive: true });
    const onInput = vi.fn();
    root.addEventListener('gr-input', onInput);
    await userEvent.type(el.querySelector('textarea')!, 'hi');
    expect(onInput).toHaveBeenCalledTimes(2);
    expect(el.value).toBe('hi');
  });

  it('Enter submits a one-line box; Shift+Enter submits a multi-line one', async () => {
    const { el, root } = await mountBlock<GrTextbox>('textbox', { label: 'Name', interactive: true });
    const onSubmit = vi.fn();
    root.addEventListener('gr-submit', onSubmit);
    await userEvent.type(el.querySelector('textarea')!, 'a{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    el.lines = 3;
    await el.updateComplete;
    await userEvent.type(el.querySelector('textarea')!, '{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await userEvent.type(el.querySelector('textarea')!, '{Shift>}{Enter}{/Shift}');
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('is read-only when not interactive, and labelled for assistive technology', async () => {
    const { el } = await mountBlock<GrTextbox>('textbox', {
      label: 'Output',
      interactive: false,
      value: 'x',
    });
    const textarea = el.querySelector('textarea')!;
    expect(textarea.disabled).toBe(true);
    expect(textarea.labels?.[0]?.textContent).toContain('Output');
  });

  it('setting a property re-renders (decorators and class fields agree)', async () => {
    const { el } = await mountBlock<GrTextbox>('textbox', { label: 'A' });
    el.placeholder = 'Type here';
    await el.updateComplete;
    expect(el.querySelector('textarea')!.placeholder).toBe('Type here');
  });
});
