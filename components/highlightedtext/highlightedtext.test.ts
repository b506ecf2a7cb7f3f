import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrTriggerEvent } from '../../src/base/trigger-event.js';
import type { GrHighlightedtext } from './highlightedtext.js';
import { mergeEqual, readTokens, resolveColors } from './internal/tokens.js';

const fox = [
  { token: 'The quick ', class_or_confidence: null },
  { token: 'fox', class_or_confidence: 'animal' },
  { token: ' jumps over ', class_or_confidence: null },
  { token: 'Paris', class_or_confidence: 'place' },
];

runBlockContract('highlightedtext', fox);

/** Everything each trigger reported, in order. */
function record(root: ShadowRoot, ...names: string[]): [string, unknown][] {
  const seen: [string, unknown][] = [];
  for (const name of names)
    root.addEventListener(`gr-${name}`, (e) => seen.push([name, (e as GrTriggerEvent).data]));
  return seen;
}

/** Selects characters [start, end) of a span's text, as a mouse drag would, and releases. */
function dragSelect(el: HTMLElement, index: number, start: number, end: number): void {
  const span = el.querySelector<HTMLElement>(`.text[data-index="${index}"]`)!;
  const text = [...span.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
  span.closest('.textfield')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  document.getSelection()!.setBaseAndExtent(text, start, text, end);
  window.dispatchEvent(new MouseEvent('mouseup'));
}

describe('tokens', () => {
  it('reads the list, 3.x tuples and {text, entities}', () => {
    expect(readTokens(fox)).toEqual(fox);
    expect(
      readTokens([
        ['a', null],
        ['b', 0.5],
      ]),
    ).toEqual([
      { token: 'a', class_or_confidence: null },
      { token: 'b', class_or_confidence: 0.5 },
    ]);
    expect(readTokens({ text: 'Hello world', entities: [{ entity_group: 'X', start: 6, end: 11 }] })).toEqual(
      [
        { token: 'Hello ', class_or_confidence: null },
        { token: 'world', class_or_confidence: 'X' },
        { token: '', class_or_confidence: null },
      ],
    );
    expect(() => readTokens('text')).toThrow();
    expect(() => readTokens([{ tok: 'x' }])).toThrow(/token 0/);
  });

  it('merges neighbours of one category; colours come from color_map, then the palette', () => {
    expect(
      mergeEqual([
        { token: 'a', class_or_confidence: 'x' },
        { token: 'b', class_or_confidence: 'x' },
      ]),
    ).toEqual([{ token: 'ab', class_or_confidence: 'x' }]);
    const colors = resolveColors(fox, { place: '#ff0000' });
    expect(colors.get('place')).toEqual({
      primary: '#ff0000',
      secondary: 'color-mix(in srgb, #ff0000 50%, transparent)',
    });
    // The second category overall takes the palette's second colour, green.
    expect(colors.get('animal')).toEqual({ primary: '#16a34a', secondary: '#dcfce7' });
  });
});

describe('<gr-highlightedtext>', () => {
  afterEach(() => document.body.replaceChildren());

  it('colours tagged spans with inline category chips', async () => {
    const { el } = await mountBlock<GrHighlightedtext>('highlightedtext', {
      value: fox,
      colorMap: { animal: 'red' },
    });
    // Chips read as "fox (animal)" to assistive technology.
    expect(el.querySelector('.textfield')!.textContent!.replace(/\s+/g, ' ')).toContain(
      'The quick fox (animal) jumps over Paris (place)',
    );
    const token = el.querySelector<HTMLElement>('.token.highlighted')!;
    expect(getComputedStyle(token).backgroundColor).toBe('rgb(254, 226, 226)');
    expect(getComputedStyle(el.querySelector('.category')!).backgroundColor).toBe('rgb(220, 38, 38)');
  });

  it('show_legend puts categories in a legend; hovering one fades the others', async () => {
    const { el } = await mountBlock<GrHighlightedtext>('highlightedtext', { value: fox, showLegend: true });
    expect(el.querySelector('.category')).toBeNull();
    const items = [...el.querySelectorAll<HTMLElement>('.legend-item')].map((i) => i.textContent);
    expect(items).toEqual(['animal', 'place']);
    await userEvent.hover(el.querySelector('.legend-item')!);
    await expect.poll(() => el.querySelectorAll('.token.dimmed').length).toBe(1);
  });

  it('numeric confidences are a purple-to-red scale', async () => {
    const { el } = await mountBlock<GrHighlightedtext>('highlightedtext', {
      value: [
        { token: 'bad', class_or_confidence: -1 },
        { token: 'good', class_or_confidence: 0.5 },
      ],
      showLegend: true,
    });
    const [bad, good] = el.querySelectorAll<HTMLElement>('.token');
    expect(getComputedStyle(bad!).backgroundColor).toBe('rgb(128, 90, 213)');
    expect(getComputedStyle(good!).backgroundColor).toBe('rgba(239, 68, 60, 0.5)');
    expect(el.querySelector('.score-legend')!.textContent!.replace(/\s+/g, '')).toBe('-10+1');
  });

  it('select reports {index, value: [token, class]} by click and keyboard', async () => {
    const { root } = await mountBlock<GrHighlightedtext>('highlightedtext', { value: fox, selectable: true });
    const seen = record(root, 'select', 'change');
    await userEvent.click(page.getByRole('button', { name: 'Paris (place)' }));
    (root.querySelector('[aria-label="fox (animal)"]') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(seen).toEqual([
      ['select', { index: 3, value: ['Paris', 'place'] }],
      ['select', { index: 1, value: ['fox', 'animal'] }],
    ]);
  });

  it('static spans are not buttons when nothing listens to select', async () => {
    const { el } = await mountBlock<GrHighlightedtext>('highlightedtext', { value: fox });
    expect(el.querySelector('[role="button"]')).toBeNull();
  });

  it('combine_adjacent joins neighbours of the same category', async () => {
    const { el } = await mountBlock<GrHighlightedtext>('highlightedtext', {
      value: [
        { token: 'New ', class_or_confidence: 'place' },
        { token: 'York', class_or_confidence: 'place' },
      ],
      combineAdjacent: true,
    });
    expect([...el.querySelectorAll('.token .text')].map((t) => t.textContent)).toEqual(['New York']);
  });

  it('interactive: selecting text tags it "label", then the user names the tag', async () => {
    const { el, root } = await mountBlock<GrHighlightedtext>('highlightedtext', {
      value: [{ token: 'The quick brown fox', class_or_confidence: null }],
      interactive: true,
    });
    const seen = record(root, 'input', 'change');
    dragSelect(el, 0, 4, 9);
    await el.updateComplete;
    expect(el.value).toEqual([
      { token: 'The ', class_or_confidence: null },
      { token: 'quick', class_or_confidence: 'label' },
      { token: ' brown fox', class_or_confidence: null },
    ]);
    // The app hands the value back as an equal copy: the editor stays open.
    el.value = structuredClone(el.value);
    await el.updateComplete;
    // The new tag's name field has focus, its text selected: typing replaces it.
    expect(root.activeElement?.getAttribute('aria-label')).toBe('Label for “quick”');
    await userEvent.keyboard('adj{Enter}');
    expect(el.value).toEqual([
      { token: 'The ', class_or_confidence: null },
      { token: 'quick', class_or_confidence: 'adj' },
      { token: ' brown fox', class_or_confidence: null },
    ]);
    expect(seen.map(([n]) => n)).toEqual(['input', 'change', 'input', 'change']);
  });

  it('interactive: a tag is renamed by clicking it, Escape cancels, × removes it', async () => {
    const { el, root } = await mountBlock<GrHighlightedtext>('highlightedtext', {
      value: fox,
      interactive: true,
    });
    const seen = record(root, 'change', 'select');
    await userEvent.click(page.getByRole('button', { name: 'fox (animal)' }));
    const input = page.getByRole('textbox', { name: 'Label for “fox”' });
    await expect.element(input).toHaveValue('animal');
    await userEvent.fill(input, 'beast');
    await userEvent.keyboard('{Escape}');
    expect(el.value).toEqual(fox);
    await userEvent.click(page.getByRole('button', { name: 'fox (animal)' }));
    await userEvent.fill(page.getByRole('textbox', { name: 'Label for “fox”' }), 'beast');
    // Leaving the field keeps the new name, as in Gradio.
    await userEvent.click(el.querySelector('.text.unlabeled')!);
    expect((el.value as typeof fox)[1]).toEqual({ token: 'fox', class_or_confidence: 'beast' });
    await userEvent.hover(page.getByRole('button', { name: 'Paris (place)' }));
    await userEvent.click(page.getByRole('button', { name: 'Remove label from “Paris”' }));
    expect(el.value).toEqual([
      { token: 'The quick ', class_or_confidence: null },
      { token: 'fox', class_or_confidence: 'beast' },
      { token: ' jumps over Paris', class_or_confidence: null },
    ]);
    expect(seen.filter(([n]) => n === 'change')).toHaveLength(2);
    expect(seen.filter(([n]) => n === 'select')).toEqual([
      ['select', { index: 1, value: ['fox', 'animal'] }],
      ['select', { index: 1, value: ['fox', 'animal'] }],
    ]);
  });

  it('shows an empty state for null and a message for a bad value', async () => {
    const { el } = await mountBlock<GrHighlightedtext>('highlightedtext', { value: null, label: 'NER' });
    expect(el.querySelector('[aria-label="Empty value"]')).not.toBeNull();
    el.value = { nope: true };
    await el.updateComplete;
    expect(el.querySelector('[role="alert"]')!.textContent).toMatch(/cannot show its value/);
  });

  it('rtl sets the direction', async () => {
    const { el } = await mountBlock<GrHighlightedtext>('highlightedtext', { value: fox, rtl: true });
    expect(el.querySelector('.block')!.getAttribute('dir')).toBe('rtl');
  });
});

describe('highlightedtext example form', () => {
  it('is the text with its tagged spans coloured', async () => {
    const { renderExample } = await import('./example.js');
    const div = document.createElement('div');
    document.body.append(div);
    render(
      renderExample(fox, { color_map: { animal: 'red' } }, { layout: 'table', fileUrl: () => null }),
      div,
    );
    expect(div.textContent).toBe('The quick fox jumps over Paris');
    expect((div.querySelector('span span') as HTMLElement).style.backgroundColor).toBe('rgb(254, 226, 226)');
  });
});
