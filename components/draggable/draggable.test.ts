import { afterEach, describe, expect, it } from 'vitest';
import { html } from 'lit';
import { mountBlock } from '../../src/testing/fixture.js';
import type { ChildBlock } from '../../src/base/gradio-element.js';
import type { GrDraggable } from './draggable.js';

/** Children drawn as labelled boxes, as the renderer would draw blocks. */
const renderChild = (child: ChildBlock) =>
  html`<div class="child" data-child=${child.id}>child ${child.id}</div>`;

async function mount(blocks: unknown[], props: Record<string, unknown> = {}) {
  return mountBlock<GrDraggable>('draggable', { blocks, renderChild, ...props });
}

const shown = (el: HTMLElement) =>
  [...el.querySelectorAll<HTMLElement>('.child')].map((c) => c.dataset.child);
const handles = (el: HTMLElement) => [...el.querySelectorAll<HTMLButtonElement>('.drag-handle')];

function key(target: HTMLElement, k: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
}

describe('<gr-draggable>', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows each child with a handle; a form gives its own children as items, framed together', async () => {
    const { el } = await mount([
      {
        id: 9,
        type: 'form',
        children: [
          { id: 1, type: 'textbox' },
          { id: 2, type: 'textbox' },
        ],
      },
    ]);
    expect(shown(el)).toEqual(['1', '2']);
    expect(handles(el).map((h) => h.getAttribute('aria-label'))).toEqual([
      'Move item 1 of 2',
      'Move item 2 of 2',
    ]);
    expect(el.querySelector('.draggable')!.classList.contains('framed')).toBe(true);
  });

  it('arrow keys on a handle move its item (Up/Down in a column), Home/End to the ends; focus follows', async () => {
    const { el, root } = await mount([
      { id: 1, type: 'textbox' },
      { id: 2, type: 'textbox' },
      { id: 3, type: 'textbox' },
    ]);
    handles(el)[0]!.focus();
    key(handles(el)[0]!, 'ArrowDown');
    await el.updateComplete;
    expect(shown(el)).toEqual(['2', '1', '3']);
    await el.updateComplete;
    expect(root.activeElement).toBe(el.querySelector('[data-id="1"] > .drag-handle'));
    expect(el.querySelector('[role="status"]')!.textContent).toContain('position 2 of 3');
    key(root.activeElement as HTMLElement, 'End');
    await el.updateComplete;
    expect(shown(el)).toEqual(['2', '3', '1']);
    key(el.querySelector<HTMLElement>('[data-id="3"] > .drag-handle')!, 'Home');
    await el.updateComplete;
    expect(shown(el)).toEqual(['3', '2', '1']);
    // Left/Right do nothing in a column.
    key(el.querySelector<HTMLElement>('[data-id="3"] > .drag-handle')!, 'ArrowRight');
    await el.updateComplete;
    expect(shown(el)).toEqual(['3', '2', '1']);
  });

  it('in a row, Left and Right move', async () => {
    const { el } = await mount(
      [
        { id: 1, type: 'group' },
        { id: 2, type: 'group' },
      ],
      { orientation: 'row' },
    );
    key(handles(el)[1]!, 'ArrowLeft');
    await el.updateComplete;
    expect(shown(el)).toEqual(['2', '1']);
    expect(getComputedStyle(el.querySelector('.draggable')!).flexDirection).toBe('row');
  });

  it('dragging a handle onto another item puts it in that place', async () => {
    const { el } = await mount([
      { id: 1, type: 'textbox' },
      { id: 2, type: 'textbox' },
      { id: 3, type: 'textbox' },
    ]);
    const data = new DataTransfer();
    handles(el)[0]!.dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
    await el.updateComplete;
    const target = el.querySelector<HTMLElement>('[data-id="3"]')!;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(target.classList.contains('drop-target')).toBe(true);
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(shown(el)).toEqual(['2', '3', '1']);
    expect(el.querySelector('.drop-target, .dragging')).toBeNull();
  });

  it('keeps the order when children are added; new ones go last', async () => {
    const { el } = await mount([
      { id: 1, type: 'textbox' },
      { id: 2, type: 'textbox' },
    ]);
    key(handles(el)[0]!, 'ArrowDown');
    await el.updateComplete;
    el.blocks = [
      { id: 1, type: 'textbox' },
      { id: 2, type: 'textbox' },
      { id: 4, type: 'textbox' },
    ];
    await el.updateComplete;
    expect(shown(el)).toEqual(['2', '1', '4']);
  });

  it('moving an item keeps its element (its state stays with it)', async () => {
    const { el } = await mount([
      { id: 1, type: 'textbox' },
      { id: 2, type: 'textbox' },
    ]);
    const first = el.querySelector('[data-child="1"]');
    key(handles(el)[0]!, 'ArrowDown');
    await el.updateComplete;
    expect(el.querySelector('[data-child="1"]')).toBe(first);
  });
});
