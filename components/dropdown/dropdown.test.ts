import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrDropdown } from './dropdown.js';

const choices = [
  ['alpha', 'alpha'],
  ['beta', 'beta'],
  ['gamma', 'gamma'],
  ['Delta', 'delta'],
];

runBlockContract('dropdown', 'beta');

function record(root: ShadowRoot, names: string[]): { trigger: string; data: unknown }[] {
  const seen: { trigger: string; data: unknown }[] = [];
  for (const name of names)
    root.addEventListener(`gr-${name}`, (e) =>
      seen.push({ trigger: name, data: (e as Event & { data: unknown }).data }),
    );
  return seen;
}

async function mount(props: Record<string, unknown>) {
  const mounted = await mountBlock<GrDropdown>('dropdown', {
    label: 'Pick',
    choices,
    interactive: true,
    ...props,
  });
  const input = mounted.el.querySelector<HTMLInputElement>('input[role=combobox]')!;
  const list = mounted.el.querySelector<HTMLElement>('[role=listbox]')!;
  const options = () => [...list.querySelectorAll<HTMLElement>('[role=option]')];
  const isOpen = () => list.matches(':popover-open');
  return { ...mounted, input, list, options, isOpen };
}

describe('<gr-dropdown> single', () => {
  afterEach(() => document.body.replaceChildren());

  it('is a labelled combobox showing the picked choice label', async () => {
    const { el, input } = await mount({ value: 'beta' });
    await expect.element(page.elementLocator(el).getByRole('combobox', { name: 'Pick' })).toHaveValue('beta');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-controls')).toBe(el.querySelector('[role=listbox]')!.id);
  });

  it('focus opens the listbox in the top layer, with the picked option selected and active', async () => {
    const { el, input, options, isOpen, root } = await mount({ value: 'gamma' });
    const seen = record(root, ['focus']);
    await userEvent.click(input);
    await el.updateComplete;
    expect(isOpen()).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(options().map((o) => o.textContent!.trim())).toEqual(['alpha', 'beta', 'gamma', 'Delta']);
    const picked = options()[2]!;
    expect(picked.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(picked.id);
    expect(seen).toHaveLength(1);
  });

  it('a click on an option picks it: input, change, select {index, value, selected: true}', async () => {
    const { el, input, options, isOpen, root } = await mount({ value: 'alpha' });
    const seen = record(root, ['input', 'change', 'select', 'blur']);
    await userEvent.click(input);
    await el.updateComplete;
    await userEvent.click(options()[1]!);
    await el.updateComplete;
    expect(el.value).toBe('beta');
    expect(input.value).toBe('beta');
    expect(isOpen()).toBe(false);
    expect(seen).toEqual([
      { trigger: 'input', data: null },
      { trigger: 'change', data: null },
      { trigger: 'select', data: { index: 1, value: 'beta', selected: true } },
    ]);
  });

  it('arrow keys move through the options (wrapping), Home/End jump, Enter picks, Escape closes', async () => {
    const { el, input, isOpen } = await mount({ value: 'alpha' });
    input.focus();
    await el.updateComplete;
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).toMatch(/-1$/);
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).toMatch(/-3$/);
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).toMatch(/-0$/);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.value).toBe('gamma');
    expect(isOpen()).toBe(false);
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(isOpen()).toBe(true);
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(isOpen()).toBe(false);
    expect(el.value).toBe('gamma');
  });

  it('typing filters the options (case-insensitive); Enter picks the first match', async () => {
    const { el, input, options } = await mount({ value: null });
    await userEvent.click(input);
    await userEvent.keyboard('EL');
    await el.updateComplete;
    expect(options().map((o) => o.textContent!.trim())).toEqual(['Delta']);
    await userEvent.keyboard('{Enter}');
    expect(el.value).toBe('delta');
    expect(input.value).toBe('Delta');
  });

  it('typed text that is no choice is dropped on blur unless custom values are allowed', async () => {
    const { el, input } = await mount({ value: 'alpha' });
    await userEvent.click(input);
    await userEvent.keyboard('{Control>}a{/Control}zzz');
    input.blur();
    await el.updateComplete;
    expect(el.value).toBe('alpha');
    expect(input.value).toBe('alpha');

    const custom = await mount({ value: 'alpha', allowCustomValue: true });
    const seen = record(custom.root, ['input', 'change', 'select']);
    await userEvent.click(custom.input);
    await userEvent.keyboard('{Control>}a{/Control}zzz');
    custom.input.blur();
    expect(custom.el.value).toBe('zzz');
    expect(seen.map((s) => s.trigger)).toEqual(['input', 'change']);
  });

  it('Enter keeps a custom value; a value from the app that is no choice shows when allowed', async () => {
    const { el, input } = await mount({ value: null, allowCustomValue: true });
    await userEvent.click(input);
    await userEvent.keyboard('al{Enter}');
    // "al" only partly matches "alpha": with custom values allowed, what was typed is kept.
    expect(el.value).toBe('al');
    el.value = 'from server';
    await el.updateComplete;
    input.blur();
    await el.updateComplete;
    expect(input.value).toBe('from server');
    expect(el.querySelector('.value-error')).toBeNull();
  });

  it('key_up reports the key and the text in the box', async () => {
    const { input, root } = await mount({ value: null });
    const seen = record(root, ['key_up']);
    await userEvent.click(input);
    await userEvent.keyboard('g');
    expect(seen.at(-1)!.data).toEqual({ key: 'g', input_value: 'g' });
  });

  it('not filterable: the box is read-only and letters jump to a choice', async () => {
    const { el, input, options } = await mount({ value: 'alpha', filterable: false });
    expect(input.readOnly).toBe(true);
    expect(input.getAttribute('aria-autocomplete')).toBe('none');
    await userEvent.click(input);
    await userEvent.keyboard('g');
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[2]!.id);
    await userEvent.keyboard('{Enter}');
    expect(el.value).toBe('gamma');
  });

  it('a value that is no choice shows a message unless custom values are allowed', async () => {
    const { el, input } = await mount({ value: 'omega' });
    expect(el.querySelector('.value-error')!.textContent).toContain('"omega" is not among the choices');
    expect(input.value).toBe('');
    el.allowCustomValue = true;
    await el.updateComplete;
    expect(el.querySelector('.value-error')).toBeNull();
  });

  it('new choices from the app fire nothing and show in the list', async () => {
    const { el, input, options, root } = await mount({ value: 'alpha' });
    const seen = record(root, ['input', 'change', 'select']);
    el.choices = [
      ['One', 1],
      ['Two', 2],
    ];
    el.value = 2;
    await el.updateComplete;
    expect(input.value).toBe('Two');
    await userEvent.click(input);
    await el.updateComplete;
    expect(options().map((o) => o.textContent!.trim())).toEqual(['One', 'Two']);
    expect(seen).toEqual([]);
  });

  it('is disabled when static, and never opens', async () => {
    const { el, input, isOpen } = await mount({ value: 'alpha', interactive: false });
    expect(input.disabled).toBe(true);
    el.querySelector<HTMLElement>('.wrap')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await el.updateComplete;
    expect(isOpen()).toBe(false);
  });

  it('renders num_choices_shown options at first and more as the list scrolls', async () => {
    const many = Array.from({ length: 300 }, (_, i) => [`Item ${i}`, i]);
    const { el, input, list, options } = await mount({ choices: many, value: null, numChoicesShown: 50 });
    await userEvent.click(input);
    await el.updateComplete;
    expect(options()).toHaveLength(50);
    list.scrollTop = list.scrollHeight;
    list.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(options().length).toBeGreaterThan(50);
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(options().at(-1)!.textContent).toContain('Item 299');
  });
});

