import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrJson } from './json.js';
import { initialOpen } from './internal/tree-state.js';

const sample = {
  name: 'Ada',
  tags: ['a', 'b'],
  nested: { deep: { deeper: { deepest: 1 } } },
  ok: true,
  none: null,
};

runBlockContract('json', sample);

const lines = (el: HTMLElement): string[] =>
  [...el.querySelectorAll<HTMLElement>('.json-tree .line')].map((l) =>
    l.innerText.replace(/\s+/g, ' ').trim(),
  );

describe('initialOpen', () => {
  it('opens three levels, or every level with open, within a budget of lines', () => {
    const value = { a: { b: { c: { d: {} } } } };
    expect(initialOpen(value, false).size).toBe(3);
    // The empty {} at the bottom has nothing to open.
    expect(initialOpen(value, true).size).toBe(4);
    const wide = Array.from({ length: 50 }, () => Array.from({ length: 50 }, (_, i) => i));
    // The root and as many rows as fit in 1000 lines; the rest start closed.
    const opened = initialOpen(wide, true);
    expect(opened.has('[]')).toBe(true);
    expect(opened.size).toBeLessThan(51);
    expect(opened.size).toBeGreaterThan(10);
  });
});

describe('<gr-json>', () => {
  afterEach(() => document.body.replaceChildren());

  it('draws objects, arrays, strings, numbers, booleans and null, three levels open', async () => {
    const { el } = await mountBlock<GrJson>('json', { value: sample });
    expect(lines(el)).toEqual([
      '▼ {',
      '"name" : "Ada" ,',
      '▼ "tags" : [',
      '"a" ,',
      '"b"',
      '] ,',
      '▼ "nested" : {',
      '▼ "deep" : {',
      '▶ "deeper" : { Object(1) }',
      '}',
      '} ,',
      '"ok" : true ,',
      '"none" : null',
      '}',
    ]);
    expect(el.querySelector('.value.boolean')).not.toBeNull();
    expect(el.querySelector('.value.null')).not.toBeNull();
    expect(el.querySelector('.value.number')).toBeNull();
  });

  it('open=True opens every level; show_indices shows array indices', async () => {
    const { el } = await mountBlock<GrJson>('json', { value: sample, open: true, showIndices: true });
    expect(lines(el)).toContain('"deepest" : 1');
    expect(lines(el)).toContain('0 : "a" ,');
  });

  it('clicking a toggle closes and opens a branch; closed branches are not drawn', async () => {
    const { el } = await mountBlock<GrJson>('json', { value: sample });
    const tags = page.getByRole('treeitem', { name: '"tags": Array(2)' });
    await expect.element(tags).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(tags.element().querySelector('.toggle')!);
    await expect.element(tags).toHaveAttribute('aria-expanded', 'false');
    expect(lines(el)).toContain('▶ "tags" : [ Array(2) ] ,');
    expect(el.querySelectorAll('[role="treeitem"]')).toHaveLength(8);
    await userEvent.click(tags.element().querySelector('.preview')!);
    await expect.element(tags).toHaveAttribute('aria-expanded', 'true');
  });

  it('is a WAI-ARIA tree: one Tab stop, arrows move, open and close', async () => {
    const { el } = await mountBlock<GrJson>('json', { value: sample, label: 'Data' });
    await expect.element(page.getByRole('tree', { name: 'Data' })).toBeInTheDocument();
    const focused = (): string | null =>
      (el.ownerDocument.activeElement?.shadowRoot ?? document).activeElement?.getAttribute('aria-label') ??
      null;
    expect(
      [...el.querySelectorAll('[role="treeitem"]')].filter((i) => (i as HTMLElement).tabIndex === 0),
    ).toHaveLength(1);
    (el.querySelector('[role="treeitem"]') as HTMLElement).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(focused()).toBe('"tags": Array(2)');
    await userEvent.keyboard('{ArrowLeft}');
    await expect
      .element(page.getByRole('treeitem', { name: '"tags": Array(2)' }))
      .toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(focused()).toBe('"a"');
    await userEvent.keyboard('{ArrowLeft}');
    expect(focused()).toBe('"tags": Array(2)');
    await userEvent.keyboard('{End}');
    expect(focused()).toBe('"none": null');
    await userEvent.keyboard('{Home}{Enter}');
    expect(lines(el)).toEqual(['▶ { Object(5) }']);
  });

  it('an equal copy of the value (each update of the block) keeps the tree as the user left it', async () => {
    const { el } = await mountBlock<GrJson>('json', { value: sample });
    await userEvent.click(
      page.getByRole('treeitem', { name: '"tags": Array(2)' }).element().querySelector('.toggle')!,
    );
    el.value = structuredClone(sample);
    await el.updateComplete;
    await expect
      .element(page.getByRole('treeitem', { name: '"tags": Array(2)' }))
      .toHaveAttribute('aria-expanded', 'false');
    el.value = { ...sample, name: 'Grace' };
    await el.updateComplete;
    await expect
      .element(page.getByRole('treeitem', { name: '"tags": Array(2)' }))
      .toHaveAttribute('aria-expanded', 'true');
  });

  it('draws a large array a hundred items at a time', async () => {
    const big = Array.from({ length: 10_000 }, (_, i) => ({ id: i, tags: ['x', 'y'] }));
    const start = performance.now();
    const { el } = await mountBlock<GrJson>('json', { value: big, open: true });
    expect(performance.now() - start).toBeLessThan(2000);
    expect(el.querySelectorAll('[role="treeitem"]').length).toBeLessThan(1200);
    const more = page.getByRole('treeitem', { name: 'Show 100 more (9900 hidden)' });
    await userEvent.click(more.element().querySelector('button')!);
    await expect
      .element(page.getByRole('treeitem', { name: 'Show 100 more (9800 hidden)' }))
      .toBeInTheDocument();
    // From the keyboard, focus lands on the first item the press added.
    (el.querySelector('[data-more]') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(() => (el.getRootNode() as ShadowRoot).activeElement?.getAttribute('data-path'))
      .toBe('[200]');
  });

  it('shows an empty state for null, "" and {}; an empty array is a value', async () => {
    const { el } = await mountBlock<GrJson>('json', { value: null });
    expect(el.querySelector('[aria-label="Empty value"]')).not.toBeNull();
    el.value = {};
    await el.updateComplete;
    expect(el.querySelector('[aria-label="Empty value"]')).not.toBeNull();
    el.value = [];
    await el.updateComplete;
    expect(lines(el)).toEqual(['[]']);
    el.value = { a: [], b: {} };
    await el.updateComplete;
    expect(lines(el)).toEqual(['▼ {', '"a" : [] ,', '"b" : {}', '}']);
    el.value = 0;
    await el.updateComplete;
    expect(lines(el)).toEqual(['0']);
  });

  it('copies the value as indented JSON; buttons without "copy" hides the button', async () => {
    const { el } = await mountBlock<GrJson>('json', { value: { a: 1 } });
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (t: string) => ((copied = t), Promise.resolve()) },
    });
    await userEvent.click(page.getByRole('button', { name: 'Copy JSON' }));
    expect(copied).toBe('{\n  "a": 1\n}');
    el.buttons = [];
    await el.updateComplete;
    expect(el.querySelector('.copy-button')).toBeNull();
  });

  it('height props bound the block and the tree scrolls inside', async () => {
    const big = Array.from({ length: 80 }, (_, i) => i);
    const { el } = await mountBlock<GrJson>('json', { value: big, maxHeight: 200, label: 'L' });
    const block = el.querySelector<HTMLElement>('.block')!;
    expect(block.getBoundingClientRect().height).toBeLessThanOrEqual(201);
    const holder = el.querySelector<HTMLElement>('.json-holder')!;
    expect(holder.scrollHeight).toBeGreaterThan(holder.clientHeight);
  });
});

describe('json example form', () => {
  it('is one compact line in a table', async () => {
    const { renderExample } = await import('./example.js');
    const div = document.createElement('div');
    render(renderExample({ a: [1, 2] }, {}, { layout: 'table', fileUrl: () => null }), div);
    expect(div.textContent).toBe('{"a":[1,2]}');
  });
});
