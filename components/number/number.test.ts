import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrNumber } from './number.js';

runBlockContract('number', 42);

/** The trigger names fired on the app root, in order, with their payloads. */
function record(root: ShadowRoot, names: string[]): { trigger: string; data: unknown }[] {
  const seen: { trigger: string; data: unknown }[] = [];
  for (const name of names)
    root.addEventListener(`gr-${name}`, (e) =>
      seen.push({ trigger: name, data: (e as Event & { data: unknown }).data }),
    );
  return seen;
}

describe('<gr-number>', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the value, and 0 for a config without one (as Gradio does)', async () => {
    const { el } = await mountBlock<GrNumber>('number', { label: 'N', value: 3.5 });
    expect(el.querySelector('input')!.value).toBe('3.5');
    const fresh = await mountBlock<GrNumber>('number', { label: 'M' });
    expect(fresh.el.value).toBe(0);
    expect(fresh.el.querySelector('input')!.value).toBe('0');
  });

  it('a keystroke sets a number and fires input then change; Enter submits', async () => {
    const { el, root } = await mountBlock<GrNumber>('number', { label: 'N', interactive: true, value: null });
    const seen = record(root, ['input', 'change', 'submit']);
    const input = el.querySelector('input')!;
    await userEvent.type(input, '12');
    expect(el.value).toBe(12);
    expect(seen.map((s) => s.trigger)).toEqual(['input', 'change', 'input', 'change']);
    await userEvent.keyboard('{Enter}');
    expect(seen.at(-1)!.trigger).toBe('submit');
  });

  it('keeps the text being typed ("1.") while it means the same number', async () => {
    const { el } = await mountBlock<GrNumber>('number', { label: 'N', interactive: true, value: null });
    const input = el.querySelector('input')!;
    await userEvent.type(input, '1.');
    await el.updateComplete;
    await userEvent.type(input, '5');
    expect(el.value).toBe(1.5);
  });

  it('clearing the box sends null', async () => {
    const { el } = await mountBlock<GrNumber>('number', { label: 'N', interactive: true, value: 7 });
    await userEvent.clear(el.querySelector('input')!);
    expect(el.value).toBeNull();
  });

  it('says when a number is out of range, and when the app sets a value the message goes', async () => {
    const { el } = await mountBlock<GrNumber>('number', {
      label: 'N',
      interactive: true,
      value: null,
      minimum: 0,
      maximum: 10,
    });
    const input = el.querySelector('input')!;
    await userEvent.type(input, '15');
    await el.updateComplete;
    expect(el.value).toBe(15);
    expect(el.querySelector('.validation')!.textContent).toContain('at most 10');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await userEvent.clear(input);
    await userEvent.type(input, '-2');
    await el.updateComplete;
    expect(el.querySelector('.validation')!.textContent).toContain('at least 0');
    el.value = 4;
    await el.updateComplete;
    expect(el.querySelector('.validation')).toBeNull();
    expect(input.value).toBe('4');
  });

  it('arrow keys step by `step` and fire input', async () => {
    const { el, root } = await mountBlock<GrNumber>('number', {
      label: 'N',
      interactive: true,
      value: 1,
      step: 0.5,
    });
    const seen = record(root, ['input']);
    el.querySelector('input')!.focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(el.value).toBe(1.5);
    expect(seen).toHaveLength(1);
  });

  it('focus and blur are reported', async () => {
    const { el, root } = await mountBlock<GrNumber>('number', { label: 'N', interactive: true });
    const seen = record(root, ['focus', 'blur']);
    await userEvent.click(el.querySelector('input')!);
    el.querySelector('input')!.blur();
    expect(seen.map((s) => s.trigger)).toEqual(['focus', 'blur']);
  });

  it('is named by its label alone; the info text describes it', async () => {
    const { el } = await mountBlock<GrNumber>('number', {
      label: 'Score',
      info: '0 to 100',
      interactive: true,
    });
    const box = page.elementLocator(el).getByRole('spinbutton', { name: 'Score', exact: true });
    await expect.element(box).toHaveAccessibleDescription('0 to 100');
  });

  it('is read-only when static, and labelled by its label', async () => {
    const { el } = await mountBlock<GrNumber>('number', { label: 'Score', interactive: false, value: 1 });
    const input = el.querySelector('input')!;
    expect(input.disabled).toBe(true);
    expect(input.labels?.[0]?.textContent).toContain('Score');
  });

  it('a value that is not a number shows a message in the block', async () => {
    const { el } = await mountBlock<GrNumber>('number', { label: 'N', value: 'abc' as unknown as number });
    expect(el.querySelector('.value-error')!.textContent).toContain('"abc"');
    expect(el.querySelector('input')!.value).toBe('');
    el.value = 2;
    await el.updateComplete;
    expect(el.querySelector('.value-error')).toBeNull();
  });

  it('shows a validator message from the server', async () => {
    const { el } = await mountBlock<GrNumber>('number', { label: 'N', validationError: 'Too small' });
    expect(el.querySelector('[role=alert]')!.textContent).toContain('Too small');
  });
});