describe('<gr-dropdown> multiselect', () => {
  afterEach(() => document.body.replaceChildren());

  const multi = { multiselect: true, value: [] };

  it('picking adds tokens; picking again removes; select says which', async () => {
    const { el, input, options, isOpen, root } = await mount(multi);
    const seen = record(root, ['select']);
    await userEvent.click(input);
    await el.updateComplete;
    await userEvent.click(options()[2]!);
    await userEvent.click(options()[0]!);
    await el.updateComplete;
    expect(el.value).toEqual(['gamma', 'alpha']);
    expect(isOpen()).toBe(true);
    expect([...el.querySelectorAll('.token-text')].map((t) => t.textContent)).toEqual(['gamma', 'alpha']);
    await userEvent.click(options()[2]!);
    expect(el.value).toEqual(['alpha']);
    expect(seen.map((s) => s.data)).toEqual([
      { index: 2, value: 'gamma', selected: true },
      { index: 0, value: 'alpha', selected: true },
      { index: 2, value: 'gamma', selected: false },
    ]);
    expect(el.querySelector('[role=listbox]')!.getAttribute('aria-multiselectable')).toBe('true');
  });

  it("a token's remove button removes it; Backspace in an empty box removes the last", async () => {
    const { el, input, root } = await mount({ ...multi, value: ['alpha', 'beta', 'gamma'] });
    const seen = record(root, ['input', 'change', 'select']);
    await userEvent.click(page.elementLocator(el).getByRole('button', { name: 'Remove beta' }));
    expect(el.value).toEqual(['alpha', 'gamma']);
    expect(seen.at(-1)!.data).toEqual({ index: 1, value: 'beta', selected: false });
    await userEvent.click(input);
    await userEvent.keyboard('{Backspace}');
    expect(el.value).toEqual(['alpha']);
    await userEvent.click(page.elementLocator(el).getByRole('button', { name: 'Clear' }));
    expect(el.value).toEqual([]);
  });

  it('max_choices: no more than that many; the others are unavailable', async () => {
    const { el, input, options } = await mount({ ...multi, maxChoices: 2 });
    await userEvent.click(input);
    await el.updateComplete;
    await userEvent.click(options()[0]!);
    await userEvent.click(options()[1]!);
    await el.updateComplete;
    expect(options()[2]!.getAttribute('aria-disabled')).toBe('true');
    options()[2]!.click();
    expect(el.value).toEqual(['alpha', 'beta']);
  });

  it('custom values become tokens on Enter (select index -1) when allowed', async () => {
    const { el, input, root } = await mount({ ...multi, allowCustomValue: true });
    const seen = record(root, ['select']);
    await userEvent.click(input);
    await userEvent.keyboard('mine{Enter}');
    expect(el.value).toEqual(['mine']);
    expect(seen.at(-1)!.data).toEqual({ index: -1, value: 'mine', selected: true });
    expect(input.value).toBe('');
  });

  it('keyboard: arrows and Enter toggle options and the list stays open', async () => {
    const { el, input, isOpen } = await mount(multi);
    input.focus();
    await userEvent.keyboard('{ArrowDown}{Enter}{ArrowDown}{Enter}');
    await el.updateComplete;
    expect(el.value).toEqual(['alpha', 'beta']);
    expect(isOpen()).toBe(true);
  });

  it('values that are no choices show a message', async () => {
    const { el } = await mount({ ...multi, value: ['alpha', 'zzz'] });
    expect(el.querySelector('.value-error')!.textContent).toContain('"zzz" is not among the choices');
    expect([...el.querySelectorAll('.token-text')].map((t) => t.textContent)).toEqual(['alpha']);
  });
});

