import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrColorpicker } from './colorpicker.js';
import { toHex } from './internal/to-hex.js';

runBlockContract('colorpicker', '#00ff00');

function record(root: ShadowRoot, names: string[]): { trigger: string; data: unknown }[] {
  const seen: { trigger: string; data: unknown }[] = [];
  for (const name of names)
    root.addEventListener(`gr-${name}`, (e) =>
      seen.push({ trigger: name, data: (e as Event & { data: unknown }).data }),
    );
  return seen;
}

async function mount(props: Record<string, unknown>) {
  const mounted = await mountBlock<GrColorpicker>('colorpicker', {
    label: 'Colour',
    interactive: true,
    ...props,
  });
  const swatch = mounted.el.querySelector<HTMLInputElement>('input[type=color]')!;
  const hex = mounted.el.querySelector<HTMLInputElement>('input[type=text]')!;
  return { ...mounted, swatch, hex };
}

describe('<gr-colorpicker>', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the colour in the swatch and the hex field, both named', async () => {
    const { swatch, hex } = await mount({ value: '#FF0000' });
    expect(swatch.value).toBe('#ff0000');
    expect(hex.value).toBe('#FF0000');
    expect(swatch.labels![0]!.textContent).toContain('Colour');
    expect(hex.getAttribute('aria-label')).toBe('Colour, hex value');
  });

  it('a colour from the picker: input and change per move, release when it closes', async () => {
    const { el, swatch, hex, root } = await mount({ value: '#ff0000' });
    const seen = record(root, ['input', 'change', 'release']);
    swatch.value = '#00ff00';
    swatch.dispatchEvent(new Event('input', { bubbles: true }));
    swatch.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.value).toBe('#00ff00');
    expect(hex.value).toBe('#00ff00');
    expect(seen).toEqual([
      { trigger: 'input', data: null },
      { trigger: 'change', data: null },
      { trigger: 'release', data: '#00ff00' },
    ]);
  });

  it('typing a hex value sets the colour once it is one; Enter submits', async () => {
    const { el, hex, swatch, root } = await mount({ value: '#ff0000' });
    const seen = record(root, ['change', 'submit']);
    await userEvent.clear(hex);
    await userEvent.type(hex, '#1a2b3c');
    await el.updateComplete;
    expect(el.value).toBe('#1a2b3c');
    expect(swatch.value).toBe('#1a2b3c');
    await userEvent.keyboard('{Enter}');
    expect(seen.at(-1)!.trigger).toBe('submit');
    await userEvent.clear(hex);
    await userEvent.type(hex, 'abc');
    expect(el.value).toBe('#aabbcc');
  });

  it('text that is no colour is pointed out on leaving the field and the value stays', async () => {
    const { el, hex } = await mount({ value: '#ff0000' });
    await userEvent.clear(hex);
    await userEvent.type(hex, '#12');
    hex.blur();
    await el.updateComplete;
    expect(el.value).toBe('#ff0000');
    expect(el.querySelector('.validation')!.textContent).toContain('#rrggbb');
    expect(hex.getAttribute('aria-invalid')).toBe('true');
    el.value = '#0000ff';
    await el.updateComplete;
    expect(el.querySelector('.validation')).toBeNull();
    expect(hex.value).toBe('#0000ff');
  });

  it('focus and blur once for the whole block', async () => {
    const { swatch, hex, root } = await mount({});
    const seen = record(root, ['focus', 'blur']);
    swatch.focus();
    hex.focus();
    hex.blur();
    expect(seen.map((s) => s.trigger)).toEqual(['focus', 'blur']);
  });

  it('is disabled when static; a value that is no colour shows a message', async () => {
    const { el, swatch, hex } = await mount({ interactive: false, value: 'blue-ish' });
    expect(swatch.disabled).toBe(true);
    expect(hex.disabled).toBe(true);
    expect(el.querySelector('.value-error')!.textContent).toContain('"blue-ish"');
  });

  it('reads the CSS colours an app may send', () => {
    expect(toHex('#ABC')).toBe('#aabbcc');
    expect(toHex('red')).toBe('#ff0000');
    expect(toHex('rgb(0 128 255)')).toBe('#0080ff');
    expect(toHex('rgba(0, 128, 255, 0.5)')).toBe('#0080ff');
    expect(toHex('nope')).toBeNull();
  });
});
