import { afterEach, describe, expect, it, vi } from 'vitest';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrMarkdown } from './markdown.js';
import { renderExample } from './example.js';
import { html, render } from 'lit';
import { markdownSettled } from '../common/markdown/markdown.js';

/** Sets props as the renderer would (camelCase properties). */
const applyProps = (el: GrMarkdown, props: Record<string, unknown>): void => {
  for (const [key, value] of Object.entries(props)) {
    (el as unknown as Record<string, unknown>)[key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] =
      value;
  }
};

runBlockContract('markdown', '# Hello', { labelled: false });

describe('<gr-markdown>', () => {
  afterEach(() => document.body.replaceChildren());

  it('renders GitHub-flavoured Markdown and re-renders when the value changes', async () => {
    const { el } = await mountBlock<GrMarkdown>('markdown', {
      value: '# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    });
    expect(el.querySelector('.md.prose h1')?.textContent).toBe('Title');
    expect(el.querySelectorAll('td')).toHaveLength(2);
    el.value = '**two**';
    await el.updateComplete;
    expect(el.querySelector('strong')?.textContent).toBe('two');
  });

  it("typesets $$…$$ by default (Gradio's default delimiters) and the app's own delimiters", async () => {
    const { el } = await mountBlock<GrMarkdown>('markdown', { value: 'A $$x^2$$ and $y$' });
    expect([...el.querySelectorAll('annotation')].map((a) => a.textContent)).toEqual(['x^2']);
    expect(el.textContent).toContain('$y$');
    applyProps(el, {
      latex_delimiters: [
        { left: '$$', right: '$$', display: true },
        { left: '$', right: '$', display: false },
      ],
    });
    await el.updateComplete;
    expect([...el.querySelectorAll('annotation')].map((a) => a.textContent)).toEqual(['x^2', 'y']);
    applyProps(el, { latex_delimiters: [] });
    await el.updateComplete;
    expect(el.querySelector('.katex')).toBeNull();
  });

  it('sanitizes HTML by default, and not when the app turned that off', async () => {
    const value = '<img src=x onerror="globalThis.__xss=1"><b>bold</b>';
    const { el } = await mountBlock<GrMarkdown>('markdown', { value });
    expect(el.querySelector('img')?.getAttribute('onerror')).toBeNull();
    expect(el.querySelector('b')?.textContent).toBe('bold');
    const unsafe = await mountBlock<GrMarkdown>('markdown', {
      value: '<span data-x="1" onclick="x()">s</span>',
      sanitizeHtml: false,
    });
    expect(unsafe.el.querySelector('span[data-x]')?.getAttribute('onclick')).toBe('x()');
  });

  it('copy button: copies the source and reports copy with {value}', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const { el, root } = await mountBlock<GrMarkdown>('markdown', { value: '# Source *text*' });
    expect(el.querySelector('.icon-buttons')).toBeNull();
    applyProps(el, { buttons: ['copy'] });
    await el.updateComplete;
    const onCopy = vi.fn();
    root.addEventListener('gr-copy', onCopy);
    el.querySelector<HTMLButtonElement>('.icon-buttons button[aria-label="Copy"]')!.click();
    await vi.waitFor(() => expect(onCopy).toHaveBeenCalledTimes(1));
    expect(writeText).toHaveBeenCalledWith('# Source *text*');
    expect((onCopy.mock.calls[0]![0] as { data: unknown }).data).toEqual({ value: '# Source *text*' });
    writeText.mockRestore();
  });

  it('5.x show_copy_button shows the same button', async () => {
    const { el } = await mountBlock<GrMarkdown>('markdown', { value: 'x' });
    applyProps(el, { show_copy_button: true });
    await el.updateComplete;
    expect(el.querySelector('.icon-buttons button')).not.toBeNull();
  });

  it('header links, rtl, padding, container and heights', async () => {
    const { el } = await mountBlock<GrMarkdown>('markdown', { value: '## Part one\n\ntext' });
    expect(el.querySelector('h2')?.id).toBe('');
    applyProps(el, { header_links: true, rtl: true, padding: true, container: true, max_height: 40 });
    await el.updateComplete;
    expect(el.querySelector('h2')?.id).toBe('h-part-one');
    const box = el.querySelector<HTMLElement>('.block')!;
    expect(box.dir).toBe('rtl');
    expect(box.classList.contains('no-container')).toBe(false);
    expect(getComputedStyle(box).paddingTop).not.toBe('0px');
    expect(box.style.maxHeight).toBe('40px');
    expect(getComputedStyle(box).overflowY).toBe('auto');
    applyProps(el, { height: '3em' });
    await el.updateComplete;
    expect(box.style.height).toBe('3em');
  });

  it('fades its text while an update is on its way, unless progress is hidden', async () => {
    const status = {
      stage: 'pending',
      mode: 'full',
      position: null,
      size: null,
      eta: null,
      startedAt: performance.now(),
      progress: null,
      message: null,
    } as const;
    const { el } = await mountBlock<GrMarkdown>('markdown', { value: 'x', loadingStatus: status });
    expect(el.querySelector('.block')!.classList.contains('dimmed')).toBe(true);
    el.loadingStatus = { ...status, mode: 'hidden' };
    await el.updateComplete;
    expect(el.querySelector('.block')!.classList.contains('dimmed')).toBe(false);
  });

  it('shows a message in the block for a value that is not text', async () => {
    const { el } = await mountBlock<GrMarkdown>('markdown', { value: { not: 'text' } });
    expect(el.querySelector('.value-error')?.textContent).toContain('not text');
  });

  it("example form: the sample rendered with the block's options, cut at 60 characters", async () => {
    const { root } = await mountBlock<GrMarkdown>('markdown', { value: '' });
    const cell = document.createElement('div');
    root.append(cell);
    const long = `**Bold** $$x^2$$ ${'word '.repeat(20)}`;
    render(
      html`${renderExample(long, { sanitize_html: true }, { layout: 'table', fileUrl: () => null })}`,
      cell,
    );
    const md = cell.querySelector<HTMLElement>('.md')!;
    await markdownSettled(md);
    expect(md.querySelector('strong')?.textContent).toBe('Bold');
    expect(md.querySelector('annotation')?.textContent).toBe('x^2');
    expect(md.textContent?.trim().endsWith('...')).toBe(true);
  });
});