describe('<gr-dropdown> list placement', () => {
  afterEach(() => document.body.replaceChildren());

  it('is not clipped by an ancestor that hides overflow, and opens upwards at the bottom', async () => {
    const { el, input, list, host } = await mount({ value: null });
    host.style.cssText = 'display:block; overflow:hidden; height:60px; contain: layout style';
    host.style.position = 'fixed';
    host.style.left = '0';
    host.style.right = '0';
    host.style.bottom = '0';
    await userEvent.click(input);
    await el.updateComplete;
    const options = list.getBoundingClientRect();
    const box = el.querySelector('.wrap')!.getBoundingClientRect();
    expect(options.bottom).toBeLessThanOrEqual(box.top + 1);
    expect(options.height).toBeGreaterThan(100);
    // The top layer shows it whole: the element at its centre is its own option.
    const hit = (host.shadowRoot ?? document).elementFromPoint(
      options.left + 20,
      options.top + options.height / 2,
    );
    expect(list.contains(hit)).toBe(true);
  });

  it('follows its box when a scroller inside the app scrolls', async () => {
    const { el, input, list } = await mount({ value: null });
    const scroller = el.parentElement!;
    scroller.style.cssText = 'height: 200px; overflow: auto;';
    el.style.marginBottom = '600px';
    await userEvent.click(input);
    await el.updateComplete;
    const before = list.getBoundingClientRect().top;
    scroller.scrollTop = 40;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = el.querySelector('.wrap')!.getBoundingClientRect();
    expect(list.getBoundingClientRect().top).toBeCloseTo(before - 40, 0);
    expect(list.getBoundingClientRect().top).toBeCloseTo(box.bottom + 2, 0);
  });
});
