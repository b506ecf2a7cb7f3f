import { afterEach, describe, expect, it, vi } from 'vitest';
import { html } from 'lit';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import type { GrTriggerEvent } from '../../src/base/trigger-event.js';
import type { GrDataset } from './dataset.js';
import { visiblePages, GAP } from './internal/pages.js';

runBlockContract('dataset', 1);

const textbox = { name: 'textbox', class_id: 'x' };

function table(props: Record<string, unknown> = {}) {
  return mountBlock<GrDataset>('dataset', {
    label: 'Examples',
    components: [textbox, textbox],
    componentProps: [{}, {}],
    headers: ['First', 'Second'],
    samples: [
      ['a0', 'b0'],
      ['a1', 'b1'],
      ['a2', 'b2'],
    ],
    ...props,
  });
}

/** Waits for the example forms to load and the element to draw them. */
async function settle(el: GrDataset): Promise<void> {
  await vi.waitFor(() => expect(el.querySelector('.gr-textbox-example, .sample-label')).not.toBeNull());
  await el.updateComplete;
}

function record(root: ShadowRoot): { trigger: string; data: unknown; value: unknown }[] {
  const events: { trigger: string; data: unknown; value: unknown }[] = [];
  for (const name of ['gr-click', 'gr-select']) {
    root.addEventListener(name, (e) => {
      const event = e as GrTriggerEvent;
      events.push({ trigger: event.trigger, data: event.data, value: (event.target as GrDataset).value });
    });
  }
  return events;
}

