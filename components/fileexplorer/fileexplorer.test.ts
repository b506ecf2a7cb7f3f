import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import type { GrTriggerEvent } from '../../src/base/trigger-event.js';
import type { GrFileexplorer } from './fileexplorer.js';

/** A small server tree: docs/{a.txt, deep/{b.txt}}, img/, readme.md. */
const TREE: Record<string, { name: string; type: 'file' | 'folder'; valid?: boolean }[]> = {
  '[]': [
    { name: 'docs', type: 'folder', valid: false },
    { name: 'img', type: 'folder', valid: false },
    { name: 'readme.md', type: 'file', valid: true },
  ],
  '["docs"]': [
    { name: 'deep', type: 'folder', valid: false },
    { name: 'a.txt', type: 'file', valid: true },
  ],
  '["docs","deep"]': [{ name: 'b.txt', type: 'file', valid: true }],
  '["img"]': [],
};

function server() {
  const ls = vi.fn(async (_id: number, fn: string, path: unknown) => {
    if (fn !== 'ls') throw new Error('unknown function');
    await new Promise((r) => setTimeout(r, 5));
    return TREE[JSON.stringify(path)] ?? [];
  });
  return { ls, services: testServices({ callServerFunction: ls }) };
}

async function mount(props: Record<string, unknown>) {
  const { ls, services } = server();
  const mounted = await mountBlock<GrFileexplorer>('fileexplorer', { label: 'Files', services, ...props });
  await vi.waitFor(() => expect(mounted.el.querySelector('[role=tree]')).not.toBeNull());
  const seen: { trigger: string; data: unknown }[] = [];
  for (const t of ['input', 'change', 'select'])
    mounted.root.addEventListener(`gr-${t}`, (e) =>
      seen.push({ trigger: t, data: (e as GrTriggerEvent).data }),
    );
  const item = (name: string) =>
    mounted.el.querySelector<HTMLElement>(`[role=treeitem][aria-label="${name}"]`)!;
  return { ...mounted, ls, seen, item };
}

runBlockContract('fileexplorer', [['readme.md']]);

describe('<gr-fileexplorer>', () => {
  afterEach(() => document.body.replaceChildren());

  it('lists the root through the server’s ls; folders open on demand (each folder listed once)', async () => {
    const { el, ls, item } = await mount({ interactive: true });
    expect(ls.mock.calls.map((c) => c[2])).toEqual([[]]);
    expect(
      [...el.querySelectorAll('[role=tree] > [role=treeitem]')].map((i) => i.getAttribute('aria-label')),
    ).toEqual(['docs', 'img', 'readme.md']);
    expect(item('docs').getAttribute('aria-expanded')).toBe('false');
    (item('docs').querySelector('.toggle') as HTMLElement).click();
    await vi.waitFor(() => expect(item('a.txt')).not.toBeNull());
    expect(item('docs').getAttribute('aria-expanded')).toBe('true');
    (item('docs').querySelector('.toggle') as HTMLElement).click();
    (item('docs').querySelector('.toggle') as HTMLElement).click();
    await el.updateComplete;
    expect(ls.mock.calls.map((c) => c[2])).toEqual([[], ['docs']]);
  });

  it('keyboard: arrows move, Right/Left open and close, Space checks, Home/End', async () => {
    const { el, seen, item } = await mount({ interactive: true });
    await el.updateComplete;
    item('docs').focus();
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(item('deep')).not.toBeNull());
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    expect((el.getRootNode() as ShadowRoot).activeElement).toBe(item('a.txt'));
    await userEvent.keyboard(' ');
    await vi.waitFor(() => expect(el.value).toEqual([['docs', 'a.txt']]));
    expect(item('a.txt').getAttribute('aria-checked')).toBe('true');
    await userEvent.keyboard('{ArrowLeft}');
    expect((el.getRootNode() as ShadowRoot).activeElement).toBe(item('docs'));
    await userEvent.keyboard('{End}');
    expect((el.getRootNode() as ShadowRoot).activeElement).toBe(item('readme.md'));
    await userEvent.keyboard('{Home}');
    expect((el.getRootNode() as ShadowRoot).activeElement).toBe(item('docs'));
    expect(seen.map((s) => s.trigger)).toEqual(['input', 'change']);
    expect(
      [...el.querySelectorAll<HTMLElement>('[role=treeitem]')].filter((i) => i.tabIndex === 0).length,
    ).toBe(1);
  });

  it('checking a folder checks every file inside it, sub-folders included; unchecking clears them', async () => {
    const { el, seen, item } = await mount({ interactive: true });
    (item('docs').querySelector('input') as HTMLInputElement).click();
    await vi.waitFor(() =>
      expect(el.value).toEqual([
        ['docs', 'deep', 'b.txt'],
        ['docs', 'a.txt'],
      ]),
    );
    await el.updateComplete;
    expect(item('deep').getAttribute('aria-checked')).toBe('true');
    (item('b.txt').querySelector('input') as HTMLInputElement).click();
    await vi.waitFor(() => expect(el.value).toEqual([['docs', 'a.txt']]));
    await el.updateComplete;
    expect(item('docs').getAttribute('aria-checked')).toBe('false');
    expect(seen.filter((s) => s.trigger === 'change').length).toBe(2);
  });

  it('file_count single: one file at a time, folders not checkable', async () => {
    const { el, item } = await mount({ interactive: true, fileCount: 'single' });
    expect(item('docs').querySelector('input')).toBeNull();
    (item('readme.md').querySelector('input') as HTMLInputElement).click();
    await vi.waitFor(() => expect(el.value).toEqual([['readme.md']]));
  });

  it('select reports {index, value, selected} with the indices by level', async () => {
    const { el, seen, item } = await mount({
      interactive: false,
      selectable: true,
      value: [['docs', 'a.txt']],
    });
    await vi.waitFor(() => expect(item('a.txt')).not.toBeNull());
    expect(item('a.txt').getAttribute('aria-selected')).toBe('true');
    (item('a.txt').querySelector('.row') as HTMLElement).click();
    item('readme.md').focus();
    await userEvent.keyboard('{Enter}');
    expect(seen).toEqual([
      { trigger: 'select', data: { index: [0, 1], value: 'docs/a.txt', selected: true } },
      { trigger: 'select', data: { index: [2], value: 'readme.md', selected: true } },
    ]);
    expect(el.querySelector('input[type=checkbox]')).toBeNull();
  });

  it('example form: the paths', async () => {
    const { renderExample } = await import('./example.js');
    const { render } = await import('lit');
    const div = document.createElement('div');
    render(renderExample([['a', 'b.txt'], ['c.md']], {}, { layout: 'table', fileUrl: () => null }), div);
    expect([...div.querySelectorAll('li')].map((l) => l.textContent)).toEqual(['./a/b.txt', './c.md']);
  });

  it('a failed listing says so with a retry; a bad value shows a message', async () => {
    const services = testServices({ callServerFunction: () => Promise.reject(new Error('boom')) });
    const { el } = await mountBlock<GrFileexplorer>('fileexplorer', { label: 'Files', services });
    await vi.waitFor(() =>
      expect(el.querySelector('[role=alert]')!.textContent).toContain('could not be listed: boom'),
    );
    expect(el.querySelector('.retry')).not.toBeNull();
    el.value = 'x' as never;
    await el.updateComplete;
    expect(el.querySelector('[role=alert]')!.textContent).toContain('not a list of paths');
  });
});