describe('<gr-dataset>', () => {
  afterEach(() => document.body.replaceChildren());

  it('draws a table with the headers and each sample in its column’s example form', async () => {
    const { el } = await table();
    await settle(el);
    const headers = [...el.querySelectorAll('th')].map((th) => th.textContent?.trim());
    expect(headers).toEqual(['First', 'Second']);
    const rows = [...el.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['a0', 'b0'],
      ['a1', 'b1'],
      ['a2', 'b2'],
    ]);
    expect(el.querySelectorAll('td .gr-textbox-example')).toHaveLength(6);
  });

  it('clicking a row sets value to its index and fires click, then select with {index, value}', async () => {
    const { el, root } = await table();
    const events = record(root);
    el.querySelectorAll<HTMLElement>('tbody tr')[1]!.click();
    expect(events).toEqual([
      { trigger: 'click', data: null, value: 1 },
      { trigger: 'select', data: { index: 1, value: ['a1', 'b1'] }, value: 1 },
    ]);
  });

  it('rows are reachable with Tab and picked with Enter or Space; arrows move between rows', async () => {
    const { el, root } = await table();
    const events = record(root);
    const rows = el.querySelectorAll<HTMLElement>('tbody tr');
    expect(rows[0]!.tabIndex).toBe(0);
    rows[0]!.focus();
    rows[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect((el.getRootNode() as ShadowRoot).activeElement).toBe(rows[1]);
    rows[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    rows[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(events.filter((e) => e.trigger === 'click').map((e) => e.value)).toEqual([1, 2]);
  });

  it('paginates: page buttons show the page, and indices count from the first sample', async () => {
    const samples = Array.from({ length: 7 }, (_, i) => [`a${i}`, `b${i}`]);
    const { el, root } = await table({ samples, samplesPerPage: 3 });
    const events = record(root);
    const cells = () =>
      [...el.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent?.trim());
    expect(cells()).toEqual(['a0', 'a1', 'a2']);
    const pages = [...el.querySelectorAll<HTMLButtonElement>('.paginate button')];
    expect(pages.map((b) => b.textContent?.trim())).toEqual(['1', '2', '3']);
    expect(pages[0]!.getAttribute('aria-current')).toBe('page');
    pages[2]!.click();
    await el.updateComplete;
    expect(cells()).toEqual(['a6']);
    el.querySelector<HTMLElement>('tbody tr')!.click();
    expect(events[0]!.value).toBe(6);
    expect(events[1]!.data).toEqual({ index: 6, value: ['a6', 'b6'] });
  });

  it('new samples start again on the first page', async () => {
    const samples = Array.from({ length: 7 }, (_, i) => [`a${i}`, `b${i}`]);
    const { el } = await table({ samples, samplesPerPage: 3 });
    el.querySelectorAll<HTMLButtonElement>('.paginate button')[1]!.click();
    await el.updateComplete;
    el.samples = samples.map(([a, b]) => [`new ${a}`, b]);
    await el.updateComplete;
    expect(el.querySelector('tbody td')!.textContent?.trim()).toBe('new a0');
  });

  it('one column draws a gallery of buttons; example_labels replace the values', async () => {
    const { el, root } = await mountBlock<GrDataset>('dataset', {
      components: [textbox],
      componentProps: [{}],
      headers: ['Input'],
      samples: [['cat'], ['dog'], [null]],
    });
    await settle(el);
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('.gallery button')];
    // A sample with no value for the column is left out, as in Gradio.
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['cat', 'dog']);
    const events = record(root);
    buttons[1]!.click();
    expect(events[1]!.data).toEqual({ index: 1, value: ['dog'] });
    el.sampleLabels = ['Cat label', 'Dog label', 'None label'];
    await el.updateComplete;
    expect([...el.querySelectorAll('.gallery button')].map((b) => b.textContent?.trim())).toEqual([
      'Cat label',
      'Dog label',
      'None label',
    ]);
  });

  it('layout="table" draws a table even for one column', async () => {
    const { el } = await mountBlock<GrDataset>('dataset', {
      components: [textbox],
      headers: ['Input'],
      samples: [['cat']],
      layout: 'table',
    });
    expect(el.querySelector('table')).not.toBeNull();
    expect(el.querySelector('.gallery')).toBeNull();
  });

  it('a type without an example form shows its value as plain text', async () => {
    const { el } = await mountBlock<GrDataset>('dataset', {
      components: ['nosuchtype', { name: 'nosuchtype2' }],
      headers: ['A', 'B'],
      samples: [[{ a: 1 }, 'x'.repeat(70)]],
    });
    const cells = [...el.querySelectorAll('td')].map((td) => td.textContent?.trim());
    expect(cells).toEqual(['{"a":1}', `${'x'.repeat(60)}...`]);
  });

  it('uses the form the services give, with the column’s props and the layout', async () => {
    const renderer = vi.fn(
      (value: unknown, props: Readonly<Record<string, unknown>>, ctx: { layout: string }) =>
        html`<b class="custom">${String(value)}|${String(props.unit)}|${ctx.layout}</b>`,
    );
    const { el } = await mountBlock<GrDataset>('dataset', {
      services: testServices({ loadExampleRenderer: () => Promise.resolve(renderer) }),
      components: [{ name: 'number' }, { name: 'number' }],
      componentProps: [{ unit: 'kg' }, { unit: 'm' }],
      samples: [[1, 2]],
    });
    await vi.waitFor(() => expect(el.querySelectorAll('.custom')).toHaveLength(2));
    expect([...el.querySelectorAll('.custom')].map((b) => b.textContent)).toEqual([
      '1|kg|table',
      '2|m|table',
    ]);
  });

  it('shows the label with its icon, "Examples" when it has none, nothing with show_label off', async () => {
    const { el } = await table({ label: null });
    expect(el.querySelector('.dataset-label')!.textContent?.trim()).toBe('Examples');
    el.showLabel = false;
    await el.updateComplete;
    expect(el.querySelector('.dataset-label')).toBeNull();
    expect(el.querySelector('table')!.getAttribute('aria-label')).toBe('Examples');
  });

  it('samples of the wrong shape show a message, not an exception', async () => {
    const { el } = await table({ samples: 'not rows' });
    expect(el.querySelector('.value-error')!.textContent).toContain('not a list of rows');
  });

  it('the page list keeps the first, current and last pages with their neighbours', () => {
    expect(visiblePages(0, 3)).toEqual([0, 1, 2]);
    expect(visiblePages(0, 20)).toEqual([0, 1, 2, GAP, 17, 18, 19]);
    expect(visiblePages(10, 20)).toEqual([0, 1, 2, GAP, 8, 9, 10, 11, 12, GAP, 17, 18, 19]);
    expect(visiblePages(5, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
